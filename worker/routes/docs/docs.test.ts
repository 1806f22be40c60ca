import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { openSqliteStore } from '../../store/sqlite.ts';

describe('API documents', () => {
  const app = createApp(openSqliteStore(':memory:'));

  it('lists every route group in the OpenAPI document', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, method] of [
      ['/teams', 'post'],
      ['/teams/members/{memberId}', 'delete'],
      ['/invites/accept', 'post'],
      ['/threads/{claimKey}', 'patch'],
      ['/threads/{claimKey}/notes', 'post'],
      ['/sync/push', 'post'],
      ['/sync/pull', 'get'],
      ['/sync/events', 'get'],
    ]) {
      expect(doc.paths[path!]?.[method!], `${method} ${path}`).toBeDefined();
    }
  });

  it('serves a docs page made from it, with no script', async () => {
    const res = await app.request('/docs');
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('POST /sync/push');
    expect(html).not.toMatch(/<script/i);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    // A rendered page also gets the document-only headers the JSON responses leave out.
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-permitted-cross-domain-policies')).toBe('none');
  });
});
