import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.ts';
import { readChunks } from './read-chunks.ts';

const sink = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
};

describe('progress bar and chunked reading', () => {
  it('draws on a terminal only, and clears its line when done', () => {
    const tty = sink(true);
    const bar = progressBar('reading f', tty.stream);
    bar.update(50 * 2 ** 20, 100 * 2 ** 20);
    bar.update(100 * 2 ** 20, 100 * 2 ** 20);
    bar.done();
    expect(tty.written[0]).toBe(`\rreading f [${'#'.repeat(15)}${'.'.repeat(15)}]  50% 50.0/100.0 MB`);
    expect(tty.written[1]).toContain('100% 100.0/100.0 MB');
    expect(tty.written.at(-1)).toBe('\r\x1b[K');
    const pipe = sink(false);
    const quiet = progressBar('reading f', pipe.stream);
    quiet.update(1, 2);
    quiet.done();
    expect(pipe.written).toEqual([]);
    const unwanted = sink(true);
    progressBar('reading f', unwanted.stream, false).update(1, 2);
    expect(unwanted.written).toEqual([]);
  });
  it('reads a file in megabyte chunks, a character split between chunks intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chartside-chunks-'));
    // "é" is two bytes in UTF-8: put its first byte at the end of the first 1 MiB chunk.
    const text = `${'a'.repeat(2 ** 20 - 1)}é${'b'.repeat(10)}`;
    writeFileSync(join(dir, 'f.txt'), text);
    const parts: string[] = [];
    const seen: number[] = [];
    readChunks(
      join(dir, 'f.txt'),
      (t) => parts.push(t),
      (read) => seen.push(read),
    );
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(text);
    expect(seen.at(-1)).toBe(Buffer.byteLength(text));
    expect(() => readChunks(join(dir, 'nope'), () => {})).toThrow(/nope: no such file/);
  });
});
