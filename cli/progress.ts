/**
 * A one-line progress bar on standard error, drawn only when it is a terminal (so pipes, files
 * and CI logs stay clean) and the caller wants it (not while a listing scrolls on the same
 * terminal). Redrawn at most ten times a second; `done()` clears the line.
 */
export function progressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  wanted = true,
): { update(read: number, size: number): void; done(): void } {
  if (!stream.isTTY || !wanted) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  const mb = (n: number) => (n / 2 ** 20).toFixed(1);
  return {
    update(read, size) {
      const now = Date.now();
      if (now - last < 100 && read < size) return;
      last = now;
      drawn = true;
      const width = 30;
      const part = size > 0 ? Math.min(1, read / size) : 0;
      const bar = size > 0 ? `[${'#'.repeat(Math.round(part * width)).padEnd(width, '.')}] ${String(Math.floor(part * 100)).padStart(3)}% ` : '';
      stream.write(`\r${label} ${bar}${mb(read)}${size > 0 ? `/${mb(size)}` : ''} MB`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
