import type { ThreadPatch } from '../../shared/contracts/handoff.ts';
import type { Decision, DecisionState } from '../../shared/contracts/decision.ts';
import type { PageKind } from '../page-kind/cues.ts';
import type { Suggestion } from '../../shared/contracts/suggestion.ts';
import type { EncounterPatch } from './encounter-panel.tsx';

export type { DecisionState };

/** What the overlay can ask the page session to do; the side panel passes a subset. */
export interface OverlayActions {
  showEvidence?(start: number, end: number): void;
  decide?(s: Suggestion, decision: Decision, editedTo?: string): void;
  sendNote?(text: string): Promise<void>;
  updateThread?(patch: ThreadPatch): Promise<void>;
  sendDenials?(): Promise<void>;
  /** "Teach this page": point at the note area once for this site, or forget it. */
  teach?(what: 'note' | 'claim'): void;
  pick?(el: Element): void;
  cancelTeach?(): void;
  forgetTaught?(): void;
  /** The user's correction of the encounter read from the page: the note is coded again with it. */
  correctEncounter?(patch: EncounterPatch): void;
  /** Teach-a-claim: point at one claim field, undo the last pointing, correct a value as read. */
  teachClaimField?(key: string, label: string): void;
  undoTeach?(): void;
  editField?(path: string, value: string): void;
  /** Correct the page kind for this site (undefined: decide from the page again). */
  setKind?(kind: PageKind | undefined): void;
}
