/**
 * ICD-10-CM categories of chronic illnesses (expected to last a year or more, or until death:
 * the AMA's definition for medical decision making). The 2021 E/M rules grade problems by it:
 * one stable chronic illness is low, two or more, or one with exacerbation or progression, moderate.
 */
const chronicCategories = new Set([
  'B18', 'B20', 'D50', 'D56', 'D57', 'D61', 'D68', 'E03', 'E05', 'E06', 'E10', 'E11', 'E13', 'E21', 'E22', 'E23', 'E24', 'E27',
  'E28', 'E66', 'E78', 'E83', 'E84', 'F01', 'F02', 'F03', 'F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F19', 'F20', 'F25',
  'F31', 'F32', 'F33', 'F34', 'F40', 'F41', 'F42', 'F43', 'F50', 'F84', 'F90', 'G20', 'G25', 'G30', 'G35', 'G40', 'G43', 'G47', 'G60',
  'G62', 'G70', 'G89', 'H40', 'I05', 'I06', 'I10', 'I11', 'I12', 'I13', 'I15', 'I20', 'I25', 'I27', 'I34', 'I35', 'I42', 'I47', 'I48',
  'I50', 'I65', 'I69', 'I70', 'I73', 'I83', 'I87', 'J30', 'J31', 'J32', 'J35', 'J41', 'J42', 'J43', 'J44', 'J45', 'J47', 'J84',
  'K21', 'K50', 'K51', 'K58', 'K70', 'K73', 'K74', 'K75', 'K76', 'K86', 'L20', 'L40', 'L70', 'L71', 'L80', 'M05', 'M06',
  'M08', 'M10', 'M15', 'M16', 'M17', 'M18', 'M19', 'M32', 'M35', 'M45', 'M47', 'M48', 'M50', 'M51', 'M81', 'N18', 'N31',
  'N32', 'N40', 'N80', 'N81',
]);

export function isChronic(code: string): boolean {
  return chronicCategories.has(code.slice(0, 3));
}
