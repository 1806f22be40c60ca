import { describe, expect, it } from 'vitest';
import type { Flag } from '../../contracts/flag.ts';
import { anchorOf, precision, recall, scoreCase, tally } from './score.ts';

const flag = (rule: string, field: string, severity: Flag['severity'] = 'error'): Flag => ({
  rule,
  field,
  severity,
  carc: '16',
  message: '',
  fix: '',
  source: '',
});

describe('claims eval scoring', () => {
  it('anchors fields under lines[i] / diagnoses[i], whole path otherwise', () => {
    expect(anchorOf('lines[2].code')).toBe('lines[2]');
    expect(anchorOf('diagnoses[0]')).toBe('diagnoses[0]');
    expect(anchorOf('patient.dob')).toBe('patient.dob');
  });
  it('matches on (rule, anchor), ignores info and dont_care, counts the rest as false alarms', () => {
    const s = scoreCase(
      'c1',
      [
        flag('mue', 'lines[0].units'),
        flag('mue', 'lines[0].code'),
        flag('x', 'claim', 'info'),
        flag('dx-unspecified', 'diagnoses[0]'),
        flag('pos-invalid', 'placeOfService'),
      ],
      [
        { rule: 'mue', field: 'lines[0].units' },
        { rule: 'ncci-ptp', field: 'lines[1].code' },
      ],
      [{ rule: 'dx-unspecified', field: 'diagnoses[0]' }],
    );
    expect(s.hits).toHaveLength(1);
    expect(s.misses.map((m) => m.rule)).toEqual(['ncci-ptp']);
    expect(s.falseAlarms.map((f) => f.rule)).toEqual(['pos-invalid']);
    const { overall, perRule } = tally([s]);
    expect([precision(overall), recall(overall)]).toEqual([0.5, 0.5]);
    expect(perRule.get('ncci-ptp')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('a clean case with any error or warning counts as flagged', () => {
    expect(scoreCase('c2', [flag('mue', 'lines[0].units', 'warning')], []).flaggedClean).toBe(true);
    expect(scoreCase('c3', [flag('x', 'claim', 'info')], []).flaggedClean).toBe(false);
  });
});
