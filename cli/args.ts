import { InputError } from './input-error.ts';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Minimal, strict flag parser: `--name value`, `--name=value` and boolean `--name`.
 * `booleans` lists flags that never take a value; any flag not in `known` is an error so a
 * typo never silently changes the result.
 */
export function parseArgs(argv: string[], known: string[], booleans: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!known.includes(name)) throw new InputError(`unknown option --${name}`);
    if (booleans.includes(name)) {
      flags.set(name, true);
    } else if (eq !== -1) {
      flags.set(name, arg.slice(eq + 1));
    } else {
      const value = argv[++i];
      if (value === undefined) throw new InputError(`option --${name} needs a value`);
      flags.set(name, value);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function dateFlag(args: ParsedArgs, name: string): string | undefined {
  const v = stringFlag(args, name);
  if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    throw new InputError(`--${name} must be a date YYYY-MM-DD, got "${v}"`);
  }
  return v;
}
