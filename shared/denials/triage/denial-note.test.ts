import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read835 } from '../remit/read-835.ts';
import { denialNote } from './denial-note.ts';
import { triageRemit } from './triage-remit.ts';

const report = (name: string) => triageRemit(read835(readFileSync(join(import.meta.dirname, '../../../test/fixtures/remit', name), 'utf8'))[0]!);

describe('the handoff note made from a denial', () => {
  it("one line per actionable service line, joined by line breaks, in a biller's words with the date each deadline counts from", () => {
    const note = denialNote(report('medicare-pipes.835').claims.flatMap((c) => c.lines));
    const rows = note.split('\n');
    expect(rows[0]).toBe('Denial received:');
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows.slice(1)) expect(r.startsWith('- ')).toBe(true);
    expect(note).toMatch(
      /^- 93000 \d{4}-\d{2}-\d{2}: CO-236 \$100\.00 \(N20\) -> coding, coder: request a reopening by \d{4}-\d{2}-\d{2} \(365 days from the remittance date 2026-10-15\)$/m,
    );
    expect(note).not.toMatch(/default-|Days\b|corrected-claim/);
  });
  it('informational lines stay out', () => {
    const note = denialNote(report('acme-ppo.835').claims.flatMap((c) => c.lines));
    expect(note).not.toContain('36415');
    expect(note).toContain('-> authorization, front-desk: appeal by');
  });
});
