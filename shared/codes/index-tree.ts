import type { CompiledIndex } from './model.ts';
import { readPack, writePack } from './pack-file.ts';
import { sortedIndexOf } from './sorted.ts';

/**
 * The Alphabetic Index tree as the coding engine walks it: terms with parent links, their
 * nonessential modifiers, and (term, code) references. Two forms: over the parsed JSON index
 * (tests, search), and over a binary copy `codes build` ships (index-tree.bin) whose strings are
 * decoded one term at a time, so a cold start reads a note's few hundred paths instead of
 * parsing ~140k terms first.
 */
export interface IndexTree {
  readonly nodes: number;
  readonly refs: number;
  title(id: number): string;
  parent(id: number): number;
  /** The term's own nonessential modifiers, '' when none. */
  nemod(id: number): string;
  refNode(r: number): number;
  /** The code as the index writes it (dotted, maybe ending in "-"). */
  refCode(r: number): string;
}

export function treeOfCompiled(ix: CompiledIndex): IndexTree {
  return {
    nodes: ix.titles.length,
    refs: ix.refs.length >> 1,
    title: (id) => ix.titles[id]!,
    parent: (id) => ix.parents[id]!,
    nemod: (id) => ix.nemods[id] ?? '',
    refNode: (r) => ix.refs[2 * r] as number,
    refCode: (r) => ix.refs[2 * r + 1] as string,
  };
}

const FORMAT = 2;

export function packIndexTree(ix: CompiledIndex): Uint8Array {
  const nemodIds = Object.keys(ix.nemods)
    .map(Number)
    .sort((a, b) => a - b);
  const refNodes = new Int32Array(ix.refs.length >> 1);
  for (let r = 0; r < refNodes.length; r++) refNodes[r] = ix.refs[2 * r] as number;
  const titles = strings(ix.titles);
  const codes = strings(Array.from(refNodes, (_, r) => ix.refs[2 * r + 1] as string));
  const nemods = strings(nemodIds.map((id) => ix.nemods[id]!));
  // A subterm sits just after its parent: distances (0 for a main term) compress to a fraction of the ids.
  const up = Int32Array.from(ix.parents, (p, id) => (p < 0 ? 0 : id - p));
  const refSteps = Int32Array.from(refNodes, (n, r) => n - (r ? refNodes[r - 1]! : 0));
  return writePack(
    { format: FORMAT, version: ix.version },
    {
      up,
      refSteps,
      nemodIds: Int32Array.from(nemodIds),
      titleAt: titles.at,
      titleBytes: titles.bytes,
      codeAt: codes.at,
      codeBytes: codes.bytes,
      nemodAt: nemods.at,
      nemodBytes: nemods.bytes,
    },
  );
}

/** The tree over a shipped binary copy, or null when the bytes are not one (the JSON index is used instead). */
export function readIndexTree(input: Uint8Array): IndexTree | null {
  const pack = readPack(input);
  if ((pack?.meta as { format?: number } | undefined)?.format !== FORMAT) return null;
  const i = (k: string) => pack!.ints.get(k);
  const b = (k: string) => pack!.bytes.get(k);
  const up = i('up'),
    refSteps = i('refSteps'),
    nemodIds = i('nemodIds');
  const titleAt = i('titleAt'),
    codeAt = i('codeAt'),
    nemodAt = i('nemodAt');
  const titleBytes = b('titleBytes'),
    codeBytes = b('codeBytes'),
    nemodBytes = b('nemodBytes');
  if (!up || !refSteps || !nemodIds || !titleAt || !codeAt || !nemodAt || !titleBytes || !codeBytes || !nemodBytes) return null;
  const refNodes = new Int32Array(refSteps.length);
  for (let r = 0; r < refSteps.length; r++) refNodes[r] = refSteps[r]! + (r ? refNodes[r - 1]! : 0);
  const title = lazyStrings(titleAt, titleBytes);
  const code = lazyStrings(codeAt, codeBytes);
  const nemod = lazyStrings(nemodAt, nemodBytes);
  return {
    nodes: up.length,
    refs: refNodes.length,
    title,
    parent: (id) => (up[id] ? id - up[id]! : -1),
    nemod: (id) => {
      const k = sortedIndexOf(nemodIds, id);
      return k < 0 ? '' : nemod(k);
    },
    refNode: (r) => refNodes[r]!,
    refCode: code,
  };
}

/** Strings as UTF-8 bytes with start offsets (at[i] .. at[i+1]). */
function strings(list: string[]): { at: Int32Array; bytes: Uint8Array } {
  const enc = new TextEncoder();
  const parts = list.map((s) => enc.encode(s));
  const at = new Int32Array(parts.length + 1);
  parts.forEach((p, k) => {
    at[k + 1] = at[k]! + p.length;
  });
  const bytes = new Uint8Array(at[parts.length]!);
  parts.forEach((p, k) => bytes.set(p, at[k]!));
  return { at, bytes };
}

/** String k decoded on first read and kept. */
function lazyStrings(at: Int32Array, bytes: Uint8Array): (k: number) => string {
  const dec = new TextDecoder();
  const cache = new Array<string | undefined>(at.length - 1);
  return (k) => (cache[k] ??= dec.decode(bytes.subarray(at[k]!, at[k + 1]!)));
}
