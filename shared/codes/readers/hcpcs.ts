import { CodeSetFileError } from '../errors.ts';
import type { CompiledHcpcs } from '../model.ts';

const QUARTERS: Record<string, [string, string]> = { JAN: ['Q1', '01'], APR: ['Q2', '04'], JUL: ['Q3', '07'], OCT: ['Q4', '10'] };

/** "HCPC2026_JAN_ANWEB_01122026.txt" -> 2026-Q1 effective 2026-01-01; null if not so named. */
export function hcpcsQuarter(fileName: string): { year: string; effectiveFrom: string } | null {
  const m = fileName.match(/HCPC(\d{4})_(JAN|APR|JUL|OCT)/i);
  if (!m) return null;
  const [q, month] = QUARTERS[m[2]!.toUpperCase()]!;
  return { year: `${m[1]}-${q}`, effectiveFrom: `${m[1]}-${month}-01` };
}

/**
 * Reads the CMS HCPCS Level II quarterly fixed-width file (HCPC20xx_recordlayout.txt): record
 * id in column 11 (3 first line of a code, 4 its continuation, 7 first line of a modifier, 8
 * its continuation), long description 12-91 (continued over lines), short 92-119, added date
 * 269-276, termination date 285-292.
 */
export function readHcpcsFile(text: string, fileName: string): CompiledHcpcs {
  const quarter = hcpcsQuarter(fileName);
  if (!quarter) throw new CodeSetFileError(fileName, 'file name', 'not named like HCPC2026_JAN_… (the quarter is read from it)');
  const codes: CompiledHcpcs['codes'] = [];
  const modifiers: CompiledHcpcs['modifiers'] = [];
  const lines = text.split(/\r?\n/);
  let last: 'code' | 'modifier' | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const where = `line ${i + 1}`;
    const rid = line.charAt(10);
    const long = line.slice(11, 91).trimEnd();
    if (rid === '3') {
      const code = line.slice(0, 5);
      if (!/^[A-Z]\d{4}$/.test(code)) throw new CodeSetFileError(fileName, where, `"${code}" is not a HCPCS Level II code`);
      if (line.length < 292) throw new CodeSetFileError(fileName, where, 'record shorter than 292 characters (truncated file?)');
      codes.push([code, long.trim(), line.slice(91, 119).trim(), date(line, 268, fileName, where), date(line, 284, fileName, where)]);
      last = 'code';
    } else if (rid === '7') {
      const code = line.slice(3, 5);
      if (!/^[0-9A-Z]{2}$/.test(code)) throw new CodeSetFileError(fileName, where, `"${code}" is not a HCPCS modifier`);
      modifiers.push([code, long.trim()]);
      last = 'modifier';
    } else if (rid === '4' || rid === '8') {
      const target = rid === '4' ? codes[codes.length - 1] : modifiers[modifiers.length - 1];
      if (!target || last !== (rid === '4' ? 'code' : 'modifier')) {
        throw new CodeSetFileError(fileName, where, 'continuation line without the record it continues');
      }
      target[1] = `${target[1]} ${long.trim()}`.trim();
    } else {
      throw new CodeSetFileError(fileName, where, `unknown record id "${rid}" in column 11`);
    }
  }
  if (codes.length === 0) throw new CodeSetFileError(fileName, 'line 1', 'no HCPCS code records');
  return { format: 1, ...quarter, source: fileName.split(/[\\/]/).pop()!, codes, modifiers };
}

function date(line: string, at: number, file: string, where: string): string {
  const d = line.slice(at, at + 8).trim();
  if (d !== '' && !/^\d{8}$/.test(d)) throw new CodeSetFileError(file, where, `bad date "${d}" at column ${at + 1}`);
  return d;
}
