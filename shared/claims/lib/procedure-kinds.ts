/** Procedure and modifier facts the rules share; numbers only, no CPT descriptors. */

/** E/M services: CPT 99202-99499. */
export const isEvaluationAndManagement = (code: string) => /^99\d{3}$/.test(code) && +code >= 99202 && +code <= 99499;

/**
 * A procedure for modifier 25: CPT surgery section 10004-69990, without routine venipuncture
 * (36415/36416), as CONTRACTS §3.4 reads it. Labs, injections (963xx), ECGs, imaging and therapy
 * sit outside that range, so the range alone excludes them.
 */
export const isSurgeryProcedure = (code: string) =>
  /^\d{5}$/.test(code) && +code >= 10004 && +code <= 69990 && code !== '36415' && code !== '36416';

export const cptShape = /^(\d{5}|\d{4}[FTU])$/;
export const hcpcsShape = /^[A-V]\d{4}$/;

/** CPT (Level I) modifiers: they are not in the HCPCS file, so the project keeps their numbers. */
export const cptModifiers = new Set([
  '22', '23', '24', '25', '26', '27', '32', '33', '47', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59',
  '62', '63', '66', '73', '74', '76', '77', '78', '79', '80', '81', '82', '90', '91', '92', '93', '95', '96', '97', '99',
  'P1', 'P2', 'P3', 'P4', 'P5', 'P6', '1P', '2P', '3P', '8P',
]);

/** Numeric CPT codes exist only in 00100-01999 (anesthesia) and 10004-99607; the rest are unassigned. */
export const inCptRange = (code: string) => !/^\d{5}$/.test(code) || (code >= '00100' && code <= '01999') || (code >= '10004' && code <= '99607');

/** CONTRACTS §3.4: NCCI-associated modifiers that may bypass a PTP edit with indicator 1. */
export const ncciModifiers = new Set([
  '24', '25', '27', '57', '58', '59', '78', '79', '91', 'E1', 'E2', 'E3', 'E4',
  'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'FA', 'LC', 'LD', 'LM', 'LT', 'RC', 'RI', 'RT',
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'TA', 'XE', 'XP', 'XS', 'XU',
]);

/** Anatomic NCCI modifiers: they bypass only when the two lines name different sites. */
export const anatomicModifiers = new Set([...ncciModifiers].filter((m) => !/^\d\d$/.test(m) && !m.startsWith('X')));

/** CMS place-of-service code set (codes in use; the gaps are unassigned). */
export const placesOfService = new Set([
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19',
  '20', '21', '22', '23', '24', '25', '26', '27', '31', '32', '33', '34', '41', '42', '49', '50', '51', '52', '53',
  '54', '55', '56', '57', '58', '60', '61', '62', '65', '66', '71', '72', '81', '99',
]);
