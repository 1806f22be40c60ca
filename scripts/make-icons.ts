// Draws the toolbar and store icons (16, 32, 48, 128 px) into public/icon/ without an
// image library: shapes are signed-distance functions sampled 4x4 per pixel (anti-aliased) and
// written as RGBA PNGs with node:zlib. Run `npx tsx scripts/make-icons.ts` after changing a shape;
// the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
const teal: Rgb = [11, 110, 117];
const white: Rgb = [255, 255, 255];
const amber: Rgb = [240, 180, 41];

/** Coverage of each layer at a point in the unit square (0..1 each way), painted in order. */
function layers(x: number, y: number): [Rgb, boolean][] {
  const r = 0.2; // corner radius of the tile
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  const tile = Math.hypot(qx, qy) <= r;
  // A "C": a ring open on the right (the chart), and an amber tick where it opens (the check).
  const d = Math.hypot(x - 0.46, y - 0.5);
  const angle = Math.atan2(y - 0.5, x - 0.46);
  const ring = d >= 0.19 && d <= 0.31 && Math.abs(angle) > 0.75;
  const tick = distToSegment(x, y, 0.6, 0.52, 0.69, 0.62) < 0.055 || distToSegment(x, y, 0.69, 0.62, 0.86, 0.36) < 0.055;
  return [
    [teal, tile],
    [white, tile && ring],
    [amber, tile && tick],
  ];
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function draw(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          let color: Rgb | null = null;
          for (const [c, on] of layers((i + (si + 0.5) / n) / size, (j + (sj + 0.5) / n) / size)) if (on) color = c;
          if (color) [r, g, b, a] = [r + color[0], g + color[1], b + color[2], a + 1];
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) [px[o], px[o + 1], px[o + 2]] = [r / a, g / a, b / a];
      px[o + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return px;
}

function png(size: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) Buffer.from(rgba.subarray(j * size * 4, (j + 1) * size * 4)).copy(raw, j * (size * 4 + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const dir = join(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `${size}.png`), png(size, draw(size)));
console.log(`icons written to ${dir}`);
