import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './input-error.ts';

const chunkBytes = 1 << 20;

/**
 * Reads a file (or standard input for "-") a megabyte at a time and hands each piece on as text,
 * so a file of any size is read in bounded memory. UTF-8 characters split between chunks are
 * joined by the streaming decoder. `progress` hears bytes read so far and the file size (0 when
 * unknown, as for a pipe).
 */
export function readChunks(path: string, onText: (text: string) => void, progress?: (read: number, size: number) => void): void {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory`);
    const size = stat.isFile() ? stat.size : 0;
    const buf = Buffer.allocUnsafe(chunkBytes);
    const decoder = new TextDecoder('utf-8');
    let read = 0;
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, chunkBytes, null);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((err as NodeJS.ErrnoException).code === 'EOF') break;
        throw new InputError(`${path}: ${(err as Error).message}`);
      }
      if (n === 0) break;
      read += n;
      onText(decoder.decode(buf.subarray(0, n), { stream: true }));
      progress?.(read, size);
    }
    const rest = decoder.decode();
    if (rest) onText(rest);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
