import { selectPayerProfile } from '../../claims/payers/select-profile.ts';

export { kindOfFiling } from '../../x12/claim-filing.ts';

/** Same precedence as a claim's profile (CONTRACTS §3.3), from what an 835 carries. */
export const profileForRemit = selectPayerProfile;
