import { expect, test } from 'vitest';
import { claimLabels, diagnosisIndex, lineColumns, payerKindOf } from './claim-labels.ts';
import { coverageStatus } from './eligibility-labels.ts';
import { labelKey } from './labelled-values.ts';

const fieldOf = (rules: typeof claimLabels, label: string) => rules.find((r) => r.patterns.some((p) => p.test(labelKey(label))))?.field;

test.each([
  ["1a. INSURED'S I.D. NUMBER", 'patient.memberId'],
  ['Subscriber ID', 'patient.memberId'],
  ['Medicaid ID #', 'patient.memberId'],
  ["2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", 'patient.name'],
  ['DOB:', 'patient.dob'],
  ['Gender', 'patient.sex'],
  ['11c. Insurance Plan Name or Program Name', 'payer.name'],
  ['Primary Insurance', 'payer.name'],
  ['Payer ID', 'payer.payerId'],
  ['POS', 'placeOfService'],
  ['24J. Rendering Provider ID. #', 'renderingProvider.npi'],
  ['Servicing Provider NPI', 'renderingProvider.npi'],
  ['33a. NPI', 'billingProvider.npi'],
  ['Group NPI', 'billingProvider.npi'],
  ['23. Prior Authorization Number', 'priorAuthorization'],
  ['Auth #', 'priorAuthorization'],
  ['Group Number', undefined],
  ['Chart #', undefined],
])('claim label %j -> %s', (label, field) => {
  expect(fieldOf(claimLabels, label)).toBe(field);
});

test.each([
  ['24A. Date(s) of Service From', 'dateOfService'],
  ['DOS', 'dateOfService'],
  ['24B. Place of Service', 'placeOfService'],
  ['24D. CPT/HCPCS', 'code'],
  ['Mod 2', 'modifiers'],
  ['24E. Diagnosis Pointer', 'diagnosisPointers'],
  ['Dx Ptr', 'diagnosisPointers'],
  ['24F. $ Charges', 'charge'],
  ['Price', 'charge'],
  ['24G. Days or Units', 'units'],
  ['Qty', 'units'],
  ['ICD-10 Code', undefined],
  ['Description', undefined],
])('line column %j -> %s', (header, field) => {
  expect(fieldOf(lineColumns, header)).toBe(field);
});

test.each([
  ['a.', 0],
  ['21C', 2],
  ['Dx 1', 0],
  ['Diagnosis 4', 3],
  ['ICD-10 12', 11],
  ['L', 11],
  ['icd-10', undefined],
  ['m', undefined],
  ['Dx 13', undefined],
])('diagnosis label %j -> position %s', (label, index) => {
  expect(diagnosisIndex(labelKey(label))).toBe(index);
});

test.each([
  ['Medicare Part B', 'medicare'],
  ['Aetna Medicare Advantage PPO', 'medicare-advantage'],
  ['State Medicaid', 'medicaid'],
  ['TRICARE East', 'tricare'],
  ["Workers' Comp - Liberty", 'workers-comp'],
  ['Blue Cross Blue Shield of Texas', 'commercial'],
])('payer %j is %s (CMS-1500 item 1 program types)', (name, kind) => {
  expect(payerKindOf(name)).toBe(kind);
});

test.each([
  ['Active Coverage', 'active'],
  ['Eligible', 'active'],
  ['Terminated', 'inactive'],
  ['Inactive', 'inactive'],
  ['Not eligible on date of service', 'inactive'],
  ['Coverage Dates', 'unknown'],
  ['', 'unknown'],
])('coverage status %j -> %s (X12 271 EB01 words)', (text, status) => {
  expect(coverageStatus(text)).toBe(status);
});
