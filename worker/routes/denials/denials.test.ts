import { describe, expect, it } from 'vitest';
import { call, claimKeyOf } from '../../../test/support/worker/http.ts';
import { storeKinds, usePgCluster, useWorker } from '../../../test/support/worker/stores.ts';

const cluster = usePgCluster();
const uuid = () => crypto.randomUUID();
const record = (over: Record<string, unknown> = {}) => ({
  id: uuid(),
  payer: 'Acme PPO',
  codes: ['99214', '20610'],
  modifiers: [],
  carc: ['97'],
  rarc: [],
  origin: 'coding',
  deniedOn: '2026-11-01',
  outcome: null,
  amount: 120,
  ...over,
});

describe.each(storeKinds)('denials on %s', (kind) => {
  const w = useWorker(kind, cluster);
  const team = async () => {
    const lead = (await call(w.current.url, 'POST', '/teams', { body: { name: 'D' } })).body;
    const member = async (role: string, name = role) => (await call(w.current.url, 'POST', '/teams/members', { token: lead.token, body: { name, role } })).body;
    return { lead, coder: await member('coder', 'Cora'), biller: await member('biller', 'Bill') };
  };
  const push = (token: string, records: unknown[]) => call(w.current.url, 'POST', '/denials', { token, body: { records } });
  const memory = (token: string, qs: string) => call(w.current.url, 'GET', `/denials/memory?${qs}`, { token });

  it('stores records from every role, idempotent on the client id', async () => {
    const t = await team();
    const a = record({ claimKey: claimKeyOf(1) });
    const first = await push(t.biller.token, [a, record()]);
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: { created: boolean }) => r.created)).toEqual([true, true]);
    // A replay, even with changed fields, leaves the stored record as it was.
    const replay = await push(t.coder.token, [{ ...a, amount: 999 }, a]);
    expect(replay.body.results).toEqual([
      { id: a.id, created: false },
      { id: a.id, created: false },
    ]);
    const pattern = (await memory(t.lead.token, 'payer=acme%20ppo&codes=99214,20610&asOf=2026-11-20')).body.patterns[0];
    expect(pattern).toMatchObject({ count: 2, amount: 240, carc: '97' });
  });

  it('answers denial memory for the payer and codes within the window', async () => {
    const t = await team();
    await push(t.lead.token, [
      record({ deniedOn: '2026-10-01' }),
      record({ deniedOn: '2026-10-15' }),
      record({ deniedOn: '2026-11-10' }),
      record({ deniedOn: '2026-05-01' }), // outside 90 days
      record({ payer: 'Medicare', deniedOn: '2026-11-10' }), // another payer
      record({ codes: ['99214', '20610'], modifiers: ['25'], carc: ['16'], origin: 'billing', deniedOn: '2026-11-11' }),
    ]);
    const r = await memory(t.coder.token, 'payer=Acme+PPO&codes=99214,20610&modifiers=&days=90&asOf=2026-11-20');
    expect(r.status).toBe(200);
    expect(r.body.patterns[0].message).toBe('Acme PPO denied 99214 with 20610 and no modifier 25 three times in 90 days, CARC 97');
    expect(r.body.patterns).toHaveLength(2);
    const narrow = await memory(t.coder.token, 'payer=Acme+PPO&codes=99214&days=15&asOf=2026-11-20');
    expect(narrow.body.patterns.map((p: { count: number }) => p.count)).toEqual([1, 1]);
  });

  it("lists the team's recent records, newest first, for memory computed in the browser", async () => {
    const t = await team();
    const other = await team();
    await push(t.biller.token, [record({ deniedOn: '2026-10-01' }), record({ deniedOn: '2026-11-10' }), record({ deniedOn: '2026-05-01' })]);
    await push(other.biller.token, [record({ deniedOn: '2026-11-12', payer: 'Other team payer' })]);
    const r = await call(w.current.url, 'GET', '/denials/recent?days=90&asOf=2026-11-20', { token: t.coder.token });
    expect(r.status).toBe(200);
    expect(r.body.records.map((x: { deniedOn: string }) => x.deniedOn)).toEqual(['2026-11-10', '2026-10-01']);
    expect((await call(w.current.url, 'GET', '/denials/recent?days=0', { token: t.coder.token })).status).toBe(400);
  });

  it('updates outcome, resolution and assignee; unknown and foreign ids are 404', async () => {
    const t = await team();
    const other = await team();
    const a = record();
    await push(t.lead.token, [a]);
    const r = await call(w.current.url, 'PATCH', `/denials/${a.id}`, {
      token: t.biller.token,
      body: { outcome: 'paid-on-appeal', resolvedOn: '2026-11-19', assignee: 'Bill' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: a.id, outcome: 'paid-on-appeal', resolvedOn: '2026-11-19', assignee: 'Bill', amount: 120, codes: ['99214', '20610'] });
    const keep = await call(w.current.url, 'PATCH', `/denials/${a.id}`, { token: t.biller.token, body: { assignee: null } });
    expect(keep.body).toMatchObject({ outcome: 'paid-on-appeal' });
    expect(keep.body.assignee).toBeUndefined();
    expect((await call(w.current.url, 'PATCH', `/denials/${a.id}`, { token: other.lead.token, body: { outcome: 'upheld' } })).status).toBe(404);
    expect((await call(w.current.url, 'PATCH', `/denials/${uuid()}`, { token: t.lead.token, body: { outcome: 'upheld' } })).status).toBe(404);
  });

  it("keeps one team's denials out of another's memory, even with the same ids", async () => {
    const a = await team();
    const b = await team();
    const shared = record();
    await push(a.lead.token, [shared]);
    expect((await push(b.lead.token, [shared])).body.results[0].created).toBe(true);
    await call(w.current.url, 'PATCH', `/denials/${shared.id}`, { token: b.lead.token, body: { outcome: 'upheld' } });
    const mine = await memory(a.lead.token, 'payer=Acme+PPO&codes=99214&asOf=2026-11-20');
    expect(mine.body.patterns[0].outcomes).toEqual({ open: 1 });
  });

  it('answers bad input with 400 naming the field', async () => {
    const t = await team();
    const cases: [string, string, unknown, RegExp][] = [
      ['POST', '/denials', { records: [] }, /^records/],
      ['POST', '/denials', { records: [record({ id: 'x' })] }, /^records\.0\.id/],
      ['POST', '/denials', { records: [record({ carc: ['<b>'] })] }, /^records\.0\.carc\.0/],
      ['POST', '/denials', { records: [record({ origin: 'weather' })] }, /^records\.0\.origin/],
      ['POST', '/denials', { records: [record({ deniedOn: 'yesterday' })] }, /^records\.0\.deniedOn/],
      ['POST', '/denials', { records: [record({ amount: -5 })] }, /^records\.0\.amount/],
      ['POST', '/denials', { records: [record({ patientName: 'Ana Ruiz' })] }, /patientName|Unrecognized/i],
      ['POST', '/denials', { records: [record({ claimKey: 'NOT-HEX' })] }, /^records\.0\.claimKey/],
      ['PATCH', `/denials/${uuid()}`, {}, /at least one/],
      ['PATCH', `/denials/${uuid()}`, { outcome: 'won' }, /^outcome/],
      ['PATCH', '/denials/not-a-uuid', { outcome: 'upheld' }, /^id/],
      ['GET', '/denials/memory?codes=99214', undefined, /^payer/],
      ['GET', '/denials/memory?payer=Acme', undefined, /^codes/],
      ['GET', '/denials/memory?payer=Acme&codes=99214&days=0', undefined, /^days/],
      ['GET', '/denials/memory?payer=Acme&codes=99214&patient=x', undefined, /patient|Unrecognized/i],
      ['POST', '/decisions', { decisions: [{ id: uuid(), system: 'CPT', code: '99214', decision: 'maybe', at: '2026-11-01' }] }, /^decisions\.0\.decision/],
      [
        'POST',
        '/decisions',
        { decisions: [{ id: uuid(), system: 'CPT', code: '99214', decision: 'accepted', at: '2026-11-01', coder: 'Someone' }] },
        /coder|Unrecognized/i,
      ],
    ];
    for (const [method, path, body, message] of cases) {
      const r = await call(w.current.url, method, path, { token: t.lead.token, body });
      expect([r.status, r.body?.error], `${method} ${path} ${JSON.stringify(body)}`).toEqual([400, expect.stringMatching(message)]);
    }
  });

  it('needs a valid token for every denial route', async () => {
    for (const [method, path] of [
      ['POST', '/denials'],
      ['PATCH', `/denials/${uuid()}`],
      ['GET', '/denials/memory?payer=A&codes=1'],
      ['POST', '/decisions'],
    ] as const) {
      expect((await call(w.current.url, method, path, { token: 'cs_not-a-real-token-at-all', body: method === 'GET' ? undefined : {} })).status).toBe(401);
    }
  });
});
