import { describe, expect, it } from 'vitest';
import { cellOf } from './drug-table.ts';
import { poisoningIntent } from './intent.ts';

describe('poisoningIntent (I.C.19.e.5.b)', () => {
  it.each([
    ['Acetaminophen overdose', 'accidental'],
    ['Accidental ingestion of metoprolol', 'accidental'],
    ['Unintentional fentanyl overdose', 'accidental'],
    ['Intentional overdose of sertraline', 'self-harm'],
    ['Overdose, suicide attempt', 'self-harm'],
    ['Self-inflicted poisoning', 'self-harm'],
    ['Poisoning by partner, assault', 'assault'],
    ['Ingestion, intent cannot be determined', 'undetermined'],
    ['Overdose of undetermined intent', 'undetermined'],
    // "Unknown" intent is accidental; "undetermined" only when the record says it cannot be determined.
    ['Overdose, intent unknown', 'accidental'],
    // A denied intent documents none.
    ['Overdose, not intentional', 'accidental'],
    ['Overdose, denies suicidal intent', 'accidental'],
  ])('%s -> %s', (statement, column) => expect(poisoningIntent(statement).column).toBe(column));
});

describe('cellOf: the Table cell behind a completed code', () => {
  it.each([
    ['T39.1X2A', 'T391X2'],
    ['T63.441A', 'T63441'],
    ['T63.91XA', 'T6391'],
    ['T40.411D', 'T40411'],
  ])('%s -> %s', (code, cell) => expect(cellOf(code)).toBe(cell));
});
