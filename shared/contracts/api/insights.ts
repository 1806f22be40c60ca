import { createRoute, z } from '@hono/zod-openapi';
import { IsoDate, plainText } from '../text.ts';
import { authErrors, err, json, members } from './helpers.ts';

const tags = { tags: ['insights'] };
/** Leads and billers work the denials and the money; a coder sees only their own accuracy. */
const managersOnly = { ...tags, ...members('lead', 'biller') };

/** The filters of the insights page; `asOf` (default today) is the day aging is measured from. */
export const InsightQuery = z
  .object({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    payer: plainText(120).optional(),
    person: plainText(120).optional(),
    asOf: IsoDate.optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

const Tally = z.object({ key: z.string(), count: z.number(), amount: z.number() });
const CoderAccuracy = z.object({ coder: z.string(), accepted: z.number(), rejected: z.number(), edited: z.number(), total: z.number(), accuracy: z.number() });
export const Accuracy = z.object({ overall: CoderAccuracy, byCoder: z.array(CoderAccuracy) });
export const InsightsBody = z.object({
  total: z.object({ count: z.number(), amount: z.number() }),
  byOrigin: z.array(Tally),
  topCarcs: z.array(Tally),
  topPayers: z.array(Tally),
  byMonth: z.array(Tally),
  atStake: z.object({ open: z.number(), openCount: z.number(), recovered: z.number(), writtenOff: z.number() }),
  aging: z.array(Tally),
  appeals: z.object({
    'paid-on-appeal': z.number(),
    upheld: z.number(),
    corrected: z.number(),
    'written-off': z.number(),
    open: z.number(),
    overturnRate: z.number().nullable(),
  }),
  accuracy: Accuracy,
  asOf: z.string(),
  /** What the page's payer and person filters offer: every payer and person in the team's data. */
  options: z.object({ payers: z.array(z.string()), people: z.array(z.string()) }),
});

const managers = { ...authErrors, 403: err('coders see their own accuracy at /insights/accuracy') };

export const insightsRoute = createRoute({
  method: 'get',
  path: '/insights',
  ...managersOnly,
  summary: "Practice insights over the team's denials and coding decisions (leads and billers): origin, CARCs, payers, stake, aging, appeals, accuracy",
  request: { query: InsightQuery },
  responses: { 200: json(InsightsBody, 'insights'), ...managers },
});

export const insightsCsvRoute = createRoute({
  method: 'get',
  path: '/insights.csv',
  ...managersOnly,
  summary: 'The filtered denial records as CSV (leads and billers)',
  request: { query: InsightQuery },
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'RFC 4180 CSV, one row per denial' }, ...managers },
});

export const accuracyRoute = createRoute({
  method: 'get',
  path: '/insights/accuracy',
  ...tags,
  ...members(),
  summary: 'Coding accuracy per coder (any member; a coder gets only their own decisions)',
  request: { query: InsightQuery },
  responses: { 200: json(Accuracy, 'accepted/rejected/edited per coder'), ...authErrors },
});
