import type { NextAction, Origin, OwnerRole, TriageRule } from '../../contracts/denial-record.ts';
import type { GroupCode } from '../remit/model.ts';
import { builtInTable } from './table.ts';

export interface TriageResult {
  group: GroupCode;
  carc: string;
  /** The RARC that refined the row, if one did. */
  rarc: string | null;
  category: string;
  origin: Origin;
  owner: OwnerRole;
  action: NextAction;
  matched: 'payer-override' | 'table' | 'group-default';
  reasons: { origin: string; owner: string; action: string };
}

// Why that role: keyed by origin, since an override may route an origin to another role.
const ownerWhy: Record<Origin, string> = {
  coding: 'coding denials are fixed in the codes, modifiers, units or diagnosis links',
  billing: 'billing denials are fixed in the claim data or its submission',
  registration: "registration denials are fixed in the patient's coverage or demographics on file",
  authorization: 'authorizations and referrals are obtained and recorded at scheduling and registration',
  'payer-policy': 'coverage-policy denials are argued with the payer or adjusted by billing',
  'patient-responsibility': 'patient balances are billed by billing',
  informational: 'informational adjustments are posted by billing',
};
const actionWhy: Record<NextAction, string> = {
  'corrected-claim': 'the claim as sent was wrong: send a replacement claim (frequency 7) with the fix',
  appeal: 'the claim may be right as billed: appeal with the records, or write off if it is not',
  rebill: 'the payer did not adjudicate this claim as billed: send a new claim (to the right payer, or with what was missing)',
  'write-off': 'not recoverable from the payer and not billable to the patient: adjust it off',
  'bill-patient': 'the payer assigned this amount to the patient',
  none: 'informational: nothing to do on this line',
  reopening: 'the claim as processed holds an error: ask the payer to reopen and fix it',
};

/**
 * Scores a row against one adjustment: a group-specific row beats a group default, which beats
 * any-group rows; a RARC match refines within each level. 0 means no match.
 */
function score(rule: TriageRule, group: GroupCode, carc: string, rarcs: string[]): [number, string | null] {
  if (rule.carc !== carc) return [0, null];
  if (rule.group && rule.group !== group) return [0, null];
  if (rule.rarc && !rarcs.includes(rule.rarc)) return [0, null];
  // Among RARC rows, the RARC listed first on the line wins ties.
  const rarcRank = rule.rarc ? 1 + (20 - Math.min(19, rarcs.indexOf(rule.rarc))) / 100 : 0;
  return [1 + (rule.group ? 4 : 0) + rarcRank, rule.rarc ?? null];
}

function best(table: TriageRule[], group: GroupCode, carc: string, rarcs: string[]): { rule: TriageRule; s: number; rarc: string | null } | null {
  let found: { rule: TriageRule; s: number; rarc: string | null } | null = null;
  for (const rule of table) {
    const [s, rarc] = score(rule, group, carc, rarcs);
    if (s > (found?.s ?? 0)) found = { rule, s, rarc };
  }
  return found;
}

/** Group codes alone: PR puts the amount on the patient, CR corrects an earlier claim. */
const groupOnly: Record<GroupCode, Omit<TriageRule, 'carc'>> = {
  PR: { category: 'patient-share', origin: 'patient-responsibility', owner: 'biller', action: 'bill-patient' },
  CR: { category: 'correction', origin: 'informational', owner: 'biller', action: 'none' },
  OA: { category: 'other-adjustment', origin: 'informational', owner: 'biller', action: 'none' },
  CO: { category: 'unlisted-reason', origin: 'payer-policy', owner: 'biller', action: 'appeal' },
  PI: { category: 'unlisted-reason', origin: 'payer-policy', owner: 'biller', action: 'appeal' },
};
/** Group codes whose meaning outranks an any-group CARC row (5 is the score of a group row). */
const groupWins = new Set<GroupCode>(['PR', 'CR']);

export function triageAdjustment(groupIn: GroupCode, carcIn: string, rarcs: string[], overrides: TriageRule[] = [], payerLabel = 'this payer'): TriageResult {
  const carc = carcIn.trim().toUpperCase();
  const group = groupIn.trim().toUpperCase() as GroupCode;
  const override = best(overrides, group, carc, rarcs);
  const row = best(builtInTable, group, carc, rarcs);
  const key = `${group} ${carc}`;
  let pick: { rule: Omit<TriageRule, 'carc'>; matched: TriageResult['matched']; rarc: string | null; originWhy: string };
  if (override) {
    pick = {
      rule: override.rule,
      matched: 'payer-override',
      rarc: override.rarc,
      originWhy: `${key}${override.rarc ? ` with ${override.rarc}` : ''} is "${override.rule.category}" in ${payerLabel}'s triage overrides`,
    };
  } else if (row && (row.s >= 5 || !groupWins.has(group))) {
    const how = row.rarc ? ` with ${row.rarc}` : row.rule.group ? ` under group ${group}` : '';
    pick = { rule: row.rule, matched: 'table', rarc: row.rarc, originWhy: `CARC ${carc}${how} is "${row.rule.category}" in the triage table` };
  } else {
    const rule = groupOnly[group];
    const why = row
      ? `group ${group} decides over CARC ${carc}'s "${row.rule.category}" row`
      : `CARC ${carc} is not in the triage table; group ${group} decides`;
    pick = { rule, matched: 'group-default', rarc: null, originWhy: why };
  }
  const r = pick.rule;
  return {
    group,
    carc,
    rarc: pick.rarc,
    category: r.category,
    origin: r.origin,
    owner: r.owner,
    action: r.action,
    matched: pick.matched,
    reasons: { origin: `${pick.originWhy}: ${r.origin}`, owner: `${r.owner}: ${ownerWhy[r.origin]}`, action: `${r.action}: ${actionWhy[r.action]}` },
  };
}
