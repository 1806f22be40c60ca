/**
 * The thread vocabulary without zod, so UI code in a content script can list the choices without
 * pulling the schema library into the page bundle. handoff.ts builds its schemas from these.
 */
export const threadStatuses = ['open', 'waiting-on-coder', 'waiting-on-biller', 'resolved'] as const;
export const rootCauses = ['coding', 'billing', 'registration', 'payer'] as const;
