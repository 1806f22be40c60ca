import { CodeSetFileError } from '../errors.ts';
import type { IcdEntry } from '../model.ts';

/**
 * Reads the CMS ICD-10-CM order file (icd10cm_order_YYYY.txt): fixed width, columns 1-5 order
 * number, 7-13 code without its dot, 15 billable flag, 17-76 short title, 78- long title.
 * Throws CodeSetFileError naming the line on anything malformed: a partial index must never
 * pass as complete.
 */
export function readIcdOrderFile(text: string, fileName: string): IcdEntry[] {
  const entries: IcdEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const order = line.slice(0, 5);
    const code = line.slice(6, 13).trim();
    const flag = line.charAt(14);
    if (!/^\d{5}$/.test(order) || !/^[A-Z][0-9A-Z]{2,6}$/.test(code) || (flag !== '0' && flag !== '1')) {
      throw new CodeSetFileError(fileName, `line ${i + 1}`, 'not an ICD-10-CM order-file record');
    }
    const short = line.slice(16, 76).trim();
    const title = line.slice(77).trim();
    if (!title) throw new CodeSetFileError(fileName, `line ${i + 1}`, 'long title missing (truncated file?)');
    entries.push({ code, billable: flag === '1', short, title });
  }
  if (entries.length === 0) throw new CodeSetFileError(fileName, 'line 1', 'no order-file records');
  return entries;
}
