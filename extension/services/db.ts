import Dexie, { type EntityTable } from 'dexie';
import type { Eligibility } from '../../shared/contracts/claim.ts';
import type { Flag } from '../../shared/contracts/flag.ts';
import type { Sealed } from '../../shared/contracts/handoff.ts';
import type { Decision } from '../../shared/contracts/decision.ts';
import type { SuggestResult } from '../../shared/contracts/suggestion.ts';
import { newClientId } from '../../shared/sync/ids.ts';

export interface PageResult {
  url: string;
  updatedAt: number;
  suggest?: SuggestResult;
  flags?: Flag[];
}

/** A note written while the worker may be unreachable: kept until the worker acknowledges it. */
export interface OutboxNote {
  id: string;
  claimKey: string;
  body: Sealed;
  text: string;
  createdAt: string;
}

export interface SeenEligibility {
  key: string; // normalized member id
  eligibility: Eligibility;
  seenAt: number;
}

/** A coder's choice on one suggested code: only the code and the choice, never note text. */
export interface CodeDecision {
  key: string; // docKey|system:code
  docKey: string;
  system: string;
  code: string;
  decision: Decision;
  editedTo?: string;
  at: number;
  /** Client id of this choice for the worker (idempotent sends), and whether it was sent. */
  id: string;
  synced: 0 | 1;
}

/** IndexedDB of the extension's own origin (the background owns it, never a content script). */
export const db = new Dexie('chartside') as Dexie & {
  results: EntityTable<PageResult, 'url'>;
  outbox: EntityTable<OutboxNote, 'id'>;
  eligibility: EntityTable<SeenEligibility, 'key'>;
  decisions: EntityTable<CodeDecision, 'key'>;
  cpt: EntityTable<{ code: string; descriptor: string }, 'code'>;
};

db.version(1).stores({
  results: 'url, updatedAt',
  outbox: 'id, claimKey, createdAt',
  eligibility: 'key, seenAt',
});
db.version(2).stores({ decisions: 'key, docKey, at' });
db.version(3).stores({ cpt: 'code' }); // the user's licensed CPT descriptors, if imported
db.version(4)
  .stores({ decisions: 'key, docKey, at, synced' })
  .upgrade((tx) =>
    tx
      .table('decisions')
      .toCollection()
      .modify((d: CodeDecision) => {
        d.id ??= newClientId();
        d.synced ??= 0;
      }),
  );
