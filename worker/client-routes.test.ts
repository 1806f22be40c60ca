import { describe, expect, it } from 'vitest';
import { workerClient } from '../shared/sync/worker-client.ts';
import { claimKeyOf, sealed } from '../test/support/worker/http.ts';
import { usePgCluster, useWorker } from '../test/support/worker/stores.ts';

/**
 * Every route of the worker's OpenAPI document, called through the typed client (the one the
 * extension and the CLI use) over real HTTP. A route the client cannot reach, or one added to the
 * worker without a call here, fails this test.
 */
const cluster = usePgCluster();
const uuid = () => crypto.randomUUID();

describe('the typed client reaches every worker route', () => {
  const w = useWorker('sqlite', cluster);

  it('walks the document, route by route', async () => {
    const anon = workerClient(w.current.url);
    const team = await (await anon.teams.$post({ json: { name: 'Walk' } })).json();
    if (!('token' in team)) throw new Error(team.error);
    const lead = workerClient(`${w.current.url}/`, team.token);
    const claimKey = claimKeyOf(1);
    const noteId = uuid();
    const denialId = uuid();
    let invite = '';
    let coderId = '';

    // In call order: later calls use what earlier ones made. Each answers its documented success.
    const calls: [string, () => Promise<Response>, number][] = [
      ['get /healthz', () => anon.healthz.$get(), 200],
      ['get /me', () => lead.me.$get(), 200],
      ['post /teams', () => anon.teams.$post({ json: { name: 'Other' } }), 201],
      [
        'post /teams/members',
        async () => {
          const r = await lead.teams.members.$post({ json: { name: 'Cody', role: 'coder' } });
          if (r.status === 201) coderId = (await r.json()).memberId;
          return r;
        },
        201,
      ],
      ['get /teams/members', () => lead.teams.members.$get(), 200],
      [
        'post /teams/invites',
        async () => {
          const r = await lead.teams.invites.$post({ json: { role: 'biller' } });
          if (r.status === 201) invite = (await r.json()).code;
          return r;
        },
        201,
      ],
      ['post /invites/accept', () => anon.invites.accept.$post({ json: { code: invite, name: 'Bill' } }), 201],
      ['delete /teams/members/{memberId}', () => lead.teams.members[':memberId'].$delete({ param: { memberId: coderId } }), 204],
      ['post /threads/{claimKey}/notes', () => lead.threads[':claimKey'].notes.$post({ param: { claimKey }, json: { id: noteId, body: sealed() } }), 201],
      ['get /threads/{claimKey}/notes', () => lead.threads[':claimKey'].notes.$get({ param: { claimKey }, query: {} }), 200],
      ['get /threads/{claimKey}', () => lead.threads[':claimKey'].$get({ param: { claimKey } }), 200],
      [
        'patch /threads/{claimKey}',
        () => lead.threads[':claimKey'].$patch({ param: { claimKey }, json: { baseVersion: 0, status: 'waiting-on-biller' } }),
        200,
      ],
      ['get /threads', () => lead.threads.$get({ query: { status: 'waiting-on-biller' } }), 200],
      ['post /sync/push', () => lead.sync.push.$post({ json: { notes: [{ id: uuid(), claimKey, body: sealed() }] } }), 200],
      ['get /sync/pull', () => lead.sync.pull.$get({ query: { cursor: '0' } }), 200],
      [
        'get /sync/events',
        async () => {
          const ctl = new AbortController();
          const r = await lead.sync.events.$get({ query: { cursor: '0' } }, { init: { signal: ctl.signal } });
          ctl.abort();
          return r;
        },
        200,
      ],
      [
        'post /denials',
        () =>
          lead.denials.$post({
            json: {
              records: [
                {
                  id: denialId,
                  payer: 'Acme',
                  codes: ['99214'],
                  modifiers: [],
                  carc: ['97'],
                  rarc: [],
                  origin: 'coding',
                  deniedOn: '2026-11-03',
                  amount: 90,
                },
              ],
            },
          }),
        200,
      ],
      ['patch /denials/{id}', () => lead.denials[':id'].$patch({ param: { id: denialId }, json: { outcome: 'upheld' } }), 200],
      ['get /denials/recent', () => lead.denials.recent.$get({ query: { asOf: '2026-12-01' } }), 200],
      ['get /denials/memory', () => lead.denials.memory.$get({ query: { payer: 'Acme', codes: '99214', asOf: '2026-12-01' } }), 200],
      [
        'post /decisions',
        () => lead.decisions.$post({ json: { decisions: [{ id: uuid(), system: 'CPT', code: '99214', decision: 'accepted', at: '2026-11-03' }] } }),
        200,
      ],
      ['get /insights', () => lead.insights.$get({ query: { asOf: '2026-12-01' } }), 200],
      ['get /insights.csv', () => lead['insights.csv'].$get({ query: {} }), 200],
      ['get /insights/accuracy', () => lead.insights.accuracy.$get({ query: {} }), 200],
    ];

    const doc = (await (await fetch(`${w.current.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
      .sort();
    expect(calls.map(([name]) => name).sort()).toEqual(documented);
    for (const [name, call, status] of calls) {
      const res = await call();
      const why = res.status === status ? '' : await res.text();
      expect([name, res.status], why).toEqual([name, status]);
    }
  });
});
