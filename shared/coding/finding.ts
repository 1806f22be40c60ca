import type { Status } from './context/assess.ts';
import type { SectionKind } from './note/sections.ts';

/** One coded concept found in the note, before the guideline modules decide what is reported. */
export interface Finding {
  code: string; // dotted
  title: string;
  start: number;
  end: number;
  /** Order of the statement in the note's assessment (first-listed candidates come first). */
  order: number;
  /** The whole statement the finding came from (organism, encounter and laterality rules read it). */
  stmt?: { start: number; end: number };
  section: SectionKind;
  status: Status;
  score: number;
  why: string[];
  /** Codes this finding was combined into or replaced by (kept for the explanation). */
  source: 'title' | 'lexicon' | 'status' | 'drug' | 'rule';
  /** Set when a guideline module drops it: the reason goes to `suppressed`. */
  dropped?: {
    reason: 'integral-symptom' | 'excludes1' | 'other' | 'negated' | 'history' | 'family-history' | 'uncertain' | 'hypothetical' | 'resolved';
    why: string;
  };
  recommended?: boolean;
}

export interface Query {
  topic: string;
  message: string;
  start: number;
  end: number;
}
