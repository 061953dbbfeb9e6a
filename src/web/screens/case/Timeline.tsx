// What happened on the case, newest last, in words: events, notes, replies and the rules that fired.
import type { CaseEvent, Reply } from '../../api/types.js';
import { formatDateTime, describeAgo } from '../../lib/time.js';
import { clockLabel, statusLabel } from '../../lib/labels.js';
import { kindNoun, replyFacts, routeOf } from '../../lib/replies.js';
import { outcomeLabel } from '../../../domain/cases/outcomes.js';
import { outreachText } from '../../../domain/cases/outreach.js';

/** Names for the ids events carry (assignees, teams), from the reference lists the screen loaded. */
export type NameOf = (kind: 'user' | 'team', id: string) => string | undefined;

/** The case around the events: its platform (where a public reply goes) and its replies (an event's reply by id). */
export interface EventContext {
  platform?: string;
  replies?: Reply[];
}

/** Events about a reply say which kind it was and where it goes, and whether Redress sends it or a person does. */
function describeReplyEvent(event: CaseEvent, context: EventContext): string | null {
  const { kind, manual } = replyFacts(event, context.replies);
  if (!kind) return null;
  const route = routeOf(kind, context.platform);
  switch (event.type) {
    case 'reply.awaiting_approval':
      return `Submitted ${kindNoun(kind)}${route} for approval`;
    case 'reply.queued':
      if (kind !== 'public') return `Wrote ${kindNoun(kind)}${route} (to send by hand)`;
      return manual ? `Wrote a public reply${route} (to post by hand)` : `Queued a public reply${route}`;
    case 'reply.sent':
      if (kind !== 'public') return `Marked ${kindNoun(kind, 'the')}${route} sent`;
      return manual ? `Marked the public reply${route} posted` : `Public reply posted${route}`;
    case 'reply.approved':
      return `Approved ${kindNoun(kind, 'the')}${route}`;
    case 'reply.rejected':
      return `Rejected ${kindNoun(kind, 'the')}${route}`;
    default:
      return null;
  }
}

export function describeEvent(event: CaseEvent, nameOf: NameOf, context: EventContext = {}): string {
  const d = event.data ?? {};
  const s = (k: string) => (d[k] === undefined || d[k] === null ? '' : String(d[k]));
  switch (event.type) {
    case 'case.opened':
      return 'Opened the case';
    case 'post.joined':
      return s('visibility') === 'private' ? 'A private message from the author joined the case' : 'A new post joined the case';
    case 'post.revised':
      return d.oldRating != null && d.newRating != null && d.oldRating !== d.newRating
        ? `The author edited the post: ${s('oldRating')}★ → ${s('newRating')}★`
        : 'The author edited the post';
    case 'status.changed':
      return `Changed status${s('from') ? ` from ${statusLabel(s('from'))}` : ''} to ${statusLabel(s('to') || s('status'))}`;
    case 'assigned': {
      if ('teamId' in d) return s('teamId') ? `Routed to ${nameOf('team', s('teamId')) ?? 'another team'}` : 'Removed the team';
      const who = s('assigneeName') || (s('assigneeId') && (nameOf('user', s('assigneeId')) ?? 'someone'));
      return who ? `Assigned to ${who}` : 'Unassigned the case';
    }
    case 'timing.expired':
      return `No longer marked in the building: the post is more than ${s('hours') || 'a few'} hours old`;
    case 'outreach.logged':
      return `${outreachText(s('method'), d.reached === true)}${s('note') ? `: ${s('note')}` : ''}`;
    case 'case.reopened':
      return s('reason') ? `Reopened the case: ${s('reason')}` : 'Reopened the case';
    case 'grievance.marked':
      // Its written response is due from receipt, so the timeline says when that was and how it was known.
      if (!s('receivedAt')) return 'Flagged as a formal grievance';
      return `Flagged as a formal grievance, received ${formatDateTime(s('receivedAt'))}${s('receivedFrom') === 'first_post' ? ' (the first post)' : ''}`;
    case 'grievance.unmarked':
      return 'Removed the grievance flag';
    case 'tags.changed':
      return `Set tags: ${((d.tags as string[] | undefined) ?? []).join(', ') || 'none'}`;
    case 'priority.changed':
      return `Set priority to ${s('to') || s('priority')}`;
    case 'note.added':
      return 'Added a note';
    case 'outcome.set':
      return d.to ? `Recorded the outcome: ${outcomeLabel(s('to'))}` : 'Cleared the outcome';
    case 'rule.applied':
      return `Rule “${s('ruleName') || s('rule')}” applied${s('summary') ? `: ${s('summary')}` : ''}`;
    case 'clock.started':
      return `“${clockLabel(s('name') || s('clock'))}” started${s('countsFrom') ? `, counting from ${formatDateTime(s('countsFrom'))}` : ''}${s('reason') ? `: ${s('reason')}` : ''}`;
    case 'clock.warning':
      return `“${clockLabel(s('name') || s('clock'))}” is due soon`;
    case 'clock.breached':
      return `“${clockLabel(s('name') || s('clock'))}” breached`;
    case 'clock.met':
      return `“${clockLabel(s('name') || s('clock'))}” met${d.late ? ' late' : ''}`;
    case 'clock.stopped':
      return `“${clockLabel(s('clock'))}” stopped: ${s('reason') || 'the case ended before it was met'}${d.late ? ', after it was due' : ''}`;
    case 'clock.paused':
      return `“${clockLabel(s('clock'))}” paused${s('reason') ? `: ${s('reason')}` : ''}`;
    case 'clock.resumed':
      return `“${clockLabel(s('clock'))}” resumed${s('reason') ? `: ${s('reason')}` : ''}`;
    case 'clock.escalated':
      return `“${clockLabel(s('clock'))}” escalated${s('to') ? ` to ${nameOf('user', s('to')) ?? s('to')}` : ''}`;
    case 'reply.awaiting_approval':
      return describeReplyEvent(event, context) ?? 'Queued a reply for approval';
    case 'reply.queued':
      return describeReplyEvent(event, context) ?? 'Queued a reply';
    case 'reply.sent':
      return describeReplyEvent(event, context) ?? 'Reply sent';
    case 'reply.approved':
      return describeReplyEvent(event, context) ?? 'Approved a reply';
    case 'reply.rejected':
      return describeReplyEvent(event, context) ?? 'Rejected a reply';
    case 'merged':
      if (s('into') || s('intoCaseId')) return `Merged into case #${s('intoNumber') || '?'}`;
      return `Case #${s('fromNumber') || '?'} was merged into this one`;
    default:
      return event.type.replace(/[._]/g, ' ');
  }
}

export function Timeline({ events, now, nameOf, context }: { events: CaseEvent[]; now: number; nameOf: NameOf; context?: EventContext }) {
  if (events.length === 0) return <p className="muted">No activity yet.</p>;
  return (
    <ol className="timeline">
      {events.map((event) => {
        const note = event.type === 'note.added' ? String(event.data?.text ?? '') : null;
        const comment = typeof event.data?.comment === 'string' ? event.data.comment : null;
        return (
          <li key={event.id} className={`event event-${event.type.replace(/\./g, '-')} actor-${event.actor.kind}`}>
            <div className="event-line">
              <strong>{event.actor.name ?? (event.actor.kind === 'automation' ? 'Automation' : 'System')}</strong> {describeEvent(event, nameOf, context)}
              <time dateTime={event.createdAt} className="muted small" title={formatDateTime(event.createdAt)}>
                {' '}
                · {describeAgo(event.createdAt, now)}
              </time>
            </div>
            {note && <blockquote className="note-text">{note}</blockquote>}
            {comment && <blockquote className="note-text">{comment}</blockquote>}
          </li>
        );
      })}
    </ol>
  );
}
