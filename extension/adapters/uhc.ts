import type { Eligibility } from '../../shared/contracts/claim.ts';
import { isoDate } from '../dom/dom-read.ts';
import { spacedText, textIn } from '../dom/frame-read.ts';
import { amountOf, parseAdjustments, parseRarcs } from '../dom/remit-text.ts';
import type { DenialLine, PageFindings, SiteAdapter } from './types.ts';

// UnitedHealthcare Provider Portal: a single-page app whose views (eligibility, claim detail)
// replace each other with history.pushState; `read` reads whichever view is rendered now.
// Details are label/value pairs, so values are found by their label text (class names in a
// React build change between releases; the labels a provider reads do not).
const sel = {
  eligibility: '[data-view="eligibility"]',
  claim: '[data-view="claim-detail"]',
  // Claim lines: the tagged table first, else the table under the "Service lines" heading.
  lines: ['table[data-table="claim-lines"]', 'section.panel table.data-table'],
};

export const uhc: SiteAdapter = {
  id: 'uhc',
  hosts: [/(^|\.)uhcprovider\.com$/, /^provider\.uhc\.com$/],
  detect: (doc) => !!doc.querySelector('#app-root') && !!doc.querySelector('nav.side-nav a[data-route="eligibility"]'),
  read(doc) {
    const findings: PageFindings = {};
    const elig = doc.querySelector(sel.eligibility);
    if (elig) {
      const eligibility = readEligibility(elig, doc);
      findings.eligibility = eligibility;
      const dos = isoDate(labelled(elig, /date of service/i));
      if (eligibility.memberId && dos) findings.identity = { memberId: eligibility.memberId, dateOfService: dos };
    }
    const claim = doc.querySelector(sel.claim);
    if (claim) {
      const table = sel.lines.map((s) => doc.querySelector(s)).find(Boolean);
      findings.denials = table ? readLines(table) : [];
      const memberId = labelled(claim, /member id/i);
      const dos = findings.denials[0]?.dateOfService;
      if (memberId && dos) findings.identity = { memberId, dateOfService: dos };
    }
    return findings;
  },
};

/** The value shown beside a label (dt/dd pairs or label/value cells). */
function labelled(root: Element, label: RegExp): string | undefined {
  for (const dt of root.querySelectorAll('dt, th, .label')) {
    if (label.test(textIn(dt) ?? '')) return textIn(dt.nextElementSibling);
  }
  return undefined;
}

function readEligibility(view: Element, doc: Document): Eligibility {
  const [last, first] = (labelled(view, /member name/i) ?? '').split(',').map((s) => s.trim());
  // Prior-auth table rows "Required" (not "Not required") name the codes that need one.
  const priorAuth = [...doc.querySelectorAll('table.data-table tbody tr')]
    .filter((tr) => /^required/i.test(textIn(tr.lastElementChild) ?? ''))
    .map((tr) => [...tr.children].map((td) => textIn(td) ?? '').find((t) => /^[0-9A-Z]\d{3}[0-9A-Z]$/.test(t)))
    .filter((c): c is string => !!c);
  const referral = labelled(view, /referral required/i);
  return {
    memberId: labelled(view, /member id/i) ?? null,
    firstName: first || null,
    lastName: last || null,
    dob: isoDate(labelled(view, /date of birth/i)) ?? null,
    status: /^active/i.test(labelled(view, /coverage status/i) ?? '') ? 'active' : 'inactive',
    coverageStart: isoDate(labelled(view, /effective date/i)) ?? null,
    coverageEnd: isoDate(labelled(view, /end date/i)) ?? null,
    inNetwork: /in-?\s?network/i.test(labelled(view, /network/i) ?? '') ? true : labelled(view, /network/i) ? false : null,
    priorAuthRequired: priorAuth,
    referralRequired: referral ? /^y/i.test(referral) : null,
  };
}

function readLines(table: Element): DenialLine[] {
  const headers = [...table.querySelectorAll('thead th')].map((th) => textIn(th) ?? '');
  const col = (re: RegExp) => headers.findIndex((h) => re.test(h));
  const at = {
    line: col(/^line$/i),
    dos: col(/date of service/i),
    code: col(/procedure/i),
    billed: col(/billed/i),
    paid: col(/paid/i),
    status: col(/status/i),
    adj: col(/adjustment|reason/i),
    remarks: col(/remark/i),
  };
  return [...table.querySelectorAll('tbody tr')].map((tr, i) => {
    const cell = (n: number) => (n >= 0 ? spacedText(tr.children[n]) : undefined);
    const lineNo = Number(cell(at.line));
    const code = cell(at.code);
    const dateOfService = isoDate(cell(at.dos));
    const status = cell(at.status);
    const billed = amountOf(cell(at.billed));
    const paid = amountOf(cell(at.paid));
    return {
      lineIndex: Number.isFinite(lineNo) && lineNo > 0 ? lineNo - 1 : i,
      ...(code && { code }),
      ...(dateOfService && { dateOfService }),
      ...(status && { status }),
      ...(billed !== undefined && { billed }),
      ...(paid !== undefined && { paid }),
      adjustments: parseAdjustments(cell(at.adj)),
      rarcs: parseRarcs(cell(at.remarks)),
    };
  });
}
