import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { ApiRoutes } from './api-routes.ts';

const echo = createRoute({
  method: 'post', path: '/things/{n}',
  request: {
    params: z.object({ n: z.coerce.number().int().min(1) }),
    query: z.object({ tag: z.string().optional() }).strict(),
    body: { content: { 'application/json': { schema: z.object({ name: z.string().min(1) }).strict() } }, required: true },
  },
  responses: { 200: { content: { 'application/json': { schema: z.object({ n: z.number(), tag: z.string().optional(), name: z.string() }) } }, description: 'echo' } },
});
const app = new ApiRoutes().openapi(echo, (c) => c.json({ n: c.req.valid('param').n, ...c.req.valid('query'), ...c.req.valid('json') }, 200));
const post = (path: string, body?: string, type: string | null = 'application/json') =>
  app.request(path, { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

describe('ApiRoutes: one validation step per route', () => {
  it.each([
    ['a valid request reaches the handler with parsed values', '/things/3?tag=x', '{"name":"a"}', 'application/json', 200, { n: 3, tag: 'x', name: 'a' }],
    ['a JSON content type with parameters is JSON', '/things/3', '{"name":"a"}', 'application/json; charset=utf-8', 200, { n: 3, name: 'a' }],
    ['a path parameter that fails its schema names itself', '/things/0', '{"name":"a"}', 'application/json', 400, { error: expect.stringMatching(/^n: /) }],
    ['an unknown query field is refused', '/things/3?x=1', '{"name":"a"}', 'application/json', 400, { error: expect.stringContaining('"x"') }],
    ['a wrong body field names the field', '/things/3', '{"name":""}', 'application/json', 400, { error: expect.stringMatching(/^name: /) }],
    ['an unknown body field is refused', '/things/3', '{"name":"a","extra":1}', 'application/json', 400, { error: expect.stringContaining('extra') }],
    ['malformed JSON is 400, not 500', '/things/3', '{"name":', 'application/json', 400, { error: 'Malformed JSON in request body' }],
    ['a body that is not JSON is 415', '/things/3', 'name=a', 'text/plain', 415, { error: expect.stringContaining('application/json') }],
    ['a body without a content type is 415', '/things/3', '{"name":"a"}', null, 415, { error: expect.stringContaining('application/json') }],
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
