import { InputError } from './input-error.ts';

/**
 * CONTRACTS §1.2 batch form: one JSON object per line in input order, each with its `file`;
 * a bad file gets `{file, error}` and the rest still run; exit status 2 if any file was bad.
 */
export async function runBatch(files: string[], one: (file: string) => Promise<object> | object): Promise<number> {
  if (files.length === 0) throw new InputError('--jsonl needs at least one file');
  let status = 0;
  for (const file of files) {
    try {
      process.stdout.write(`${JSON.stringify({ file, ...(await one(file)) })}\n`);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      status = 2;
      process.stdout.write(`${JSON.stringify({ file, error: err.message })}\n`);
    }
  }
  return status;
}
