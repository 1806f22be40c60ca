import { expect, test } from 'vitest';
import type { SuggestResult } from '../../../shared/contracts/suggestion.ts';
import { pageKindOf, siteLabel } from './page-kind.ts';

const suggest = { codeSet: { icd10cm: 'FY2027', hcpcs: 'none', cpt: 'none' }, suggestions: [], suppressed: [], queries: [] } as unknown as SuggestResult;

test.each([
  ['the overlay decided', { pageKind: 'remittance', suggest }, 'remittance'],
  ['codes were suggested', { suggest }, 'note'],
  ['claim flags', { flags: [] }, 'claim'],
  ['nothing yet', {}, undefined],
])('page kind when %s', (_name, view, kind) => expect(pageKindOf(view)).toBe(kind));

test.each([
  ['https://portal.example.com/*', 'portal.example.com'],
  ['http://127.0.0.1/*', '127.0.0.1'],
])('%s reads as %s', (pattern, label) => expect(siteLabel(pattern)).toBe(label));
