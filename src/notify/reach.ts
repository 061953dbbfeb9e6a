// Where pages can actually go, in words for the admin. A routing rule that says "page whoever is on call" looks
// the same whether that reaches a phone or only the bell in Redress; these say which, before a 3 a.m. page.
import type { DestinationKind, Sender } from './types.js';

export interface DestinationState {
  kind: DestinationKind;
  name: string;
  enabled: boolean;
}

/** Why nothing sent to this destination would arrive; null when it can be used. */
export function destinationProblem(dest: DestinationState, senders: Record<DestinationKind, Sender>): string | null {
  if (!dest.enabled) return 'Turned off: nothing is sent here.';
  const unavailable = senders[dest.kind].unavailable;
  return unavailable ? `Cannot send: ${unavailable}.` : null;
}

export const BELL_ONLY = 'Pages reach only the bell in Redress: add a destination.';

/** Notices for the destinations and routing-rules screens; empty when pages can leave Redress. */
export function reachNotices(dests: readonly DestinationState[], senders: Record<DestinationKind, Sender>): string[] {
  const usable = dests.filter((d) => destinationProblem(d, senders) === null);
  const emailOff = senders.email.unavailable;
  const notices: string[] = [];
  if (usable.length === 0)
    notices.push(
      emailOff
        ? BELL_ONLY
        : 'Pages reach people only by their own email and the bell in Redress: add a destination (Slack, Teams or a webhook) so a team channel or pager gets them.',
    );
  const stuck = dests.filter((d) => d.enabled && d.kind === 'email' && emailOff);
  if (stuck.length > 0)
    notices.push(`${stuck.map((d) => `“${d.name}”`).join(', ')} cannot send: no outgoing mail server is set (SMTP_URL), so pages sent to ${stuck.length === 1 ? 'it' : 'them'} are not delivered.`);
  return notices;
}
