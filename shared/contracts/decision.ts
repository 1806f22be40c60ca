import { z } from 'zod';

/** A coder's answer to one suggested code: the one definition the extension, worker and insights share. */
export const Decision = z.enum(['accepted', 'rejected', 'edited']);
export type Decision = z.infer<typeof Decision>;

/** The answer as the overlay shows it beside a suggestion. */
export interface DecisionState {
  decision: Decision;
  editedTo?: string;
}
