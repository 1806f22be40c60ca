import { diagnosisSections } from '../diagnoses.ts';
import type { Finding } from '../finding.ts';
import type { RuleContext } from '../guidelines/rule.ts';
import { segments } from '../note/segments.ts';

/** A diagnosis statement with the place its codes take in the note's order. */
export interface DrugStatement {
  start: number;
  end: number;
  text: string;
  /** The order of the findings the statement gave, or a place between its neighbours'. */
  order: number;
}

/** The note's diagnosis statements (the sections diagnoses.ts reads), for the Table of Drugs rules. */
export function drugStatements(ctx: RuleContext): DrugStatement[] {
  const { text } = ctx.doc;
  const out: DrugStatement[] = [];
  for (const sec of diagnosisSections(ctx.sections, text)) {
    for (const seg of segments(text, sec)) {
      const own = ctx.findings.filter((f) => f.stmt?.start === seg.start);
      const before = ctx.findings.filter((f) => f.section === 'assessment' && f.start < seg.start);
      const order = own.length ? Math.min(...own.map((f) => f.order)) : before.length ? Math.max(...before.map((f) => f.order)) + 0.5 : 0.5;
      out.push({ start: seg.start, end: seg.end, text: text.slice(seg.start, seg.end), order });
    }
  }
  return out;
}

/** Table of Drugs codes (T36-T65) another route gave for the same statement. */
export function tableCodesOf(ctx: RuleContext, st: DrugStatement): Finding[] {
  return ctx.findings.filter(
    (f) => !f.dropped && f.status === 'affirmed' && /^T(?:3[6-9]|[45]\d|6[0-5])/.test(f.code) && f.start >= st.start && f.end <= st.end,
  );
}

/** [start, end) of the clause of a statement around `at`: between commas, semicolons, colons and dashes. */
export function clauseAround(st: DrugStatement, at: number): [number, number] {
  let a = st.start,
    b = st.end;
  for (const m of st.text.matchAll(/[,;:]|\s[-–—]\s/g)) {
    const p = st.start + m.index;
    if (p < at) a = p + m[0].length;
    else if (p >= at && b === st.end) b = p;
  }
  return [a, b];
}
