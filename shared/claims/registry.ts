import type { Rule } from './rule.ts';
import { addOnWithoutPrimary } from './rules/add-on-without-primary.ts';
import { coverageInactive } from './rules/coverage-inactive.ts';
import { duplicateLine } from './rules/duplicate-line.ts';
import { dxAgeConflict } from './rules/dx-age-conflict.ts';
import { dxExcludes1 } from './rules/dx-excludes1.ts';
import { dxInvalid } from './rules/dx-invalid.ts';
import { dxManifestationFirst } from './rules/dx-manifestation-first.ts';
import { dxNotBillable } from './rules/dx-not-billable.ts';
import { dxPointer } from './rules/dx-pointer.ts';
import { dxSexConflict } from './rules/dx-sex-conflict.ts';
import { dxUnspecified } from './rules/dx-unspecified.ts';
import { lateralityConflict } from './rules/laterality-conflict.ts';
import { medicalNecessity } from './rules/medical-necessity.ts';
import { memberMismatch } from './rules/member-mismatch.ts';
import { modifier25Missing } from './rules/modifier-25-missing.ts';
import { modifierInvalid } from './rules/modifier-invalid.ts';
import { mue } from './rules/mue.ts';
import { ncciPtp } from './rules/ncci-ptp.ts';
import { npiInvalid } from './rules/npi-invalid.ts';
import { posInvalid } from './rules/pos-invalid.ts';
import { priorAuthMissing } from './rules/prior-auth-missing.ts';
import { procInvalid } from './rules/proc-invalid.ts';
import { requiredField } from './rules/required-field.ts';
import { timelyFiling } from './rules/timely-filing.ts';

/** Every rule, sorted by id; registry.test.ts fails when a rule file is missing here. */
export const rules: Rule[] = [
  addOnWithoutPrimary,
  coverageInactive,
  duplicateLine,
  dxAgeConflict,
  dxExcludes1,
  dxInvalid,
  dxManifestationFirst,
  dxNotBillable,
  dxPointer,
  dxSexConflict,
  dxUnspecified,
  lateralityConflict,
  medicalNecessity,
  memberMismatch,
  modifier25Missing,
  modifierInvalid,
  mue,
  ncciPtp,
  npiInvalid,
  posInvalid,
  priorAuthMissing,
  procInvalid,
  requiredField,
  timelyFiling,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
