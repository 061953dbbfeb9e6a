// A small health system for routing tests: two hospitals with their own patient representatives, one clinic.
import type { Calendar } from '../calendar/calendar.js';
import type { Rotation } from '../oncall/rotation.js';
import type { RoutingFacts } from './facts.js';
import type { Team } from './team.js';

const rotation = (members: string[], timeZone = 'America/Chicago'): Rotation => ({
  timeZone,
  handoff: 'weekly',
  handoffTime: '09:00',
  handoffDay: 'mon',
  startDate: '2026-01-05',
  members,
  overrides: [],
});

const weekdays = ['08:00-17:00'];
export const CALENDARS: Calendar[] = [
  { id: 'px-office', timeZone: 'America/Chicago', hours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays }, holidays: [] },
];

export const TEAMS: Team[] = [
  { id: 'social', name: 'Social media', function: 'social_media', sites: [], members: ['sam@h.org', 'sue@h.org'], manager: 'sophie@h.org', rotation: rotation(['sam@h.org', 'sue@h.org']) },
  { id: 'risk', name: 'Risk management', function: 'risk_management', sites: [], members: ['rita@h.org'], manager: 'ray@h.org', rotation: rotation(['rita@h.org']) },
  { id: 'px-north', name: 'North patient representatives', function: 'patient_experience', sites: ['north'], members: ['nina@h.org', 'ned@h.org'], manager: 'nora@h.org', calendar: 'px-office', rotation: rotation(['nina@h.org', 'ned@h.org']) },
  { id: 'px-south', name: 'South patient representatives', function: 'patient_experience', sites: ['south'], members: ['sal@h.org'], manager: 'sara@h.org' },
  { id: 'central', name: 'Central patient experience', function: 'central_patient_experience', sites: [], members: ['cal@h.org'], manager: 'cora@h.org' },
  { id: 'pm-elm', name: 'Elm clinic practice management', function: 'practice_management', sites: ['elm'], members: ['pat@h.org'], manager: 'pam@h.org' },
  { id: 'pfs', name: 'Patient financial services', function: 'patient_financial_services', sites: [], members: ['fay@h.org'] },
  { id: 'kudos', name: 'Recognition', function: 'recognition', sites: [], members: ['kim@h.org'] },
];

/** A complaint about the North hospital, posted publicly on Google; override any part. */
export function facts(overrides: { triage?: Partial<RoutingFacts['triage']> } & Partial<Omit<RoutingFacts, 'triage'>> = {}): RoutingFacts {
  const { triage, ...rest } = overrides;
  return {
    triage: { complaint: true, sentiment: -0.6, categories: ['communication'], severity: 1, risks: [], timing: 'past', site: 'north', mentionsOrg: true, ...triage },
    source: { platform: 'google', channelAccountId: 'gbp-north', visibility: 'public' },
    site: { id: 'north', kind: 'hospital' },
    serviceLine: null,
    author: { hasOpenCase: false, priorCases: 0 },
    now: '2026-11-18T16:00:00Z',
    ...rest,
  };
}
