import { createRoute, z } from '@hono/zod-openapi';
import { IsoDate, plainText } from '../text.ts';
import { DecisionPush, DenialPatch, DenialPush, Origin, PushResult, StoredDenial } from '../denial-record.ts';
import { authErrors, body, err, json, members } from './helpers.ts';

const member = { tags: ['denials'], ...members() };
const Results = z.object({ results: z.array(PushResult) });

export const pushDenialsRoute = createRoute({
  method: 'post',
  path: '/denials',
  ...member,
  summary: 'Store up to 500 denial records (plain metadata, no patient identifiers); idempotent on the client id',
  request: body(DenialPush),
  responses: { 200: json(Results, 'results in request order; a replayed id reports created: false and is left as stored'), ...authErrors },
});

export const patchDenialRoute = createRoute({
  method: 'patch',
  path: '/denials/{id}',
  ...member,
  summary: "Record a denial's outcome, resolution date or assignee",
  request: { params: z.object({ id: z.string().uuid('id must be a UUID') }), ...body(DenialPatch) },
  responses: { 200: json(StoredDenial, 'the updated record'), 404: err('no such denial in this team'), ...authErrors },
});

const csv = (name: string) =>
  z
    .string()
    .max(400)
    .optional()
    .transform((s) =>
      (s ?? '')
        .split(',')
        .map((x) => x.trim().toUpperCase())
        .filter(Boolean),
    )
    .refine((xs) => xs.length <= 50 && xs.every((x) => /^[A-Z0-9]{2,7}$/.test(x)), `${name} must be a comma-separated list of codes`);

export const DenialPattern = z.object({
  payer: z.string(),
  codes: z.array(z.string()),
  carc: z.string(),
  withModifiers: z.array(z.string()),
  withoutModifiers: z.array(z.string()),
  count: z.number(),
  windowDays: z.number(),
  first: z.string(),
  last: z.string(),
  amount: z.number(),
  origin: Origin,
  outcomes: z.record(z.string(), z.number()),
  matchesPending: z.boolean(),
  message: z.string(),
});

export const memoryRoute = createRoute({
  method: 'get',
  path: '/denials/memory',
  ...member,
  summary: 'The team\'s own denial patterns for a payer and the codes about to be billed ("Acme PPO denied 99214 with 20610 …")',
  request: {
    query: z
      .object({
        payer: plainText(120),
        codes: csv('codes').refine((xs) => xs.length > 0, 'codes: give at least one code'),
        modifiers: csv('modifiers'),
        days: z.coerce.number().int().min(1).max(730).default(90),
        asOf: IsoDate.optional(),
      })
      .strict(),
  },
  responses: { 200: json(z.object({ patterns: z.array(DenialPattern) }), 'patterns, those matching the pending claim first'), ...authErrors },
});

/**
 * The team's recent denial records (plain metadata only). The extension computes denial memory
 * from these in the browser, so what is being coded or billed right now never reaches the worker.
 */
export const recentDenialsRoute = createRoute({
  method: 'get',
  path: '/denials/recent',
  ...member,
  summary: "The team's denial records of the last `days` days, for denial memory computed in the browser",
  request: { query: z.object({ days: z.coerce.number().int().min(1).max(730).default(90), asOf: IsoDate.optional() }).strict() },
  responses: { 200: json(z.object({ records: z.array(StoredDenial), asOf: z.string() }), 'records, newest first'), ...authErrors },
});

export const pushDecisionsRoute = createRoute({
  method: 'post',
  path: '/decisions',
  ...member,
  summary: "Store the caller's accept/reject/edit decisions on suggestions (the coder is the token's member); idempotent on id",
  request: body(DecisionPush),
  responses: { 200: json(Results, 'results in request order'), ...authErrors },
});
