import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { checkClaim } from '../../shared/claims/check-claim.ts';
import { Claim } from '../../shared/contracts/claim.ts';
import { read835 } from '../../shared/denials/remit/read-835.ts';
import { read837p } from '../../shared/x12/837p/read-837p.ts';
import { plainCount } from '../support/x12-count.ts';

// Public X12 files nobody on the project wrote (parser projects' test suites), kept outside the
// repository in ../shared/eval-external/x12/{835,837p}. Every file there is taken, whatever its name.
// CHARTSIDE_X12_EXTERNAL points elsewhere (a check of this test itself on other files).
const base = process.env.CHARTSIDE_X12_EXTERNAL ?? join(import.meta.dirname, '../../../shared/eval-external/x12');
const filesIn = (sub: string): string[] => {
  const dir = join(base, sub);
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  return walk(dir).sort();
};
const oneLineNamingSegment = /^[A-Z][A-Z0-9]{1,2} at segment \d+: [^\n]+$/;

describe.skipIf(filesIn('835').length === 0)('external 835 files (../shared/eval-external/x12/835)', () => {
  it.each(filesIn('835'))('%s loads with the counts of a plain segment count, or is refused naming its segment', (file) => {
    const text = readFileSync(file, 'latin1');
    let remits: ReturnType<typeof read835>;
    try {
      remits = read835(text);
    } catch (err) {
      console.log(`refused ${file}: ${(err as Error).message}`);
      expect((err as Error).message).toMatch(oneLineNamingSegment);
      return;
    }
    const plain = plainCount(text);
    expect(remits.reduce((s, r) => s + r.totals!.claims, 0)).toBe(plain.segments.CLP ?? 0);
    expect(remits.reduce((s, r) => s + r.claims.length, 0)).toBe(plain.segments.CLP ?? 0);
    expect(remits.reduce((s, r) => s + r.totals!.adjustments, 0)).toBe(plain.adjustments);
    expect(Math.round(remits.reduce((s, r) => s + r.totals!.claimsPaid, 0) * 100)).toBe(plain.paidCents);
    expect(remits.flatMap((r) => r.providerAdjustments!.map((p) => Math.round(p.amount * 100)))).toEqual(plain.plbCents);
    expect(remits).toHaveLength(plain.segments.ST ?? 0);
    console.log(
      `loaded ${file}: ${remits.length} remittance(s), ${plain.segments.CLP ?? 0} claims; ${remits.map((r) => r.reconciliation!.message).join('; ')}`,
    );
  });
});

describe.skipIf(filesIn('837p').length === 0)('external 837P files (../shared/eval-external/x12/837p)', () => {
  it.each(filesIn('837p'))('%s: every CLM is read into a claim and checked', async (file) => {
    const codeSets = await loadCodeSets();
    const text = readFileSync(file, 'latin1');
    const t = performance.now();
    const { claims, error } = read837p(text);
    let checked = 0;
    for (const c of claims) {
      if (!c.claim) continue;
      const parsed = Claim.safeParse(c.claim);
      if (!parsed.success) continue;
      checkClaim({ claim: parsed.data }, { codeSets });
      checked++;
    }
    const ms = performance.now() - t;
    const faults = claims.filter((c) => c.error).map((c) => `${c.clm01}: ${c.error}`);
    console.log(
      `${file}: ${claims.length} claims, ${checked} checked in ${ms.toFixed(0)} ms${error ? `; file: ${error}` : ''}${faults.length ? `; ${faults.slice(0, 3).join('; ')}` : ''}`,
    );
    if (error) expect(error).toMatch(oneLineNamingSegment);
    else expect(claims).toHaveLength(plainCount(text).segments.CLM ?? 0);
    for (const f of faults) expect(f.split(': ').slice(1).join(': ')).toMatch(oneLineNamingSegment);
  });
});

if (!existsSync(base)) it.skip(`${base} is absent on this machine: the external 835 and 837P checks are skipped`, () => {});
