// What meets a clock: a public reply meets the acknowledgement clock, a private message or email the outreach
// clock, the written grievance response the grievance clock, resolving the case the resolution clock (policies name
// their trigger in `metBy`); ending a case stops the clocks it did not meet, and un-marking a grievance stops the
// grievance clock it no longer owes.
import type { Queryable } from '../store/db.js';
import { grievanceReceipt, meetClock, pauseClock, policiesMetBy, policiesStartedBy, policiesWithdrawnBy, resumeClock, stopClock, whenCaseEnds, type Clock, type ClockPolicy, type ClockTrigger, type ClockWithdrawal, type ContactMade, type GrievanceReceipt, type WhenCaseEnds } from '../domain/clocks/index.js';
import { startCaseClocks } from '../domain/routing/index.js';
import { CALENDAR_24X7 } from '../domain/calendar/index.js';
import type { OrgState } from './org-state.js';
import { addEvent } from './timeline.js';
import { refreshNextClock, saveClock } from './clocks.js';

/** `org` is loaded before the transaction: on PGlite a query outside the open transaction would wait for it forever. */
export async function meetClocksFor(tx: Queryable, org: OrgState, at: Date, caseId: string, contact: ContactMade): Promise<void> {
  await settleClocks(tx, at, caseId, policiesMetBy(org.clockPolicies, contact), meetClock, 'clock.met');
}

/**
 * Starts the clocks of the policies a case event triggers (a grievance marked, a case reopened). Clocks of new cases
 * are started by routing rules instead, which decide per case which promises apply. `countFrom`: when the promise
 * began, if before the event (a grievance counts from its receipt); the timeline then says so.
 */
export async function startClocksOn(
  tx: Queryable,
  org: OrgState,
  at: Date,
  c: { id: string; siteId: string | null; teamId: string | null },
  trigger: Exclude<ClockTrigger, 'case_opened'>,
  countFrom: Date = at,
): Promise<void> {
  const ids = policiesStartedBy(org.clockPolicies, trigger).map((p) => p.id);
  const { clocks } = startCaseClocks(ids, { policies: org.clockPolicies, teams: org.teams, calendars: org.calendars, siteId: c.siteId, caseTeam: c.teamId, at: countFrom });
  for (const clock of clocks) {
    await saveClock(tx, c.id, clock, org.clockPolicies.find((p) => p.id === clock.policy));
    const since = countFrom.getTime() !== at.getTime() ? { countsFrom: clock.startedAt } : {};
    await addEvent(tx, c.id, 'clock.started', { kind: 'automation' }, { name: clock.name, dueAt: clock.dueAt, ...since }, at);
  }
  if (clocks.length) await refreshNextClock(tx, c.id);
}

/** When the case's grievance was received (domain/clocks/grievance-receipt.ts): as given, or from its first post. */
export async function receiptOfGrievance(tx: Queryable, caseId: string, given: Date | undefined, now: Date): Promise<GrievanceReceipt> {
  const r = await tx.query<{ postedAt: Date | string; arrivedAt: Date | string }>(
    `SELECT created_at AS "postedAt", received_at AS "arrivedAt" FROM posts WHERE case_id = $1 ORDER BY created_at, received_at LIMIT 1`,
    [caseId],
  );
  const first = r.rows[0] ? { postedAt: new Date(r.rows[0].postedAt), arrivedAt: new Date(r.rows[0].arrivedAt) } : null;
  return grievanceReceipt(first, given, now);
}

const WITHDRAWAL_REASONS: Record<ClockWithdrawal, string> = { grievance_unmarked: 'the case is no longer a formal grievance' };

/** Stops the running clocks a case event takes back (un-marking a grievance), each with a `clock.stopped` event saying why. */
export async function stopClocksOn(tx: Queryable, org: OrgState, at: Date, caseId: string, event: ClockWithdrawal): Promise<void> {
  await settleClocks(tx, at, caseId, policiesWithdrawnBy(org.clockPolicies, event), stopClock, 'clock.stopped', WITHDRAWAL_REASONS[event]);
}

/** A case resolved or closed settles its clocks as `whenCaseEnds` says: an outreach nobody sent is not "met". */
export async function endCaseClocks(tx: Queryable, org: OrgState, at: Date, caseId: string): Promise<void> {
  const ending = (fate: WhenCaseEnds) => org.clockPolicies.filter((p) => whenCaseEnds(p.metBy) === fate);
  await settleClocks(tx, at, caseId, ending('met'), meetClock, 'clock.met');
  await settleClocks(tx, at, caseId, ending('stopped'), stopClock, 'clock.stopped');
}

/** Meets or stops the case's clocks of these policies that are still owed, each with its timeline event. */
async function settleClocks(
  tx: Queryable,
  at: Date,
  caseId: string,
  policies: ClockPolicy[],
  settle: (clock: Clock, at: Date) => Clock,
  event: 'clock.met' | 'clock.stopped',
  reason?: string,
): Promise<void> {
  const r = await tx.query<{ data: Clock }>(`SELECT data FROM clocks WHERE case_id = $1 AND policy = ANY($2::text[]) AND state NOT IN ('met', 'stopped') FOR UPDATE`, [
    caseId,
    policies.map((p) => p.id),
  ]);
  for (const { data } of r.rows) {
    const settled = settle(data, at);
    await saveClock(tx, caseId, settled, policies.find((p) => p.id === settled.policy));
    await addEvent(tx, caseId, event, { kind: 'automation' }, { clock: settled.name, late: Boolean(settled.breachedAt), ...(reason ? { reason } : {}) }, at);
  }
  if (r.rows.length) await refreshNextClock(tx, caseId);
}

/**
 * We invited the patient to message us privately: the outreach clock waits for them instead of counting against
 * the team. It resumes when they write to us privately (`resumeWaitingClocks`).
 */
export async function pauseOutreachForPatient(tx: Queryable, org: OrgState, at: Date, caseId: string): Promise<void> {
  const ids = org.clockPolicies.filter((p) => p.metBy === 'private_outreach').map((p) => p.id);
  const r = await tx.query<{ data: Clock }>(`SELECT data FROM clocks WHERE case_id = $1 AND policy = ANY($2::text[]) AND state NOT IN ('met', 'stopped', 'paused') FOR UPDATE`, [caseId, ids]);
  for (const { data } of r.rows) {
    const paused = pauseClock(data, at);
    await saveClock(tx, caseId, paused, org.clockPolicies.find((p) => p.id === paused.policy));
    await addEvent(tx, caseId, 'clock.paused', { kind: 'automation' }, { clock: paused.name, reason: 'waiting for the patient to answer our invitation' }, at);
  }
  if (r.rows.length) await refreshNextClock(tx, caseId);
}

export async function resumeWaitingClocks(tx: Queryable, org: OrgState, at: Date, caseId: string): Promise<void> {
  const r = await tx.query<{ data: Clock }>(`SELECT data FROM clocks WHERE case_id = $1 AND state = 'paused' FOR UPDATE`, [caseId]);
  for (const { data } of r.rows) {
    const resumed = resumeClock(data, at, org.calendars.find((c) => c.id === data.calendarId) ?? CALENDAR_24X7);
    await saveClock(tx, caseId, resumed, org.clockPolicies.find((p) => p.id === resumed.policy));
    await addEvent(tx, caseId, 'clock.resumed', { kind: 'automation' }, { clock: resumed.name, dueAt: resumed.dueAt, reason: 'the patient wrote to us privately' }, at);
  }
  if (r.rows.length) await refreshNextClock(tx, caseId);
}
