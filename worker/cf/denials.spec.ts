import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

async function call(method: string, path: string, token: string, payload?: unknown) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const res = await SELF.fetch(`https://worker.example${path}`, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

describe('denials and insights over D1, in workerd', () => {
  it('stores denials idempotently, answers memory and insights, and records outcomes', async () => {
    const lead = (await (
      await SELF.fetch('https://worker.example/teams', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Edge"}' })
    ).json()) as { token: string };
    const rec = (deniedOn: string, carc: string) => ({
      id: crypto.randomUUID(),
      payer: 'Acme PPO',
      codes: ['99214', '20610'],
      modifiers: [],
      carc: [carc],
      rarc: [],
      origin: 'coding',
      deniedOn,
      amount: 50,
    });
    const records = [rec('2026-10-01', '97'), rec('2026-10-20', '97'), rec('2026-11-02', '16')];
    expect((await call('POST', '/denials', lead.token, { records })).body.results.map((r: { created: boolean }) => r.created)).toEqual([true, true, true]);
    expect((await call('POST', '/denials', lead.token, { records })).body.results.map((r: { created: boolean }) => r.created)).toEqual([false, false, false]);
    const memory = await call('GET', '/denials/memory?payer=Acme+PPO&codes=99214,20610&asOf=2026-11-20', lead.token);
    expect(memory.body.patterns[0].message).toBe('Acme PPO denied 99214 with 20610 and no modifier 25 twice in 90 days, CARC 97');
    const before = await call('GET', '/insights?asOf=2026-11-20', lead.token);
    expect([before.body.total.count, before.body.appeals.open]).toEqual([3, 3]);
    expect((await call('PATCH', `/denials/${records[0]!.id}`, lead.token, { outcome: 'paid-on-appeal' })).status).toBe(200);
    const after = await call('GET', '/insights?asOf=2026-11-20', lead.token);
    expect([after.body.appeals['paid-on-appeal'], after.body.appeals.open]).toEqual([1, 2]);
  });
});
