import type { AgingBucket } from '../../../shared/denials/insights.ts';

/** The page's words for the contract's keys (the project's own category words). */
export const originLabels: Record<string, string> = {
  coding: 'Coding',
  billing: 'Billing',
  registration: 'Registration',
  authorization: 'Authorization',
  'payer-policy': 'Payer policy',
  'patient-responsibility': 'Patient responsibility',
  informational: 'Informational',
};
export const agingLabels: Record<AgingBucket, string> = {
  overdue: 'Overdue',
  'due-7': 'Due in 0–7 days',
  'due-30': 'Due in 8–30 days',
  later: 'Due in 31+ days',
  'no-deadline': 'No deadline',
};
export const outcomeLabels: Record<string, string> = {
  'paid-on-appeal': 'Paid on appeal',
  upheld: 'Upheld',
  corrected: 'Corrected and paid',
  'written-off': 'Written off',
  open: 'Still open',
};
/** Colour-blind-safe hues (Okabe–Ito), each dark enough for white labels beside it. */
export const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7f7f7f'];
export const agingColors: Record<AgingBucket, string> = {
  overdue: '#b42318',
  'due-7': '#D55E00',
  'due-30': '#E69F00',
  later: '#0072B2',
  'no-deadline': '#7f7f7f',
};

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
export const money = (n: number) => usd.format(n);
export const count = (n: number) => n.toLocaleString('en-US');
export const month = (key: string) => {
  const [y, m] = key.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' });
};
