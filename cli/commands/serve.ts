import { workerConfig } from '../../worker/env.ts';
import { startNodeWorker } from '../../worker/node-server.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { InputError } from '../input-error.ts';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['port', 'db'], []);
  const portText = stringFlag(args, 'port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new InputError(`--port must be a port number 0-65535, got "${portText}"`);
  }
  const worker = await startNodeWorker(workerConfig({ port, db: stringFlag(args, 'db') }));
  console.log(`listening on ${worker.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => void worker.close().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}
