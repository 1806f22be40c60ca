/** A code-set file that cannot be read; the message names the file and the place in it. */
export class CodeSetFileError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    problem: string,
  ) {
    super(`${file}: ${where}: ${problem}`);
    this.name = 'CodeSetFileError';
  }
}
