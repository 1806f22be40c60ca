import { workerConfig } from '../../worker/env.ts';
import { type RunningWorker, startNodeWorker } from '../../worker/node-server.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { InputError } from '../input-error.ts';

/** A database URL as safe to print: the password never reaches a terminal or a log. */
const redact = (db: string) => db.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['port', 'db'], []);
  const portText = stringFlag(args, 'port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new InputError(`--port must be a port number 0-65535, got "${portText}"`);
  }
  let config;
  try {
    config = workerConfig({ port, db: stringFlag(args, 'db') });
  } catch (err) {
    throw new InputError((err as Error).message);
  }
  let worker: RunningWorker;
  try {
    worker = await startNodeWorker(config);
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e.code === 'EADDRINUSE') throw new InputError(`--port: ${config.port} is already in use`);
    throw new InputError(`--db: cannot open ${redact(config.db)}: ${e.message.split('\n')[0]}`);
  }
  console.log(`listening on ${worker.url}`);
  await new Promise<void>((resolve) => {
    // Stop accepting, finish in-flight writes (each acknowledged only once durable), close the store.
    const stop = () => void worker.close().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}
