import type { Rule } from '../rule.ts';

export const priorAuthMissing: Rule = {
  meta: {
    id: 'prior-auth-missing',
    title: 'Prior authorization missing',
    severity: 'error',
    carc: '197',
    description: 'A line that needs prior authorization (eligibility or payer profile) and no authorization number on the claim.',
    source: 'eligibility response / payer profile prior-authorization list',
  },
  check({ claim, eligibility, profile, report }) {
    if (claim.priorAuthorization?.trim()) return;
    const fromElig = new Set(eligibility?.priorAuthRequired ?? []);
    const fromProfile = new Set(profile.priorAuthRequired.map((c) => c.toUpperCase()));
    claim.lines.forEach((line, i) => {
      const code = line.code;
      if (!code || (!fromElig.has(code) && !fromProfile.has(code))) return;
      const by = [fromElig.has(code) ? 'the eligibility response' : '', fromProfile.has(code) ? `payer profile ${profile.id}` : '']
        .filter(Boolean)
        .join(' and ');
      report({
        field: `lines[${i}].code`,
        message: `line ${i + 1}: ${code} requires prior authorization (${by}) and the claim has none`,
        fix: 'enter the authorization number (box 23), or obtain the authorization (retro-authorization if the payer allows) before submitting',
        source: `prior-authorization list: ${by}`,
      });
    });
  },
};
