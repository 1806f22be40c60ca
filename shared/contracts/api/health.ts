import { createRoute, z } from '@hono/zod-openapi';
import { json } from './helpers.ts';

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['health'],
  summary: 'The worker is up, and which store it runs on',
  responses: { 200: json(z.object({ ok: z.literal(true), store: z.enum(['sqlite', 'postgres', 'd1']) }), 'up') },
});
