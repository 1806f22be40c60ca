import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { drugMonitoring } from './drug-monitoring.ts';

const cs = kitCodeSets({
  titles: [
    ['Z51.81', true, 'Encounter for therapeutic drug level monitoring'],
    ['Z79.01', true, 'Long term (current) use of anticoagulants'],
    ['I48.19', true, 'Other persistent atrial fibrillation'],
    ['F31.9', true, 'Bipolar disorder, unspecified'],
  ],
});

describe('drugMonitoring (Index: Monitoring, therapeutic drug level Z51.81)', () => {
  it.each([
    [['I48.19', 'Z79.01'], 'On warfarin for persistent AFib. Here for INR check.', ['Z51.81', 'I48.19', 'Z79.01']],
    [['F31.9', 'Z79.01'], 'Seen today for lithium level draw.', ['Z51.81', 'F31.9', 'Z79.01']],
    // No long-term drug coded: an INR is a test, not the visit's monitoring of a drug.
    [['I48.19'], 'Here for INR check.', ['I48.19']],
    // An INR named as a result is no reason for the visit.
    [['I48.19', 'Z79.01'], 'INR 2.4 today, continue warfarin.', ['I48.19', 'Z79.01']],
  ])('%j with "%s" -> %j', (codes, text, want) => expect(runRule(drugMonitoring, codes, text, cs)).toEqual(want));
});
