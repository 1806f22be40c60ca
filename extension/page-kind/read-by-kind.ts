import { generic } from '../adapters/generic.ts';
import type { TaughtPage } from '../settings/taught.ts';
import type { PageFindings } from '../adapters/types.ts';
import { readClaim } from '../readers/read-claim.ts';
import { readEligibility } from '../readers/read-eligibility.ts';
import { readRemittance } from '../readers/read-remittance.ts';
import { applyTaughtClaim } from '../readers/taught-claim.ts';
import { frameDocs } from '../dom/frame-read.ts';
import { classifyPage, type KindDecision } from './classify-page.ts';
import type { PageKind } from './cues.ts';

const maxDenialLines = 200;

/** The kind a site adapter's reading shows: it knows its pages. */
export function kindOfFindings(f: PageFindings): PageKind | undefined {
  if (f.note) return 'note';
  if (f.claim) return 'claim';
  if (f.eligibility) return 'eligibility';
  if (f.denials) return 'remittance';
  return undefined;
}

/**
 * Decides the page kind and reads what that kind needs. A kind the user chose for the site wins,
 * then a site adapter's reading, then a taught note area or taught claim, then the classifier.
 * Only a note page keeps a note (and so gets code suggestions).
 */
export function readByKind(doc: Document, site: PageFindings | undefined, taught: TaughtPage, decided?: Decided): PageFindings {
  try {
    return decideAndRead(doc, site, taught, decided ?? decidePage(doc, site, taught));
  } catch (err) {
    // A page no reader foresaw: the overlay says so and the host page is left alone.
    console.warn('Chartside: the generic readers failed on this page:', err);
    return { ...site, kind: site ? (kindOfFindings(site) ?? 'other') : 'other', kindWhy: [`could not read this page (${(err as Error).message})`] };
  }
}

/**
 * Practice-management systems often draw the screen in frames: the document to read is the first
 * (top, then each visible same-origin frame) that is decided a claim, eligibility or remittance,
 * when the top document itself is decided nothing.
 */
function decideFrame(top: Document): { doc: Document; decision: KindDecision } {
  const first = { doc: top, decision: classifyPage(top) };
  if (first.decision.kind !== 'other') return first; // a note page keeps its note whatever its frames hold
  for (const d of frameDocs(top, { visibleOnly: true })) {
    if (d === top) continue;
    const decision = classifyPage(d);
    if (decision.kind !== 'other' && decision.kind !== 'note') return { doc: d, decision };
  }
  return first;
}

/** The top document's reading, else the first visible same-origin frame's that finds something. */
function firstRead<T>(top: Document, read: (d: Document) => T | undefined): T | undefined {
  for (const d of frameDocs(top, { visibleOnly: true })) {
    const found = read(d);
    if (found) return found;
  }
  return undefined;
}

/** The classifier's decision (and the document it read), unless the user, a site adapter or teaching already says the kind. */
export type Decided = { doc: Document; decision: KindDecision } | undefined;

const taughtKindOf = (taught: TaughtPage): PageKind | undefined =>
  taught.claim && Object.keys(taught.claim).length > 0 ? 'claim' : taught.note ? 'note' : undefined;

/**
 * The first half of `readByKind`, separate so the caller can give the host page its main thread
 * back between deciding and reading. A classifier that throws leaves the decision to `readByKind`,
 * which reports the failure.
 */
export function decidePage(top: Document, site: PageFindings | undefined, taught: TaughtPage): Decided {
  if (taught.kind || (site && kindOfFindings(site)) || taughtKindOf(taught)) return undefined;
  try {
    return decideFrame(top);
  } catch {
    return undefined;
  }
}

function decideAndRead(top: Document, site: PageFindings | undefined, taught: TaughtPage, decided: Decided): PageFindings {
  const siteKind = site && kindOfFindings(site);
  const taughtKind = taughtKindOf(taught);
  if (!decided && !taught.kind && !siteKind && !taughtKind) decided = decideFrame(top); // throws here when the classifier fails
  const decision = decided?.decision;
  const kind = taught.kind ?? siteKind ?? taughtKind ?? decision!.kind;
  const doc = decided?.doc ?? top;
  const inFrames = <T>(read: (d: Document) => T | undefined) => (doc === top ? firstRead(top, read) : read(doc));
  const why = taught.kind ? ['chosen by you for this site'] : siteKind ? ['read by the site adapter'] : taughtKind ? ['taught for this site'] : decision!.why;
  const base: PageFindings = site && (!taught.kind || taught.kind === siteKind) ? { ...site } : {};
  base.kind = kind;
  base.kindWhy = why;
  if (kind !== 'note') delete base.note;
  if (kind === 'note' && !base.note) Object.assign(base, generic.read(top));
  const taughtSpots = taught.claim ?? {};
  if (kind === 'claim' && (!base.claim || Object.keys(taughtSpots).length > 0)) {
    // Taught spots are selectors into the top document, read over the site adapter's or the
    // generic reading (which may come from a frame).
    const seen = base.claim ? { claim: base.claim, fields: base.fields ?? {}, labels: base.labels ?? {} } : inFrames(readClaim);
    const read = applyTaughtClaim(top, taughtSpots, seen);
    if (read) {
      base.claim = read.claim;
      base.fields = read.fields;
      base.labels = read.labels;
      const dos = read.claim.lines.find((l) => l.dateOfService)?.dateOfService;
      if (read.claim.patient.memberId && dos) base.identity = { memberId: read.claim.patient.memberId, dateOfService: dos };
    }
  }
  if (kind === 'eligibility' && !base.eligibility && !base.coverage) {
    const e = inFrames(readEligibility);
    if (e) {
      const { eligibility, serviceDate, ...view } = e;
      base.coverage = view;
      if (eligibility) base.eligibility = eligibility;
      if (e.memberId && serviceDate) base.identity = { memberId: e.memberId, dateOfService: serviceDate };
    }
  }
  if (kind === 'eligibility' && base.eligibility && !base.coverage) {
    const e = base.eligibility;
    base.coverage = {
      status: e.status,
      ...(e.coverageStart && { start: e.coverageStart }),
      ...(e.coverageEnd && { end: e.coverageEnd }),
      ...(e.memberId && { memberId: e.memberId }),
    };
  }
  if (kind === 'remittance' && !base.denials) {
    const r = inFrames(readRemittance);
    if (r) {
      // The adjusted lines are the denial lines; a very long remittance is triaged in pages of
      // the first 200 (the background's limit per message), the rest named in the panel.
      const adjusted = r.lines.filter((l) => l.adjustments.length > 0);
      base.denials = adjusted.slice(0, maxDenialLines);
      if (adjusted.length > maxDenialLines) base.kindWhy = [...(base.kindWhy ?? []), `${adjusted.length - maxDenialLines} more adjusted lines not shown`];
      base.remit = r.remit;
      if (r.memberId && r.serviceDate) base.identity = { memberId: r.memberId, dateOfService: r.serviceDate };
    }
  }
  return base;
}
