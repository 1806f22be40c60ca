import type { Claim } from '../../shared/contracts/claim.ts';

/**
 * Writes an 837P (005010X222A1) batch from claims in the contract's shape, segment by segment as
 * the guide lays them out, with correct HL numbering and SE/GE/IEA counts. Tests and the benchmark
 * use it; a claim whose `dependent` is set gets a 2000C patient loop under its subscriber.
 */
export type BuildClaim = Claim & {
  dependent?: { firstName: string; lastName: string; dob: string; sex: string };
  frequency?: string;
  originalReference?: string;
};

const ymd = (iso: string | null | undefined) => (iso ?? '').replaceAll('-', '');
const money = (n: number | null | undefined) => String(Math.round((n ?? 0) * 100) / 100);
// SBR09 claim filing indicator for each payer kind (005010X222A1 2000B SBR09 code list).
const filing: Record<string, string> = {
  medicare: 'MB',
  'medicare-advantage': '16',
  medicaid: 'MC',
  commercial: 'CI',
  tricare: 'CH',
  'workers-comp': 'WC',
  'self-pay': '09',
};
const trim = (s: string[]) => {
  while (s.length > 1 && s.at(-1) === '') s.pop();
  return s;
};

export function build837p(claims: BuildClaim[], opts: { date?: string } = {}): string {
  const date = opts.date ?? claims[0]?.submissionDate ?? '2026-11-20';
  const body: string[][] = [
    ['BHT', '0019', '00', 'BATCH1', ymd(date), '1200', 'CH'],
    ['NM1', '41', '2', 'SAMPLE CLINIC', '', '', '', '', '46', 'SUBMIT1'],
    ['PER', 'IC', 'BILLING OFFICE', 'TE', '8005550100'],
    ['NM1', '40', '2', 'SAMPLE CLEARINGHOUSE', '', '', '', '', '46', 'RECV1'],
  ];
  let hl = 0;
  for (const c of claims) {
    const billingHl = ++hl;
    body.push(['HL', String(billingHl), '', '20', '1']);
    if (c.billingProvider.taxonomy) body.push(['PRV', 'BI', 'PXC', c.billingProvider.taxonomy]);
    body.push(
      ['NM1', '85', '2', 'SAMPLE CLINIC', '', '', '', '', 'XX', c.billingProvider.npi ?? ''],
      ['N3', '1 MAIN ST'],
      ['N4', 'ANYTOWN', 'MD', '212010000'],
      ['REF', 'EI', '123456789'],
    );
    const subHl = ++hl;
    body.push(['HL', String(subHl), String(billingHl), '22', c.dependent ? '1' : '0']);
    body.push(trim(['SBR', c.dependent ? 'P' : 'P', c.dependent ? '' : '18', '', '', '', '', '', '', filing[c.payer.kind] ?? 'CI']));
    const p = c.patient;
    body.push(['NM1', 'IL', '1', p.lastName ?? '', p.firstName ?? '', '', '', '', 'MI', p.memberId ?? '']);
    if (!c.dependent) body.push(trim(['DMG', 'D8', ymd(p.dob), p.sex ?? '']));
    body.push(['NM1', 'PR', '2', c.payer.name ?? 'SAMPLE PAYER', '', '', '', '', 'PI', c.payer.payerId ?? 'PAYER1']);
    if (c.dependent) {
      body.push(['HL', String(++hl), String(subHl), '23', '0'], ['PAT', '19']);
      body.push(
        ['NM1', 'QC', '1', c.dependent.lastName, c.dependent.firstName],
        ['N3', '1 MAIN ST'],
        ['N4', 'ANYTOWN', 'MD', '212010000'],
        ['DMG', 'D8', ymd(c.dependent.dob), c.dependent.sex],
      );
    }
    const total = c.lines.reduce((s, l) => s + (l.charge ?? 0), 0);
    body.push(['CLM', c.id ?? '', money(total), '', '', `${c.placeOfService ?? ''}:B:${c.frequency ?? '1'}`, 'Y', 'A', 'Y', 'Y']);
    if (c.priorAuthorization) body.push(['REF', 'G1', c.priorAuthorization]);
    if (c.originalReference) body.push(['REF', 'F8', c.originalReference]);
    // HI: the first code ABK (principal), the rest ABF, twelve to a segment as the guide allows.
    for (let i = 0; i < c.diagnoses.length; i += 12) {
      body.push(['HI', ...c.diagnoses.slice(i, i + 12).map((d, k) => `${i + k === 0 ? 'ABK' : 'ABF'}:${d.replace('.', '')}`)]);
    }
    if (c.renderingProvider?.npi) body.push(['NM1', '82', '1', 'DOCTOR', 'SAMPLE', '', '', '', 'XX', c.renderingProvider.npi]);
    c.lines.forEach((l, i) => {
      body.push(['LX', String(i + 1)]);
      body.push(
        trim(['SV1', ['HC', l.code ?? '', ...l.modifiers].join(':'), money(l.charge), 'UN', String(l.units ?? ''), '', '', l.diagnosisPointers.join(':')]),
      );
      body.push(['DTP', '472', 'D8', ymd(l.dateOfService)]);
    });
  }
  const isa = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    'ZZ',
    'SUBMIT1'.padEnd(15),
    'ZZ',
    'RECV1'.padEnd(15),
    ymd(date).slice(2),
    '1200',
    '^',
    '00501',
    '000000001',
    '1',
    'P',
    ':',
  ];
  const all = [
    isa,
    ['GS', 'HC', 'SUBMIT1', 'RECV1', ymd(date), '1200', '1', 'X', '005010X222A1'],
    ['ST', '837', '0001', '005010X222A1'],
    ...body,
    ['SE', String(body.length + 2), '0001'],
    ['GE', '1', '1'],
    ['IEA', '1', '000000001'],
  ];
  return all.map((s) => `${s.join('*')}~\n`).join('');
}
