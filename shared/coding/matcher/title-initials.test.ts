import { describe, expect, it } from 'vitest';
import { kitCodeSets } from '../../../test/support/coding-kit.ts';
import { codeStatement } from './statement.ts';
import { titleOfInitials } from './title-initials.ts';

// FY2026 titles: G35.A is new (no FY2017 Index entry); two made-up titles sharing initials show ambiguity.
const cs = kitCodeSets({
  titles: [
    ['G35.A', true, 'Relapsing-remitting multiple sclerosis'],
    ['G35.B0', true, 'Primary progressive multiple sclerosis, unspecified'],
    ['J80', true, 'Acute respiratory distress syndrome'],
    ['D61.810', true, 'Antineoplastic chemotherapy induced pancytopenia'],
    ['Q99.01', true, 'Alpha beta gamma delta'],
    ['Q99.02', true, 'Another big green dragon'],
  ],
});
const dos = '2026-01-15';

describe('titleOfInitials (a current-year code through its own title)', () => {
  it.each([
    ['RRMS', 'Relapsing-remitting multiple sclerosis'],
    ['ARDS', 'Acute respiratory distress syndrome'],
    // Two titles spell ABGD: neither; a title with a comma, a lowercase or too short shorthand: none.
    ['ABGD', null],
    ['PPMSU', null],
    ['rrms', null],
    ['MS', null],
  ])('%s -> %s', (shorthand, want) => expect(titleOfInitials(cs, dos, shorthand)).toBe(want));

  it('reads the shorthand as the statement head, not as a word of its plan', () => {
    const code = (s: string) => codeStatement(cs, dos, s, 0, s.length, 'F').map((h) => h.code);
    expect(code('RRMS - stable on ocrelizumab')).toEqual(['G35A']);
    expect(code('Vaccines up to date, schedule per ACIP')).toEqual([]);
  });
});
