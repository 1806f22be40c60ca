import { InputError } from './input-error.ts';

// Each command lives in its own file and is imported only when used, so `chartside serve`
// does not load the coding engine and `suggest` does not load the database driver.
const commands: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  suggest: () => import('./commands/suggest.ts'),
  check: () => import('./commands/check.ts'),
  codes: () => import('./commands/codes.ts'),
  serve: () => import('./commands/serve.ts'),
  remit: () => import('./commands/remit.ts'),
  team: () => import('./commands/team.ts'),
};

const usage = `usage: chartside <command> [options]
  suggest <note.txt|-> [--setting S] [--age N] [--sex F|M|U] [--dos YYYY-MM-DD] --json
  suggest --jsonl F1 F2 ...
  check <claim.json | batch.837> [--eligibility E.json] [--payers P.json] [--edits DIR] --json
  check --jsonl C1 C2 ...
  codes lookup <code...> [--dos YYYY-MM-DD] [--system ICD-10-CM|HCPCS] --json
  codes search "<words>" [--dos YYYY-MM-DD] [--limit N] [--system ICD-10-CM|HCPCS]
  codes stats --json | codes build [--from DIR]
  serve [--port N] [--db PATH | postgres://...]
  remit <file.835> [--payers P.json] [--profile ID] [--json] [--push --worker URL --token T | --invite CODE] | remit --jsonl F1 F2 ...
  team create --worker URL --name NAME [--json]
  team invites --count N --role coder|biller|lead [--lead FILE] [--ttl-hours H] [--json|--csv]`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`chartside: unknown command "${name}"\n${usage}`);
    return 2;
  }
  try {
    return await (await load()).run(rest);
  } catch (err) {
    if (err instanceof InputError) {
      console.error(`chartside ${name}: ${err.message}`);
      return 2;
    }
    // Anything else is our bug: still one line, but say so.
    console.error(`chartside ${name}: internal error: ${(err as Error).message ?? String(err)}`);
    return 1;
  }
}
