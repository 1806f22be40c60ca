import { describe, expect, it } from 'vitest';
import { TriageRule } from '../../contracts/denial-record.ts';
import type { GroupCode } from '../remit/model.ts';
import { builtInTable } from './table.ts';
import { triageAdjustment } from './triage.ts';

type Case = [group: GroupCode, carc: string, rarcs: string[], origin: string, owner: string, action: string];
const cases: Case[] = [
  // Patient share follows group PR.
  ['PR', '1', [], 'patient-responsibility', 'biller', 'bill-patient'],
  ['PR', '2', [], 'patient-responsibility', 'biller', 'bill-patient'],
  ['PR', '3', [], 'patient-responsibility', 'biller', 'bill-patient'],
  ['PR', '45', [], 'patient-responsibility', 'biller', 'bill-patient'],
  ['PR', '96', ['N130'], 'patient-responsibility', 'biller', 'bill-patient'],
  ['PR', '50', ['N115'], 'patient-responsibility', 'biller', 'bill-patient'],
  ['PR', '204', [], 'patient-responsibility', 'biller', 'bill-patient'],
  // The same numbers under CO are not the patient's to pay.
  ['CO', '2', [], 'payer-policy', 'biller', 'appeal'],
  ['CO', '45', [], 'informational', 'biller', 'write-off'],
  ['OA', '45', [], 'informational', 'biller', 'write-off'],
  ['CO', '253', [], 'informational', 'biller', 'write-off'],
  ['OA', '23', [], 'informational', 'biller', 'none'],
  ['CR', '97', [], 'informational', 'biller', 'none'],
  // Coding.
  ['CO', '4', [], 'coding', 'coder', 'corrected-claim'],
  ['CO', '11', [], 'coding', 'coder', 'corrected-claim'],
  ['CO', '97', [], 'coding', 'coder', 'corrected-claim'],
  ['CO', '97', ['M15'], 'coding', 'coder', 'corrected-claim'],
  ['CO', '236', ['N20'], 'coding', 'coder', 'corrected-claim'],
  ['CO', '181', [], 'coding', 'coder', 'corrected-claim'],
  ['CO', '9', [], 'coding', 'coder', 'corrected-claim'],
  ['CO', 'B16', [], 'coding', 'coder', 'corrected-claim'],
  // 50/96/151: coding or payer policy depending on the RARC.
  ['CO', '50', [], 'coding', 'coder', 'appeal'],
  ['CO', '50', ['N115'], 'payer-policy', 'biller', 'appeal'],
  ['CO', '50', ['N386'], 'payer-policy', 'biller', 'appeal'],
  ['CO', '50', ['M25'], 'coding', 'coder', 'corrected-claim'],
  ['CO', '96', [], 'payer-policy', 'biller', 'appeal'],
  ['CO', '96', ['M80'], 'coding', 'coder', 'corrected-claim'],
  ['CO', '96', ['N30'], 'registration', 'front-desk', 'rebill'],
  ['CO', '96', ['N425'], 'payer-policy', 'biller', 'write-off'],
  ['CO', '151', [], 'coding', 'coder', 'corrected-claim'],
  ['CO', '151', ['N640'], 'payer-policy', 'biller', 'appeal'],
  ['CO', '151', ['N362'], 'coding', 'coder', 'corrected-claim'],
  // Billing, refined by RARC.
  ['CO', '16', [], 'billing', 'biller', 'corrected-claim'],
  ['CO', '16', ['MA130'], 'billing', 'biller', 'rebill'],
  ['CO', '16', ['M76'], 'coding', 'coder', 'corrected-claim'],
  ['CO', '16', ['M51'], 'coding', 'coder', 'corrected-claim'],
  ['CO', '16', ['N382'], 'registration', 'front-desk', 'corrected-claim'],
  ['CO', '16', ['N999'], 'billing', 'biller', 'corrected-claim'],
  ['CO', '18', [], 'billing', 'biller', 'none'],
  ['OA', '18', [], 'billing', 'biller', 'none'],
  ['CO', '29', [], 'billing', 'biller', 'write-off'],
  ['CO', '185', [], 'billing', 'biller', 'appeal'],
  ['CO', '252', [], 'billing', 'biller', 'rebill'],
  // Registration and eligibility.
  ['CO', '27', [], 'registration', 'front-desk', 'rebill'],
  ['CO', '26', [], 'registration', 'front-desk', 'rebill'],
  ['CO', '31', [], 'registration', 'front-desk', 'corrected-claim'],
  ['CO', '22', [], 'registration', 'front-desk', 'rebill'],
  ['OA', '109', [], 'registration', 'front-desk', 'rebill'],
  ['CO', '140', [], 'registration', 'front-desk', 'corrected-claim'],
  // Authorization.
  ['CO', '197', [], 'authorization', 'front-desk', 'appeal'],
  ['CO', '15', [], 'authorization', 'front-desk', 'corrected-claim'],
  ['CO', '288', [], 'authorization', 'front-desk', 'appeal'],
  // Payer policy.
  ['CO', '119', [], 'payer-policy', 'biller', 'write-off'],
  ['CO', '55', [], 'payer-policy', 'biller', 'appeal'],
  // Not in the table: the group decides.
  ['CO', '999', [], 'payer-policy', 'biller', 'appeal'],
  ['PI', '998', [], 'payer-policy', 'biller', 'appeal'],
  ['PR', '997', [], 'patient-responsibility', 'biller', 'bill-patient'],
  ['OA', '996', [], 'informational', 'biller', 'none'],
];

describe('triage table', () => {
  it.each(cases)('%s %s %j -> %s / %s / %s', (group, carc, rarcs, origin, owner, action) => {
    const t = triageAdjustment(group, carc, rarcs);
    expect([t.origin, t.owner, t.action]).toEqual([origin, owner, action]);
    expect(t.reasons.origin).toContain(carc);
    expect(t.reasons.owner.startsWith(owner)).toBe(true);
    expect(t.reasons.action.startsWith(action)).toBe(true);
  });

  it('says which row decided: RARC refinement, group row, or group default', () => {
    expect(triageAdjustment('CO', '16', ['N999', 'MA130'])).toMatchObject({ rarc: 'MA130', matched: 'table', category: 'unprocessable' });
    expect(triageAdjustment('CO', '16', ['M76', 'MA130']).rarc).toBe('M76'); // the RARC listed first wins a tie
    expect(triageAdjustment('PR', '97', [])).toMatchObject({ matched: 'group-default', category: 'patient-share' });
    expect(triageAdjustment('CO', '999', []).reasons.origin).toContain('not in the triage table');
    expect(triageAdjustment('co' as GroupCode, ' b16 ', []).carc).toBe('B16');
  });

  it("a payer profile's overrides win over the table, with their own reason", () => {
    const overrides = TriageRule.array().parse([
      { carc: '50', category: 'acme-lcd', origin: 'payer-policy', owner: 'biller', action: 'write-off' },
      { carc: '16', rarc: 'N290', category: 'acme-rendering', origin: 'billing', owner: 'front-desk', action: 'corrected-claim' },
    ]);
    expect(triageAdjustment('CO', '50', [], overrides, 'Acme PPO')).toMatchObject({ action: 'write-off', matched: 'payer-override' });
    expect(triageAdjustment('CO', '50', [], overrides, 'Acme PPO').reasons.origin).toContain("Acme PPO's triage overrides");
    expect(triageAdjustment('CO', '16', ['N290'], overrides).owner).toBe('front-desk');
    // Rows it does not cover still come from the table.
    expect(triageAdjustment('CO', '16', [], overrides).matched).toBe('table');
  });

  it('rows are valid, unique, and carry category words only (no code texts)', () => {
    const keys = new Set<string>();
    for (const row of builtInTable) {
      expect(TriageRule.safeParse(row).success).toBe(true);
      const key = `${row.carc}|${row.group ?? ''}|${row.rarc ?? ''}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      expect(row.category).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(row.category.length).toBeLessThanOrEqual(32);
    }
    expect(builtInTable.length).toBeGreaterThan(100);
  });
});
