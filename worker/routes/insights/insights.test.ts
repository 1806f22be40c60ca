import { describe, expect, it } from 'vitest';
import { DenialRecord } from '../../../shared/contracts/denial-record.ts';
import { insights } from '../../../shared/denials/insights.ts';
import { call } from '../../../test/support/worker/http.ts';
import { storeKinds, usePgCluster, useWorker } from '../../../test/support/worker/stores.ts';

const cluster = usePgCluster();
const uuid = () => crypto.randomUUID();
const rec = (over: Record<string, unknown>) => ({
  id: uuid(),
  payer: 'Acme PPO',
  codes: ['99214'],
  modifiers: [],
  carc: ['97'],
  rarc: [],
  origin: 'coding',
  deniedOn: '2026-10-01',
  outcome: null,
  amount: 100,
  ...over,
});
const records = [
  rec({ assignee: 'Cora', dueDate: '2026-11-10' }),
  rec({ carc: ['16'], origin: 'billing', amount: 50, dueDate: '2026-11-25', assignee: 'Bill' }),
  rec({ carc: ['16', '252'], origin: 'billing', amount: 25.5, dueDate: '2027-01-10', deniedOn: '2026-11-02' }),
  rec({ payer: 'Medicare', carc: ['27'], origin: 'registration', amount: 200, outcome: 'written-off', deniedOn: '2026-09-15' }),
  rec({ payer: ' medicare ', carc: ['50'], amount: 300, outcome: 'paid-on-appeal', deniedOn: '2026-09-20' }),
  rec({ carc: ['50'], amount: 40, outcome: 'upheld', deniedOn: '2026-08-01' }),
];
const decision = (decision: string, at = '2026-11-02') => ({ id: uuid(), system: 'ICD-10-CM', code: 'E11.22', decision, at });

describe.each(storeKinds)('insights on %s', (kind) => {
  const w = useWorker(kind, cluster);
  const get = (token: string, path: string) => call(w.current.url, 'GET', path, { token });
  const team = async () => {
    const lead = (await call(w.current.url, 'POST', '/teams', { body: { name: 'I' } })).body;
    const member = async (role: string, name: string) =>
      (await call(w.current.url, 'POST', '/teams/members', { token: lead.token, body: { name, role } })).body;
    const t = { lead, coder: await member('coder', 'Cora'), coder2: await member('coder', 'Dan'), biller: await member('biller', 'Bill') };
    await call(w.current.url, 'POST', '/denials', { token: lead.token, body: { records } });
    await call(w.current.url, 'POST', '/decisions', {
      token: t.coder.token,
      body: { decisions: [decision('accepted'), decision('accepted'), decision('edited')] },
    });
    await call(w.current.url, 'POST', '/decisions', {
      token: t.coder2.token,
      body: { decisions: [decision('rejected'), decision('accepted', '2026-07-01T09:00:00Z')] },
    });
    return t;
  };

  it('answers what insights() computes over the same records, for leads and billers', async () => {
    const t = await team();
    const r = await get(t.biller.token, '/insights?asOf=2026-11-20');
    expect(r.status).toBe(200);
    // As stored: the contract trims payer names.
    const expected = insights(
      records.map((r) => DenialRecord.parse(r)),
      [],
      {},
      '2026-11-20',
    );
    expect({ ...r.body, accuracy: undefined, options: undefined, asOf: undefined }).toEqual({ ...expected, accuracy: undefined });
    expect(r.body.byOrigin.find((o: { key: string }) => o.key === 'billing')).toEqual({ key: 'billing', count: 2, amount: 75.5 });
    expect(r.body.topCarcs[0]).toMatchObject({ key: '50', count: 2 });
    expect(r.body.accuracy.byCoder.map((c: { coder: string; accuracy: number }) => [c.coder, c.accuracy])).toEqual([
      ['Cora', 0.67],
      ['Dan', 0.5],
    ]);
    expect(r.body.options).toEqual({ payers: ['Acme PPO', 'Medicare'], people: ['Bill', 'Cora', 'Dan'] });
  });

  it('filters by date range, payer and person', async () => {
    const t = await team();
    const payer = await get(t.lead.token, '/insights?payer=MEDICARE&asOf=2026-11-20');
    expect(payer.body.total).toEqual({ count: 2, amount: 500 });
    const range = await get(t.lead.token, '/insights?from=2026-09-01&to=2026-09-30&asOf=2026-11-20');
    expect(range.body.total.count).toBe(2);
    const cora = await get(t.lead.token, '/insights?person=Cora&asOf=2026-11-20');
    expect([cora.body.total.count, cora.body.aging.find((a: { key: string }) => a.key === 'overdue').count]).toEqual([1, 1]);
    expect(cora.body.accuracy.byCoder.map((c: { coder: string }) => c.coder)).toEqual(['Cora']);
  });

  it('sees later writes and outcome changes on the next request', async () => {
    const t = await team();
    expect((await get(t.lead.token, '/insights?asOf=2026-11-20')).body.total.count).toBe(6);
    const extra = rec({ origin: 'authorization', carc: ['197'] });
    await call(w.current.url, 'POST', '/denials', { token: t.biller.token, body: { records: [extra] } });
    await call(w.current.url, 'PATCH', `/denials/${records[0]!.id}`, { token: t.biller.token, body: { outcome: 'corrected' } });
    const after = (await get(t.lead.token, '/insights?asOf=2026-11-20')).body;
    expect(after.total.count).toBe(7);
    expect(after.byOrigin.find((o: { key: string }) => o.key === 'authorization').count).toBe(1);
    expect(after.appeals.corrected).toBe(1);
  });

  it('exports the filtered records as CSV', async () => {
    const t = await team();
    const res = await fetch(`${w.current.url}/insights.csv?payer=Medicare`, { headers: { authorization: `Bearer ${t.lead.token}` } });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="denials-/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^deniedOn,payer,origin,carc/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[3])
        .sort(),
    ).toEqual(['27', '50']);
  });

  it('keeps coders to their own accuracy and every team to its own data', async () => {
    const t = await team();
    const other = (await call(w.current.url, 'POST', '/teams', { body: { name: 'Other' } })).body;
    expect((await get(t.coder.token, '/insights')).status).toBe(403);
    expect((await get(t.coder.token, '/insights.csv')).status).toBe(403);
    const own = await get(t.coder.token, '/insights/accuracy?person=Dan');
    expect(own.body.byCoder.map((c: { coder: string; total: number }) => [c.coder, c.total])).toEqual([['Cora', 3]]);
    expect((await get(t.lead.token, '/insights/accuracy')).body.overall.total).toBe(5);
    const empty = await get(other.token, '/insights');
    expect([empty.body.total.count, empty.body.accuracy.overall.total, empty.body.options.payers]).toEqual([0, 0, []]);
  });

  it('answers bad filters with 400 naming the field', async () => {
    const t = await team();
    for (const [qs, message] of [
      ['from=yesterday', /^from/],
      ['from=2026-10-02&to=2026-10-01', /^from/],
      ['asOf=2026-13', /^asOf/],
      ['patient=x', /patient|Unrecognized/i],
    ] as const) {
      const r = await get(t.lead.token, `/insights?${qs}`);
      expect([r.status, r.body.error]).toEqual([400, expect.stringMatching(message)]);
    }
  });
});

describe('insights in the API document', () => {
  const w = useWorker('sqlite', cluster);
  it('lists the denial, decision and insights routes', async () => {
    const doc = (await call(w.current.url, 'GET', '/openapi.json')).body;
    for (const path of ['/denials', '/denials/{id}', '/denials/memory', '/decisions', '/insights', '/insights.csv', '/insights/accuracy']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
  });
});
