import { noEdits, type EditTables } from './edit-tables.ts';

export interface EditFile {
  name: string;
  text: string;
}

/** Placeholder until the CMS-format readers land (issue 5): no tables are applied yet. */
export function readEditTables(_files: EditFile[]): EditTables {
  return noEdits;
}
