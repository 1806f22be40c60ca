import { describe, expect, it } from 'vitest';
import { bmiCode } from './bmi.ts';

describe('bmiCode (adult Z68)', () => {
  it.each([
    [18.1, 'Z68.1'],
    [24.9, 'Z68.24'],
    [32.4, 'Z68.32'],
    [36.3, 'Z68.36'],
    [39.99, 'Z68.39'],
    [40, 'Z68.41'],
    [47, 'Z68.42'],
    [55, 'Z68.43'],
    [65, 'Z68.44'],
    [72, 'Z68.45'],
  ])('BMI %s -> %s', (bmi, code) => expect(bmiCode(bmi)).toBe(code));
});
