/** Bad input: main() prints the one-line message on stderr and exits 2, never a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}
