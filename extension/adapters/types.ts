import type { Claim, Eligibility } from '../../shared/contracts/claim.ts';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import type { DenialLine, RemitContext } from '../../shared/contracts/page-denials.ts';
import type { ClaimIdentity } from '../../shared/sync/crypto.ts';
import type { Encounter } from '../page-model/encounter.ts';
import type { PageKind } from '../page-kind/cues.ts';

/** Where the note is on the page and what the page says about the encounter. */
export interface NoteOnPage {
  /**
   * The elements holding the documentation, in reading order (may sit inside same-origin
   * frames). The session extracts their text with a source map, so evidence can be highlighted.
   */
  roots: Element[];
  /** The user's selection: only the text inside it is the note. */
  range?: Range;
  setting?: ClinicalDocument['setting'];
  patient?: ClinicalDocument['patient'];
  dateOfService?: string;
  /** The patient's primary payer as the chart shows it: for the team's denial memory at coding time. */
  payer?: string;
  /** The encounter as the page shows it around the note, with the words each value came from. */
  encounter?: Encounter;
}

export type { DenialLine, RemitContext };

/** What one page shows: a note to code, a claim to check, eligibility, and which claim it is about. */
export interface PageFindings {
  note?: NoteOnPage;
  claim?: Claim;
  /** Claim field path (CONTRACTS §1.2 `field`, e.g. "lines[0].modifiers") -> the input showing it. */
  fields?: Record<string, Element>;
  eligibility?: Eligibility;
  denials?: DenialLine[];
  remit?: RemitContext;
  /** Member id + date of service: the same on the EHR claim and the payer-portal page. */
  identity?: ClaimIdentity;
  /** What the page was decided to be (CONTRACTS §5 `data-page-kind`), and why. */
  kind?: PageKind;
  kindWhy?: string[];
  /** Claim field path -> the field's name as the screen labels it ("Line 1 Mod 1"). */
  labels?: Record<string, string>;
  /** An eligibility response as read (CONTRACTS §5 `data-eligibility`), also when its status is unknown. */
  coverage?: CoverageView;
}

export interface CoverageView {
  status: 'active' | 'inactive' | 'unknown';
  start?: string;
  end?: string;
  memberId?: string;
  payer?: string;
  plan?: string;
}

/**
 * One adapter per site (DESIGN "Site adapters"). `hosts` are the real product's hosts; on
 * loopback (demo and fixture pages) `detect` probes the page structure instead. `read` must not
 * modify the page and may throw: the session catches it and falls back to the generic adapter.
 */
export interface SiteAdapter {
  id: string;
  hosts: RegExp[];
  detect(doc: Document): boolean;
  read(doc: Document): PageFindings;
}
