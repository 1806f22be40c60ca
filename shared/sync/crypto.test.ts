import { describe, expect, it } from 'vitest';
import { claimKey, deriveTeamKeys, openText, sealText } from './crypto.ts';

describe('team crypto', () => {
  it('seals and opens under the same team secret only', async () => {
    const keys = await deriveTeamKeys('secret A');
    const sealed = await sealText(keys, 'E11.22 needs the CKD stage');
    expect(sealed.ct).not.toContain('CKD');
    expect(await openText(keys, sealed)).toBe('E11.22 needs the CKD stage');
    await expect(openText(await deriveTeamKeys('secret B'), sealed)).rejects.toThrow();
  });

  it('gives one claim key per normalized identity and team', async () => {
    const a = await deriveTeamKeys('secret A');
    const k1 = await claimKey(a, { memberId: '1eg4-te5mk73', dateOfService: '2026-11-03' });
    expect(k1).toMatch(/^[0-9a-f]{64}$/);
    expect(await claimKey(a, { memberId: '1EG4TE5MK73 ', dateOfService: '2026-11-03' })).toBe(k1);
    expect(await claimKey(a, { memberId: '1EG4TE5MK73', dateOfService: '2026-11-04' })).not.toBe(k1);
    expect(await claimKey(await deriveTeamKeys('secret B'), { memberId: '1EG4TE5MK73', dateOfService: '2026-11-03' })).not.toBe(k1);
  });
});
