import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import { denialMemory } from '../../../shared/denials/memory.ts';
import type { AppEnv } from '../../app-env.ts';
import { payerNorm } from '../../store/denial-store.ts';
import type { memoryRoute, patchDenialRoute, pushDecisionsRoute, pushDenialsRoute, recentDenialsRoute } from '../../../shared/contracts/api/denials.ts';

type H<R extends RouteConfig> = RouteHandler<R, AppEnv>;
const today = () => new Date().toISOString().slice(0, 10);

export const pushDenials: H<typeof pushDenialsRoute> = async (c) => {
  const { records } = c.req.valid('json');
  return c.json({ results: await c.get('store').addDenials(c.get('member').teamId, c.get('member'), records) }, 200);
};

export const patchDenial: H<typeof patchDenialRoute> = async (c) => {
  const stored = await c.get('store').updateDenial(c.get('member').teamId, c.req.valid('param').id, c.req.valid('json'));
  // Another team's id reads exactly like an unknown one.
  return stored ? c.json(stored, 200) : c.json({ error: 'id: no such denial in this team' }, 404);
};

export const memory: H<typeof memoryRoute> = async (c) => {
  const { payer, codes, modifiers, days, asOf = today() } = c.req.valid('query');
  // The index narrows to this payer's window; denialMemory groups by codes, CARC and modifiers.
  const after = new Date(Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const records = await c.get('store').denialsForPayer(c.get('member').teamId, payerNorm(payer), after, asOf);
  return c.json({ patterns: denialMemory(records, { payer, codes, modifiers, asOf, windowDays: days }) }, 200);
};

export const recentDenials: H<typeof recentDenialsRoute> = async (c) => {
  const { days, asOf = today() } = c.req.valid('query');
  const after = new Date(Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const { denials } = await c.get('services').insights.rows(c.get('member').teamId);
  const records = denials.filter((d) => d.deniedOn >= after && d.deniedOn <= asOf).sort((a, b) => b.deniedOn.localeCompare(a.deniedOn));
  return c.json({ records, asOf }, 200);
};

export const pushDecisions: H<typeof pushDecisionsRoute> = async (c) => {
  const { decisions } = c.req.valid('json');
  return c.json({ results: await c.get('store').addDecisions(c.get('member').teamId, c.get('member'), decisions) }, 200);
};
