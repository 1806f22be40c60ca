/**
 * A small binary container for build-time artifacts the engine restores on a cold start:
 * [u32 magic][u32 header length][header JSON][zero padding to 4][Int32/Float32/Uint16/Uint8 sections].
 * Sections are read as views over the file's bytes, so restoring costs no copy and no parse.
 * Typed arrays use the platform's byte order; the magic number is read in it too, so a file
 * written on a machine of the other order is refused (and the caller builds instead).
 */
const MAGIC = 0x43535031; // "CSP1"

type Section = Int32Array | Float32Array | Uint16Array | Uint8Array;
type Kind = 'i32' | 'f32' | 'u16' | 'u8';
interface Header {
  meta: unknown;
  sections: [name: string, kind: Kind, offset: number, length: number][];
}

export interface Pack {
  meta: unknown;
  ints: Map<string, Int32Array>;
  floats: Map<string, Float32Array>;
  shorts: Map<string, Uint16Array>;
  bytes: Map<string, Uint8Array>;
}

const width: Record<Kind, number> = { i32: 4, f32: 4, u16: 2, u8: 1 };
const kindOf = (s: Section): Kind => (s instanceof Float32Array ? 'f32' : s instanceof Uint16Array ? 'u16' : s instanceof Uint8Array ? 'u8' : 'i32');

export function writePack(meta: unknown, sections: Record<string, Section>): Uint8Array {
  const names = Object.keys(sections);
  // Offsets depend on the header's own length: lay out with placeholders, then fix the length.
  let headerBytes = new TextEncoder().encode(JSON.stringify(layout(meta, sections, names, 0)));
  let start = align(8 + headerBytes.length);
  for (;;) {
    headerBytes = new TextEncoder().encode(JSON.stringify(layout(meta, sections, names, start)));
    const next = align(8 + headerBytes.length);
    if (next <= start) break;
    start = next;
  }
  const total = names.reduce((n, k) => align(n + sections[k]!.byteLength), start);
  const out = new Uint8Array(total);
  const head = new Uint32Array(out.buffer, 0, 2);
  head[0] = MAGIC;
  head[1] = headerBytes.length;
  out.set(headerBytes, 8);
  let at = start;
  for (const k of names) {
    const s = sections[k]!;
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), at);
    at = align(at + s.byteLength);
  }
  return out;
}

/** The header's meta and its sections, or null when the bytes are not a pack of this byte order. */
export function readPack(input: Uint8Array): Pack | null {
  // Views need 4-byte alignment; a pooled Node buffer may not have it.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.byteLength < 8) return null;
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, 2);
  if (head[0] !== MAGIC || 8 + head[1]! > bytes.byteLength) return null;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + head[1]!))) as Header;
  } catch {
    return null;
  }
  const ints = new Map<string, Int32Array>();
  const floats = new Map<string, Float32Array>();
  const shorts = new Map<string, Uint16Array>();
  const u8 = new Map<string, Uint8Array>();
  for (const [name, kind, offset, length] of header.sections) {
    if (!(kind in width) || offset + length * width[kind] > bytes.byteLength) return null;
    const at = bytes.byteOffset + offset;
    if (kind === 'i32') ints.set(name, new Int32Array(bytes.buffer, at, length));
    else if (kind === 'f32') floats.set(name, new Float32Array(bytes.buffer, at, length));
    else if (kind === 'u16') shorts.set(name, new Uint16Array(bytes.buffer, at, length));
    else u8.set(name, new Uint8Array(bytes.buffer, at, length));
  }
  return { meta: header.meta, ints, floats, shorts, bytes: u8 };
}

function layout(meta: unknown, sections: Record<string, Section>, names: string[], start: number): Header {
  let at = start;
  return {
    meta,
    sections: names.map((k) => {
      const s = sections[k]!;
      const entry: Header['sections'][number] = [k, kindOf(s), at, s.length];
      at = align(at + s.byteLength);
      return entry;
    }),
  };
}

const align = (n: number) => (n + 3) & ~3;
