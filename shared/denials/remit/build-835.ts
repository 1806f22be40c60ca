/**
 * Writes a well-formed 835 from a small spec, with correct SE/GE/IEA counts. Tests and the
 * benchmark use it to make fictitious remittances (and then break them on purpose).
 */
export interface LineSpec {
  proc: string;
  mods?: string[];
  billed: number;
  paid: number;
  units?: number;
  dos?: string;
  /** [group, carc, amount] triplets; consecutive ones with the same group share one CAS. */
  cas?: [string, string, number][];
  rarc?: string[];
}
export interface ClaimSpec {
  id: string;
  status?: string;
  billed: number;
  paid: number;
  patientResp?: number;
  filing?: string;
  pcn?: string;
  cas?: [string, string, number][];
  moa?: string[];
  patient?: [last: string, first: string];
  lines: LineSpec[];
}
export interface RemitSpec {
  payer?: { name: string; id: string };
  date?: string;
  claims: ClaimSpec[];
}
export interface Delimiters {
  element: string;
  component: string;
  terminator: string;
  eol: string;
}
const std: Delimiters = { element: '*', component: ':', terminator: '~', eol: '\n' };

const ymd = (iso: string) => iso.replaceAll('-', '');
const money = (n: number) => String(Math.round(n * 100) / 100);

function casSegments(cas: [string, string, number][] | undefined): string[][] {
  const out: string[][] = [];
  for (const [group, carc, amount] of cas ?? []) {
    const last = out.at(-1);
    // One CAS holds up to six reason/amount/quantity triplets of one group.
    if (last && last[1] === group && last.length < 2 + 6 * 3) last.push(carc, money(amount), '');
    else out.push(['CAS', group, carc, money(amount), '']);
  }
  return out.map((s) => trimEmpty(s));
}
const trimEmpty = (s: string[]) => {
  while (s.length > 1 && s.at(-1) === '') s.pop();
  return s;
};

export function build835(spec: RemitSpec, d: Partial<Delimiters> = {}): string {
  const del = { ...std, ...d };
  const date = spec.date ?? '2026-11-20';
  const payer = spec.payer ?? { name: 'ACME HEALTH PLAN', id: 'ACME1' };
  const total = spec.claims.reduce((s, c) => s + c.paid, 0);
  const body: string[][] = [
    ['BPR', 'I', money(total), 'C', 'ACH', 'CCP', '01', '999999999', 'DA', '123456', '1512345678', '', '01', '999988880', 'DA', '98765', ymd(date)],
    ['TRN', '1', '0012345', '1512345678'],
    ['DTM', '405', ymd(date)],
    ['N1', 'PR', payer.name],
    ['REF', '2U', payer.id],
    ['N1', 'PE', 'SAMPLE CLINIC', 'XX', '1234567893'],
    ['LX', '1'],
  ];
  for (const c of spec.claims) {
    const [last, first] = c.patient ?? ['DOE', 'JANE'];
    body.push(
      trimEmpty(['CLP', c.id, c.status ?? '1', money(c.billed), money(c.paid), money(c.patientResp ?? 0), c.filing ?? 'CI', c.pcn ?? `PCN${c.id}`, '11', '1']),
    );
    body.push(...casSegments(c.cas));
    body.push(['NM1', 'QC', '1', last, first, '', '', '', 'MI', 'W000000000']);
    if (c.moa?.length) body.push(['MOA', '', '', ...c.moa]);
    for (const l of c.lines) {
      const proc = ['HC', l.proc, ...(l.mods ?? [])].join(del.component);
      body.push(['SVC', proc, money(l.billed), money(l.paid), '', String(l.units ?? 1)]);
      body.push(['DTM', '472', ymd(l.dos ?? '2026-11-03')]);
      body.push(...casSegments(l.cas));
      for (const r of l.rarc ?? []) body.push(['LQ', 'HE', r]);
    }
  }
  const isa = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    'ZZ',
    'SENDER'.padEnd(15),
    'ZZ',
    'RECEIVER'.padEnd(15),
    ymd(date).slice(2),
    '1200',
    '^',
    '00501',
    '000000001',
    '0',
    'P',
    del.component,
  ];
  const all = [
    isa,
    ['GS', 'HP', 'SENDER', 'RECEIVER', ymd(date), '1200', '1', 'X', '005010X221A1'],
    ['ST', '835', '0001'],
    ...body,
    ['SE', String(body.length + 2), '0001'],
    ['GE', '1', '1'],
    ['IEA', '1', '000000001'],
  ];
  return all.map((s) => s.join(del.element) + del.terminator).join(del.eol) + del.eol;
}
