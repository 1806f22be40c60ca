import type { Eligibility } from '../../shared/contracts/claim.ts';
import { isoDate, textOf } from '../dom/dom-read.ts';
import { claimStatusRoot, readClaimStatus } from './availity-claim-status.ts';
import type { PageFindings, SiteAdapter } from './types.ts';

// Availity Essentials eligibility and benefits results: a coverage card whose details are
// labelled with data-field attributes. Claim status results (same host) are read by
// availity-claim-status.ts.
const field = (name: string) => `#eligibility-result [data-field="${name}"]`;

export const availity: SiteAdapter = {
  id: 'availity',
  hosts: [/(^|\.)availity\.com$/],
  detect: (doc) => !!doc.querySelector(`#eligibility-result, ${claimStatusRoot}`),
  read(doc): PageFindings {
    const status = readClaimStatus(doc);
    if (status && !doc.querySelector('#eligibility-result')) return status;
    const memberId = textOf(doc, field('member-id'));
    const serviceDate = isoDate(textOf(doc, field('service-date')));
    const [last, first] = (textOf(doc, field('patient-name')) ?? '').split(',').map((s) => s.trim());
    const eligibility: Eligibility = {
      memberId: memberId ?? null,
      firstName: first ?? null,
      lastName: last ?? null,
      dob: isoDate(textOf(doc, field('dob'))) ?? null,
      status: /active/i.test(textOf(doc, field('coverage-status')) ?? '') ? 'active' : 'inactive',
      coverageStart: isoDate(textOf(doc, field('coverage-start'))) ?? null,
      coverageEnd: isoDate(textOf(doc, field('coverage-end'))) ?? null,
      inNetwork: /in network/i.test(textOf(doc, field('network')) ?? ''),
      priorAuthRequired: [...doc.querySelectorAll<HTMLElement>('[data-prior-auth]')].map((el) => el.dataset.priorAuth ?? '').filter(Boolean),
      referralRequired: null,
    };
    return {
      eligibility,
      ...(memberId && serviceDate && { identity: { memberId, dateOfService: serviceDate } }),
    };
  },
};
