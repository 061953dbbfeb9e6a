// The routing most health systems start from, in precedence order: risk first, then the site's own team.
import type { RoutingRule } from './schema.js';

export const DEFAULT_RULES: RoutingRule[] = [
  {
    id: 'crisis',
    name: 'Crisis: page social media and risk on call at once',
    when: { risks: ['crisis'] },
    then: [
      { setPriority: 'urgent', addTags: ['crisis'], startClocks: ['crisis_response'], assignOncall: 'social_media' },
      { notify: { oncall: [{ function: 'social_media' }, { function: 'risk_management' }], urgent: true, reason: 'Possible crisis in a public post' } },
    ],
  },
  {
    id: 'harm-or-legal',
    name: 'Harm or legal risk: risk management owns it, replies need approval',
    when: { risks: ['harm', 'legal'] },
    then: [
      // Risk management, which owns the case, approves what is said in public (administrators always may).
      { assignTeamByFunction: 'risk_management', setPriority: 'high', openRiskReview: true, requireApproval: { roles: ['risk_manager'] } },
      // The site's patient-experience team stays informed (central when the site is unknown): the patient still
      // needs someone to talk to while risk reviews.
      { notify: { teams: ['site'], reason: 'Informed: risk management is reviewing this case' } },
    ],
  },
  {
    id: 'in-the-building',
    name: 'Patient on site now: page the on-duty patient representative',
    when: { complaint: true, timing: ['now'], siteKnown: true },
    then: [
      { setPriority: 'urgent', addTags: ['in_building'] },
      { notify: { oncall: [{ function: 'patient_experience' }], urgent: true, reason: 'The reviewer is at the site right now; go and find them' } },
    ],
  },
  {
    id: 'billing',
    name: 'Billing: patient financial services',
    when: { complaint: true, categories: ['billing'] },
    then: [{ assignTeamByFunction: 'patient_financial_services' }],
  },
  {
    id: 'praise',
    name: 'Praise: recognition queue, named staff to their manager',
    when: { complaint: false, sentiment: { above: 0 } },
    then: [
      { assignTeamByFunction: 'recognition', setPriority: 'low', addTags: ['praise'] },
      { notify: { managers: ['site'], reason: 'Praise for your staff' } },
    ],
    stop: true,
  },
  {
    id: 'hospital',
    name: 'Hospitals: patient representatives',
    when: { complaint: true, siteKinds: ['hospital'] },
    then: [{ assignTeamByFunction: 'patient_experience' }],
  },
  {
    id: 'clinic',
    name: 'Clinics: practice managers',
    when: { complaint: true, siteKinds: ['clinic'] },
    then: [{ assignTeamByFunction: 'practice_management' }],
  },
  {
    // Unknown sites, 'other' sites and anything an earlier rule could not place end here: a case always has an
    // owner, including a crisis post that is no complaint and a post in a language triage cannot read.
    id: 'central',
    name: 'Anything no rule above placed (unknown site, not a complaint): central patient experience',
    when: {},
    then: [{ assignTeamByFunction: 'central_patient_experience' }],
  },
  {
    id: 'complaint-clocks',
    name: 'Every public complaint: public acknowledgement and private outreach clocks',
    when: { complaint: true, visibility: 'public' },
    then: [{ startClocks: ['public_ack', 'private_outreach'] }],
  },
  {
    id: 'urgent-private-now',
    name: 'Private message from someone in the building now: same-day outreach clock',
    when: { complaint: true, visibility: 'private', timing: ['now'] },
    then: [{ startClocks: ['urgent_outreach'] }],
  },
  {
    id: 'urgent-private-risk',
    name: 'Private message reporting harm, a privacy breach or a legal threat: same-day outreach clock',
    when: { visibility: 'private', risks: ['harm', 'privacy', 'legal', 'crisis'] },
    then: [{ startClocks: ['urgent_outreach'] }],
  },
  {
    // An email or a forwarded private post gets no public reply, so no public clock would ever be met.
    id: 'private-complaint-clocks',
    name: 'Every private complaint (email, forwarded post): private outreach clock',
    when: { complaint: true, visibility: 'private' },
    then: [{ startClocks: ['private_outreach'] }],
  },
];
