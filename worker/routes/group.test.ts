import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/contracts/handoff.ts';
import type { Services } from '../app-env.ts';
import { hashToken } from '../ids.ts';
import type { Member, Store } from '../store/store.ts';
import { members } from '../../shared/contracts/api/helpers.ts';
import { answerError } from '../app.ts';
import { guard, routeGroup } from './group.ts';

const echo = createRoute({
  method: 'post',
  path: '/things/{n}',
  request: {
    params: z.object({ n: z.coerce.number().int().min(1) }),
    query: z.object({ tag: z.string().optional() }).strict(),
    body: { content: { 'application/json': { schema: z.object({ name: z.string().min(1) }).strict() } }, required: true },
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ n: z.number(), tag: z.string().optional(), name: z.string() }) } }, description: 'echo' },
  },
});
const app = routeGroup().openapi(echo, (c) => c.json({ n: c.req.valid('param').n, ...c.req.valid('query'), ...c.req.valid('json') }, 200));
app.onError(answerError);
const post = (path: string, body?: string, type: string | null = 'application/json') =>
  app.request(path, { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

describe('route groups: stock zod-openapi validation, refusals that name the field', () => {
  it.each([
    ['a valid request reaches the handler with parsed values', '/things/3?tag=x', '{"name":"a"}', 'application/json', 200, { n: 3, tag: 'x', name: 'a' }],
    ['a JSON content type with parameters is JSON', '/things/3', '{"name":"a"}', 'application/json; charset=utf-8', 200, { n: 3, name: 'a' }],
    ['a path parameter that fails its schema names itself', '/things/0', '{"name":"a"}', 'application/json', 400, { error: expect.stringMatching(/^n: /) }],
    ['an unknown query field is refused', '/things/3?x=1', '{"name":"a"}', 'application/json', 400, { error: expect.stringContaining('"x"') }],
    ['a wrong body field names the field', '/things/3', '{"name":""}', 'application/json', 400, { error: expect.stringMatching(/^name: /) }],
    ['an unknown body field is refused', '/things/3', '{"name":"a","extra":1}', 'application/json', 400, { error: expect.stringContaining('extra') }],
    ['malformed JSON is 400, not 500', '/things/3', '{"name":', 'application/json', 400, { error: 'Malformed JSON in request body' }],
    ['a body that is not JSON is 415', '/things/3', 'name=a', 'text/plain', 415, { error: 'Unsupported Media Type' }],
    ['a body without a content type is 415', '/things/3', '{"name":"a"}', null, 415, { error: 'Unsupported Media Type' }],
    ['no body and no content type fails the schema', '/things/3', undefined, null, 400, { error: expect.stringMatching(/^name: /) }],
  ] as const)('%s', async (_name, path, body, type, status, answer) => {
    const res = await post(path, body, type);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual(answer);
  });

  it('documents the route as openapi() does', () => {
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    expect(Object.keys(doc.paths ?? {})).toEqual(['/things/{n}']);
    expect(doc.paths?.['/things/{n}']?.post?.requestBody).toBeDefined();
  });
});

describe('guard: a route that declares the bearer scheme is checked', () => {
  // The store's token lookup is all auth needs here; the API suite runs it against real stores.
  const people = new Map<string, Member>();
  const token = async (name: string, role: Role) => {
    const t = `tok_${name}_0123456789`;
    people.set(await hashToken(t), { id: name, teamId: 'team', name, role });
    return t;
  };
  const store = { memberByTokenHash: async (h: string) => people.get(h) ?? null } as unknown as Store;
  const services = { memberBuckets: null, anonBuckets: null } as unknown as Services;
  const leadsOnly = createRoute({ ...echo, path: '/leads/{n}', ...members('lead') });
  const anyMember = createRoute({ ...echo, path: '/members/{n}', ...members() });
  const guarded = routeGroup();
  guarded.onError(answerError);
  guarded.use('*', (c, next) => (c.set('store', store), c.set('services', services), next()));
  guarded.openapi(guard(leadsOnly), (c) => c.json({ n: c.req.valid('param').n, name: c.get('member').name }, 200));
  guarded.openapi(guard(anyMember), (c) => c.json({ n: c.req.valid('param').n, name: c.get('member').name }, 200));
  const call = (path: string, tok: string | null, body: string) =>
    guarded.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(tok ? { authorization: `Bearer ${tok}` } : {}) } });

  it.each([
    ['no token is 401, before the body is looked at', '/leads/1', null, '{', 401, { error: 'missing or malformed bearer token' }],
    ['an unknown token is 401', '/leads/1', 'nobody_0123456789', '{"name":"a"}', 401, { error: 'invalid, expired or revoked token' }],
    ['a role the route does not list is 403', '/leads/1', 'coder', '{"name":"a"}', 403, { error: 'role coder may not do this' }],
    ['a listed role with a bad body gets the validation answer', '/leads/1', 'lead', '{"name":""}', 400, { error: expect.stringMatching(/^name: /) }],
    ['a listed role reaches the handler as that member', '/leads/2', 'lead', '{"name":"a"}', 200, { n: 2, name: 'lead' }],
    ['without roles any member may call', '/members/3', 'coder', '{"name":"a"}', 200, { n: 3, name: 'coder' }],
  ] as const)('%s', async (_name, path, who, body, status, answer) => {
    const tok = who === null ? null : who === 'lead' || who === 'coder' ? await token(who, who) : who;
    const res = await call(path, tok, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual(answer);
  });

  it('documents the scheme and the roles it enforces', () => {
    const doc = guarded.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    expect(doc.paths?.['/leads/{n}']?.post).toMatchObject({ security: [{ bearer: [] }], 'x-roles': ['lead'] });
    expect(doc.paths?.['/members/{n}']?.post?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths?.['/members/{n}']?.post).not.toHaveProperty('x-roles');
  });
});
