import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeSetFileError } from '../errors.ts';
import { readIndexXml } from './alpha-index.ts';
import { readHcpcsFile } from './hcpcs.ts';
import { readIcdOrderFile } from './icd-order.ts';
import { readMceJson } from './mce.ts';
import { readTabularXml } from './tabular.ts';

const fx = join(import.meta.dirname, '..', 'fixtures');
const text = (p: string): string => readFileSync(join(fx, p), 'latin1');

/** The one-line message of the CodeSetFileError `fn` throws. */
function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CodeSetFileError);
    const msg = (e as Error).message;
    expect(msg).not.toContain('\n');
    return msg;
  }
  throw new Error('expected a CodeSetFileError');
}

describe('a bad release file gives one line naming the file and the place', () => {
  it('order file: truncated record, foreign line, empty file', () => {
    const lines = text('icd10cm/icd10cm_order_2026.txt').split('\r\n');
    const truncated = [...lines.slice(0, 4), lines[4]!.slice(0, 40)].join('\r\n');
    expect(failure(() => readIcdOrderFile(truncated, 'o.txt'))).toBe('o.txt: line 5: long title missing (truncated file?)');
    expect(failure(() => readIcdOrderFile(`${lines[0]}\nhello world`, 'o.txt'))).toMatch(/^o\.txt: line 2: /);
    expect(failure(() => readIcdOrderFile('', 'o.txt'))).toMatch(/^o\.txt: line 1: no order-file records/);
  });

  it('tabular XML: cut off mid-file, malformed, wrong document', () => {
    const xml = text('icd10cm/icd10cm_tabular_2021.xml');
    expect(failure(() => readTabularXml(xml.slice(0, xml.indexOf('<name>F02</name>')), 't.xml'))).toMatch(/^t\.xml: line \d+: /);
    expect(failure(() => readTabularXml(xml.replace('</desc>', '</dsc>'), 't.xml'))).toMatch(/^t\.xml: line 6: malformed XML/);
    expect(failure(() => readTabularXml(xml.replace('<name>E10</name>', '<name>banana</name>'), 't.xml'))).toMatch(
      /^t\.xml: line 12: <diag> without a valid <name>/,
    );
    expect(failure(() => readTabularXml(text('icd10cm/icd10cm_index_2017.xml'), 't.xml'))).toMatch(/not <ICD10CM\.tabular>/);
  });

  it('index XML: bad code element names its line', () => {
    const original = text('icd10cm/icd10cm_index_2017.xml');
    const line = original.slice(0, original.indexOf('<code>E11.22</code>')).split('\n').length;
    const xml = original.replace('<code>E11.22</code>', '<code>kidney</code>');
    expect(failure(() => readIndexXml(xml, 'i.xml'))).toBe(`i.xml: line ${line}: <code> is not an ICD-10-CM code ("KIDNEY")`);
  });

  it('HCPCS: short record, unknown record id, orphan continuation, unnamed quarter', () => {
    const lines = text('hcpcs/HCPC2026_JAN_FIXTURE.txt').split('\r\n');
    const name = 'HCPC2026_JAN_X.txt';
    expect(failure(() => readHcpcsFile([lines[0], lines[1]!.slice(0, 200)].join('\n'), name))).toBe(
      `${name}: line 2: record shorter than 292 characters (truncated file?)`,
    );
    expect(failure(() => readHcpcsFile(`${lines[0]!.slice(0, 10)}9${lines[0]!.slice(11)}`, name))).toMatch(/line 1: unknown record id "9"/);
    expect(failure(() => readHcpcsFile(lines[3]!, name))).toMatch(/line 1: continuation line without the record/);
    expect(failure(() => readHcpcsFile(lines[0]!, 'codes.txt'))).toMatch(/^codes\.txt: file name: /);
  });

  it('MCE JSON: bad JSON, missing list, bad entry', () => {
    const json = JSON.parse(text('mce/mce_fixture.json')) as { codes: Record<string, unknown> };
    expect(failure(() => readMceJson('{"codes": [', 'm.json'))).toMatch(/^m\.json: JSON: /);
    const noAdult = structuredClone(json);
    delete noAdult.codes.age_adult;
    expect(failure(() => readMceJson(JSON.stringify(noAdult), 'm.json'))).toBe('m.json: codes.age_adult: missing list');
    const badEntry = structuredClone(json);
    badEntry.codes.age_pediatric = [{ code: 'S52.5' }];
    expect(failure(() => readMceJson(JSON.stringify(badEntry), 'm.json'))).toMatch(/^m\.json: codes\.age_pediatric\[0\]: /);
  });
});
