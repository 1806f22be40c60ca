import type { Claim, Eligibility } from '../../shared/contracts/claim.ts';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import type { ClaimIdentity } from '../../shared/sync/crypto.ts';

/** What one page shows: a note to code, a claim to check, eligibility, and which claim it is about. */
export interface PageFindings {
  note?: ClinicalDocument;
  claim?: Claim;
  eligibility?: Eligibility;
  /** Member id + date of service: the same on the EHR claim and the payer-portal page. */
  identity?: ClaimIdentity;
}

/**
 * One adapter per site (DESIGN "Site adapters"). `hosts` are the real product's hosts; on
 * loopback (demo and fixture pages) `detect` probes the page structure instead.
 */
export interface SiteAdapter {
  id: string;
  hosts: RegExp[];
  detect(doc: Document): boolean;
  read(doc: Document): PageFindings;
}
