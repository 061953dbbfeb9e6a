// What GET /api/v1/reports/summary answers (reports.ts): the dashboard's figures for a period.
import { Type } from '@sinclair/typebox';
import { CASE_OUTCOMES, NOT_RECORDED } from '../../domain/cases/outcomes.js';
import { PLATFORMS } from '../../domain/platform.js';
import { CATEGORIES } from '../../triage/types.js';
import { CLOCK_OUTCOMES, outcomeField } from '../clock-outcomes.js';
import { DateTime, Nullable, StringEnum } from '../openapi.js';

const Count = Type.Integer({ minimum: 0 });

const ReplyTimes = (description: string) =>
  Type.Object(
    {
      medianMinutes: Nullable(Type.Integer(), { description: 'null when no case of the period had one' }),
      p90Minutes: Nullable(Type.Integer()),
      count: Type.Integer({ minimum: 0, description: 'cases counted' }),
    },
    { description },
  );

export const ReportSummary = Type.Object({
  from: DateTime({ description: 'start of the period, included' }),
  to: DateTime({ description: 'end of the period, excluded' }),
  timeZone: Type.String({ description: "the IANA zone the period's days are read in: the site's with `site`, else the organization's, else UTC" }),
  postsReceived: Count,
  outcomes: Type.Array(Type.Object({ outcome: StringEnum([...CASE_OUTCOMES, NOT_RECORDED] as const), count: Count }), {
    description: `how the period's resolved and closed cases ended (${NOT_RECORDED}: nobody recorded it), most first`,
  }),
  volumeByDay: Type.Array(Type.Object({ day: Type.String({ format: 'date' }), platform: StringEnum(PLATFORMS), count: Count }), { description: 'new cases per day and platform' }),
  complaintsByCategory: Type.Array(Type.Object({ category: StringEnum(CATEGORIES), count: Count }), { description: 'most first; a case counts once in each of its categories' }),
  complaintsBySite: Type.Array(Type.Object({ siteId: Nullable(Type.String()), siteName: Type.String({ description: '`Unknown site` for cases without one' }), count: Count }), {
    description: 'most first',
  }),
  clockCompliance: Type.Array(
    Type.Object({ clock: Type.String(), ...Object.fromEntries(CLOCK_OUTCOMES.map((o) => [outcomeField(o), Count])) }),
    { description: `the clocks of the period's cases by name, each counted by outcome (${CLOCK_OUTCOMES.join(', ')}; met_late as metLate)` },
  ),
  timeToFirstPublicReply: ReplyTimes('minutes from a case opening to its first public reply out'),
  timeToPrivateOutreach: ReplyTimes('minutes from a case opening to its first private message, email, or logged outreach that reached the patient'),
  invitations: Type.Object(
    { sent: Count, takenUp: Count },
    { description: 'public replies inviting a private conversation, and how many authors then wrote privately' },
  ),
  reviewsRaisedAfterRecovery: Type.Object({ count: Count }, { description: 'posts whose rating went up after a reply went out' }),
});
