import { z } from 'zod';
import { Claim, Eligibility } from '../../shared/contracts/claim.ts';
import type { Flag } from '../../shared/contracts/flag.ts';
import { ThreadPatch, type ThreadState } from '../../shared/contracts/handoff.ts';
import { Decision, type DecisionState } from '../../shared/contracts/decision.ts';
import { DenialLine, RemitContext } from '../../shared/contracts/page-denials.ts';
import { ClinicalDocument, type SuggestResult } from '../../shared/contracts/suggestion.ts';
import type { DenialPattern } from '../../shared/denials/memory.ts';
import type { LineReport } from '../../shared/denials/triage/triage-remit.ts';
import type { InsightsBody } from '../../shared/contracts/api/insights.ts';

/**
 * The one typed message protocol between content scripts / extension pages and the background.
 * Requests are validated with these schemas when they arrive in the background; the content
 * script only imports the types (no zod in the page bundle).
 */
const FrameEncounter = z.object({
  setting: z.enum(['office', 'ed', 'urgent-care', 'telehealth', 'inpatient-progress', 'procedure', 'consult']).optional(),
  age: z.number().int().min(0).max(130).optional(),
  sex: z.enum(['F', 'M', 'U']).optional(),
  dateOfService: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
const InsightFilters = z
  .object({
    from: z.string().max(10).optional(),
    to: z.string().max(10).optional(),
    payer: z.string().max(120).optional(),
    person: z.string().max(120).optional(),
  })
  .strict();
const Identity = z.object({ memberId: z.string().min(1), dateOfService: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

export const requestSchemas = {
  suggest: z.object({ doc: ClinicalDocument }),
  check: z.object({ claim: Claim, eligibility: Eligibility.nullable() }),
  eligibilitySeen: z.object({ eligibility: Eligibility }),
  latestResults: z.object({}),
  handoffList: z.object({ identity: Identity }),
  handoffAdd: z.object({ identity: Identity, text: z.string().trim().min(1).max(20_000) }),
  handoffUpdate: z.object({ identity: Identity, patch: ThreadPatch }),
  triageDenials: z.object({ denials: z.array(DenialLine).max(200), remit: RemitContext }),
  denialMemory: z.object({ payer: z.string().min(1).max(120), codes: z.array(z.string().max(12)).max(50), modifiers: z.array(z.string().max(4)).max(50) }),
  denialToThread: z.object({ identity: Identity, denials: z.array(DenialLine).min(1).max(200), remit: RemitContext }),
  decide: z.object({
    docKey: z.string().min(1).max(64),
    system: z.enum(['ICD-10-CM', 'CPT', 'HCPCS']),
    code: z.string().min(1).max(12),
    decision: Decision,
    editedTo: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9.]{3,10}$/, 'not a code')
      .optional(),
  }),
  decisionsFor: z.object({ docKey: z.string().min(1).max(64) }),
  // A frame of another origin reads its own note (its content script runs there with the site's
  // permission) and hands it to the tab's top frame, which codes it; evidence goes back to it.
  frameNote: z.object({ text: z.string().max(500_000), selected: z.boolean(), encounter: FrameEncounter }),
  showInFrame: z.object({ frameId: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(0) }),
  decisionStats: z.object({}),
  cptImport: z.object({ entries: z.array(z.tuple([z.string().regex(/^\d{4}[0-9FTU]$/), z.string().min(1).max(2000)])).max(20_000) }),
  cptStatus: z.object({}),
  teamStatus: z.object({}),
  teamJoin: z.object({ invite: z.string().min(10), name: z.string().max(120).optional() }),
  insights: z.object({ filters: InsightFilters }),
  insightsCsv: z.object({ filters: InsightFilters }),
  teamLeave: z.object({}),
  cptClear: z.object({}),
  // The toolbar action (extension/entrypoints/popup): run on the active tab, report what was found.
  actionRun: z.object({}),
  settingsView: z.object({}),
  settingsUpdate: z.object({
    sync: z.boolean().optional(),
    codeSetYear: z
      .string()
      .regex(/^FY\d{4}$/, 'must look like FY2027')
      .nullable()
      .optional(),
  }),
} as const;

/** The insights page's filters, only those that are set (the worker checks them: shared/contracts/api/insights.ts). */
export type InsightsReply = z.infer<typeof InsightsBody>;

export type RequestType = keyof typeof requestSchemas;
export type RequestOf<K extends RequestType> = z.input<(typeof requestSchemas)[K]>;

export interface HandoffNoteView {
  id: string;
  text: string;
  authorRole: string;
  createdAt: string;
  pending: boolean;
}

export interface HandoffView {
  joined: boolean;
  notes: HandoffNoteView[];
  /** Status, root cause, CARC/RARC and due date of the thread; absent when never loaded. */
  thread?: ThreadState;
  /** Set when a thread update lost a race: the thread shown is the current one. */
  conflict?: string;
  /** Set when the worker could not be reached: notes wait in the outbox. */
  offline?: string;
}

export interface DecisionStats {
  total: number;
  accepted: number;
  rejected: number;
  edited: number;
  bySystem: Record<string, { accepted: number; rejected: number; edited: number }>;
}

export interface TeamStatus {
  joined: boolean;
  workerUrl?: string;
  role?: string;
  teamId?: string;
  teamName?: string;
}

/** What the toolbar popup shows for the active tab. */
export interface ActionView {
  url?: string;
  /** The tab's site as a permission pattern (https://host/*); absent on pages no extension may run on. */
  site?: string;
  /** true when Chartside runs on this site without a click (loopback, or the user's "always"). */
  alwaysOn: boolean;
  /** Listed by the organization's policy but not yet allowed by the user. */
  managedPending: boolean;
  pageKind?: string;
  suggest?: SuggestResult;
  flags?: Flag[];
  /** Why Chartside cannot run here (browser pages, the web store, a refused injection). */
  error?: string;
}

export interface SettingsView {
  team: TeamStatus;
  sync: boolean;
  codeSetYear?: string;
  /** The worker's answer to GET /healthz, or why it could not be reached. */
  health?: { ok: boolean; detail: string };
  /** Policy keys an administrator set: these inputs are read-only. */
  locked: string[];
  managed: { workerUrl?: string; sites?: string[]; sync?: boolean; codeSetYear?: string; enrollment?: boolean };
  /** Policy values refused and enrolment failures, each naming its key. */
  problems: string[];
  /** Managed sites still waiting for the user's OK of the browser prompt. */
  pendingSites: string[];
}

export interface ResponseMap {
  suggest: SuggestResult;
  check: { flags: Flag[]; memory: DenialPattern[] };
  denialMemory: DenialPattern[];
  eligibilitySeen: { ok: true };
  latestResults: { url?: string; suggest?: SuggestResult; flags?: Flag[] };
  handoffList: HandoffView;
  handoffAdd: HandoffView;
  handoffUpdate: HandoffView;
  triageDenials: LineReport[];
  denialToThread: HandoffView;
  decide: Record<string, DecisionState>;
  decisionsFor: Record<string, DecisionState>;
  frameNote: { delivered: boolean };
  showInFrame: { ok: true };
  decisionStats: DecisionStats;
  cptImport: { count: number };
  cptStatus: { count: number };
  teamStatus: TeamStatus;
  teamJoin: TeamStatus;
  insights: InsightsReply;
  insightsCsv: { csv: string };
  teamLeave: TeamStatus;
  cptClear: { count: number };
  actionRun: ActionView;
  settingsView: SettingsView;
  settingsUpdate: SettingsView;
}

export type Envelope = { [K in RequestType]: { type: K; payload: RequestOf<K> } }[RequestType];
export type Reply<K extends RequestType> = { ok: true; value: ResponseMap[K] } | { ok: false; error: string };
