import type { CodingDecision, DecisionInput, DenialInput, DenialPatch, DenialRecord, PushResult, StoredDenial } from '../../shared/contracts/denial-record.ts';
import type { Member } from './store.ts';

/** A coder decision as stored: the coder comes from the caller's token, never from the body. */
export interface StoredDecision extends CodingDecision {
  id: string;
  coderId: string;
}

/**
 * Rows written after revision `since`: every denial or decision write takes the team's next
 * insights revision (under the team's lock, so revisions commit in order) and stamps its rows,
 * so an instance's cache catches up by reading only what changed.
 */
export interface InsightRows {
  rev: number;
  denials: StoredDenial[];
  decisions: StoredDecision[];
}

/** Denial records and coding decisions: plain metadata, never patient identifiers. */
export interface DenialStore {
  /** Idempotent on the client id: a replay leaves the stored record as it was (created: false). */
  addDenials(teamId: string, author: Member, records: DenialInput[]): Promise<PushResult[]>;
  /** null when the id is unknown in this team (another team's id looks the same). */
  updateDenial(teamId: string, id: string, patch: DenialPatch): Promise<StoredDenial | null>;
  /** One payer's denials with `after < deniedOn <= to` (the denial-memory window). */
  denialsForPayer(teamId: string, payerNorm: string, after: string, to: string): Promise<DenialRecord[]>;
  addDecisions(teamId: string, coder: Member, decisions: DecisionInput[]): Promise<PushResult[]>;
  insightRowsSince(teamId: string, rev: number): Promise<InsightRows>;
}

/** Payer names compare trimmed, with single spaces, case-insensitively (as insights and memory do). */
export const payerNorm = (p: string) => p.trim().replace(/\s+/g, ' ').toLowerCase();

/** Array columns arrive as JSON text from a plain SELECT, already parsed from `denialJsonArray`. */
type ArrayCell = string | string[];
export interface DenialRow {
  id: string;
  claim_key: string | null;
  payer: string;
  codes: ArrayCell;
  modifiers: ArrayCell;
  carc: ArrayCell;
  rarc: ArrayCell;
  origin: DenialRecord['origin'];
  denied_on: string;
  outcome: DenialRecord['outcome'] | null;
  amount: number | string;
  owner: DenialRecord['owner'] | null;
  assignee: string | null;
  due_date: string | null;
  resolved_on: string | null;
  created_by: string;
  updated_at: string;
  rev: number | string;
}
export interface DecisionRow {
  id: string;
  coder_id: string;
  coder: string;
  decision: CodingDecision['decision'];
  at: string;
  rev: number | string;
}

/** Insert columns of a denial, in the order of `denialValues`. */
export const denialColumns = [
  'team_id',
  'id',
  'claim_key',
  'payer',
  'payer_norm',
  'codes',
  'modifiers',
  'carc',
  'rarc',
  'origin',
  'denied_on',
  'outcome',
  'amount',
  'owner',
  'assignee',
  'due_date',
  'resolved_on',
  'created_by',
  'updated_at',
  'rev',
] as const;

export function denialValues(teamId: string, r: DenialInput, author: Member, at: string, rev: number): unknown[] {
  return [
    teamId,
    r.id,
    r.claimKey ?? null,
    r.payer,
    payerNorm(r.payer),
    JSON.stringify(r.codes),
    JSON.stringify(r.modifiers),
    JSON.stringify(r.carc),
    JSON.stringify(r.rarc),
    r.origin,
    r.deniedOn,
    r.outcome ?? null,
    r.amount,
    r.owner ?? null,
    r.assignee ?? null,
    r.dueDate ?? null,
    r.resolvedOn ?? null,
    author.id,
    at,
    rev,
  ];
}

export const decisionColumns = ['team_id', 'id', 'coder_id', 'coder', 'system', 'code', 'decision', 'at', 'day', 'rev'] as const;

export const decisionValues = (teamId: string, d: DecisionInput, coder: Member, rev: number): unknown[] => [
  teamId,
  d.id,
  coder.id,
  coder.name,
  d.system,
  d.code,
  d.decision,
  d.at,
  d.at.slice(0, 10),
  rev,
];

const list = (c: ArrayCell): string[] => (typeof c === 'string' ? (JSON.parse(c) as string[]) : c);

// Optional fields are left out rather than set to null, as the client sent them.
export function toDenial(r: DenialRow): StoredDenial {
  const d: StoredDenial = {
    id: r.id,
    claimKey: r.claim_key,
    payer: r.payer,
    codes: list(r.codes),
    modifiers: list(r.modifiers),
    carc: list(r.carc),
    rarc: list(r.rarc),
    origin: r.origin,
    deniedOn: r.denied_on,
    outcome: r.outcome ?? null,
    amount: Number(r.amount),
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
  if (r.owner) d.owner = r.owner;
  if (r.assignee !== null) d.assignee = r.assignee;
  if (r.due_date !== null) d.dueDate = r.due_date;
  if (r.resolved_on !== null) d.resolvedOn = r.resolved_on;
  return d;
}

export const toDecision = (r: DecisionRow): StoredDecision => ({ id: r.id, coderId: r.coder_id, coder: r.coder, decision: r.decision, at: r.at });

/** SET clause pieces of a patch: only the fields given change. */
export function patchAssignments(p: DenialPatch): [string, unknown][] {
  const out: [string, unknown][] = [];
  if (p.outcome !== undefined) out.push(['outcome', p.outcome]);
  if (p.resolvedOn !== undefined) out.push(['resolved_on', p.resolvedOn]);
  if (p.assignee !== undefined) out.push(['assignee', p.assignee]);
  return out;
}

/** Columns the insights cache and the memory query read (no payer_norm, no team_id). */
export const denialSelect =
  'id, claim_key, payer, codes, modifiers, carc, rarc, origin, denied_on, outcome, amount, owner, assignee, due_date, resolved_on, created_by, updated_at, rev';

/**
 * SQLite (and D1) build each row as one JSON array in C: reading 100,000 rows this way took a
 * fifth of the time better-sqlite3 spends making a 20-property object per row.
 */
export const denialJsonArray = `json_array(id, claim_key, payer, json(codes), json(modifiers), json(carc), json(rarc), origin, denied_on,
  outcome, amount, owner, assignee, due_date, resolved_on, created_by, updated_at)`;
export const decisionJsonArray = 'json_array(id, coder_id, coder, decision, at)';

type Cell = string | number | null;
export function denialFromJson(text: string): StoredDenial {
  const [id, claimKey, payer, codes, modifiers, carc, rarc, origin, deniedOn, outcome, amount, owner, assignee, dueDate, resolvedOn, createdBy, updatedAt] =
    JSON.parse(text) as [
      string,
      string | null,
      string,
      string[],
      string[],
      string[],
      string[],
      DenialRecord['origin'],
      string,
      DenialRecord['outcome'],
      number,
      ...Cell[],
    ];
  return toDenial({
    id,
    claim_key: claimKey,
    payer,
    codes,
    modifiers,
    carc,
    rarc,
    origin,
    denied_on: deniedOn,
    outcome: outcome ?? null,
    amount,
    owner: owner as DenialRow['owner'],
    assignee: assignee as string | null,
    due_date: dueDate as string | null,
    resolved_on: resolvedOn as string | null,
    created_by: createdBy as string,
    updated_at: updatedAt as string,
    rev: 0,
  });
}
export function decisionFromJson(text: string): StoredDecision {
  const [id, coderId, coder, decision, at] = JSON.parse(text) as [string, string, string, CodingDecision['decision'], string];
  return { id, coderId, coder, decision, at };
}
