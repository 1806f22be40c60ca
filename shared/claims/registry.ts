import type { Rule } from './rule.ts';
import { dxInvalid } from './rules/dx-invalid.ts';
import { npiInvalid } from './rules/npi-invalid.ts';
import { requiredField } from './rules/required-field.ts';

/** Every rule, sorted by id; registry.test.ts fails when a rule file is missing here. */
export const rules: Rule[] = [dxInvalid, npiInvalid, requiredField].sort((a, b) =>
  a.meta.id.localeCompare(b.meta.id),
);
