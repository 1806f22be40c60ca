import { describe, expect, it } from 'vitest';
import { call, claimKeyOf, sealed } from '../../../test/support/worker/http.ts';
import { storeKinds, usePgCluster, useWorker } from '../../../test/support/worker/stores.ts';

const cluster = usePgCluster();

describe.each(storeKinds)('teams and members on %s', (kind) => {
  const w = useWorker(kind, cluster);
  const team = async (name = 'Billing office') => (await call(w.current.url, 'POST', '/teams', { body: { name } })).body;

  it('creates a team whose lead can add members of each role', async () => {
    const lead = await team();
    expect(lead).toMatchObject({ role: 'lead', token: expect.stringMatching(/^cs_/) });
    for (const role of ['coder', 'biller', 'lead'] as const) {
      const r = await call(w.current.url, 'POST', '/teams/members', { token: lead.token, body: { name: `A ${role}`, role } });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ teamId: lead.teamId, role });
    }
    const list = await call(w.current.url, 'GET', '/teams/members', { token: lead.token });
    expect(list.body.members.map((m: { role: string }) => m.role).sort()).toEqual(['biller', 'coder', 'lead', 'lead']);
    // Tokens are stored hashed: no listing ever shows one.
    expect(JSON.stringify(list.body)).not.toContain('cs_');
  });

  it('lets only leads manage members', async () => {
    const lead = await team();
    const coder = (await call(w.current.url, 'POST', '/teams/members', { token: lead.token, body: { name: 'C', role: 'coder' } })).body;
    const r = await call(w.current.url, 'POST', '/teams/members', { token: coder.token, body: { name: 'X', role: 'lead' } });
    expect(r.status).toBe(403);
    expect((await call(w.current.url, 'POST', '/teams/invites', { token: coder.token, body: { role: 'coder' } })).status).toBe(403);
    expect((await call(w.current.url, 'GET', '/me', { token: coder.token })).body).toMatchObject({ role: 'coder', teamId: lead.teamId });
  });

  it('revokes a token at once, and never across teams', async () => {
    const a = await team('A');
    const b = await team('B');
    const coder = (await call(w.current.url, 'POST', '/teams/members', { token: a.token, body: { name: 'C', role: 'coder' } })).body;
    expect((await call(w.current.url, 'GET', `/threads/${claimKeyOf(1)}/notes`, { token: coder.token })).status).toBe(200);
    // B's lead cannot revoke A's coder: the id reads as unknown.
    expect((await call(w.current.url, 'DELETE', `/teams/members/${coder.memberId}`, { token: b.token })).status).toBe(404);
    expect((await call(w.current.url, 'DELETE', `/teams/members/${coder.memberId}`, { token: a.token })).status).toBe(204);
    const after = await call(w.current.url, 'POST', `/threads/${claimKeyOf(1)}/notes`, {
      token: coder.token,
      body: { id: crypto.randomUUID(), body: sealed() },
    });
    expect(after.status).toBe(401);
  });

  it('trades a one-time invite code for a token', async () => {
    const lead = await team();
    const inv = await call(w.current.url, 'POST', '/teams/invites', { token: lead.token, body: { role: 'biller' } });
    expect(inv.status).toBe(201);
    const joined = await call(w.current.url, 'POST', '/invites/accept', { body: { code: inv.body.code, name: 'New biller' } });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ teamId: lead.teamId, role: 'biller' });
    const again = await call(w.current.url, 'POST', '/invites/accept', { body: { code: inv.body.code, name: 'Someone else' } });
    expect(again.status).toBe(404);
  });

  it('refuses expired tokens and expired invites', async () => {
    const lead = await team();
    const store = w.current.store;
    const { hashToken } = await import('../../ids.ts');
    await store.createMember(lead.teamId, 'Old', 'coder', await hashToken('cs_expiredtoken123'), '2020-01-01T00:00:00.000Z');
    const r = await call(w.current.url, 'GET', '/me', { token: 'cs_expiredtoken123' });
    expect(r.status).toBe(401);
    await store.createInvite(lead.teamId, 'coder', await hashToken('inv_expiredcode123'), '2020-01-01T00:00:00.000Z', lead.memberId);
    expect((await call(w.current.url, 'POST', '/invites/accept', { body: { code: 'inv_expiredcode123', name: 'Late' } })).status).toBe(404);
  });

  it('gives a member token a lifetime when asked', async () => {
    const lead = await team();
    const r = await call(w.current.url, 'POST', '/teams/members', { token: lead.token, body: { name: 'Temp', role: 'coder', ttlDays: 7 } });
    expect(Date.parse(r.body.expiresAt) - Date.now()).toBeGreaterThan(6 * 86_400_000);
  });

  it('keeps the last lead of a team', async () => {
    const lead = await team();
    const r = await call(w.current.url, 'DELETE', `/teams/members/${lead.memberId}`, { token: lead.token });
    expect(r.status).toBe(409);
    const second = (await call(w.current.url, 'POST', '/teams/members', { token: lead.token, body: { name: 'Lead 2', role: 'lead' } })).body;
    expect((await call(w.current.url, 'DELETE', `/teams/members/${lead.memberId}`, { token: second.token })).status).toBe(204);
    expect((await call(w.current.url, 'DELETE', `/teams/members/${second.memberId}`, { token: second.token })).status).toBe(409);
  });
});
