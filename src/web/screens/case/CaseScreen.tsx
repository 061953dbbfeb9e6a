// One case: the posts as written, triage, timeline, notes, reply composer and the handling sidebar.
import { useEffect } from 'react';
import { useApp } from '../../hooks/context.js';
import { useNow } from '../../hooks/useNow.js';
import { useResource } from '../../hooks/useResource.js';
import { useHashRoute } from '../../hooks/useHashRoute.js';
import { ApiError } from '../../api/client.js';
import { CategoryChips, ClockBadge, PlatformBadge, PriorityBadge, RiskBadges, SeverityBadge, StatusBadge, TagChips } from '../../components/Badges.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { canNote, canReply } from '../../lib/permissions.js';
import { timingLabel } from '../../lib/labels.js';
import { PostCard } from './PostCard.js';
import { TriagePanel } from './TriagePanel.js';
import { Timeline, type NameOf } from './Timeline.js';
import { NoteForm } from './NoteForm.js';
import { ReplyComposer, REPLY_TEXT_ID } from './ReplyComposer.js';
import { CaseSidebar, CASE_DETAILS_ID } from './CaseSidebar.js';
import type { CaseDetail } from '../../api/types.js';

export const CONFIDENTIAL_NOTICE = 'This came in privately: follow up discreetly, do not mention how it reached us.';
// Minutes count when someone may be at risk: the steps, on the case, before anything else is read.
export const CRISIS_STEPS = [
  'If anyone is in immediate danger, call 911 and tell risk management on call.',
  'Answer within minutes with crisis resources: the 988 Suicide & Crisis Lifeline (call or text 988) and your own crisis line.',
  'Invite them to message us privately; do not discuss details in public.',
];

/** Out of scope reads the same as missing, so a site-scoped user learns nothing of other sites' cases. */
export const CASE_NOT_FOUND = "This case doesn't exist or is outside your sites.";

export function CaseScreen({ caseId }: { caseId: string }) {
  const { api, user } = useApp();
  const route = useHashRoute();
  const detail = useResource((signal) => api.getCase(caseId, signal), [caseId]);
  const users = useResource(() => api.users().catch(() => []), []);
  const teams = useResource(() => api.teams().catch(() => []), []);
  const now = useNow(30_000);

  useEffect(() => {
    if (detail.data) document.title = `Case #${detail.data.number} · Redress`;
  }, [detail.data]);

  // Someone else working the same case: refresh when the stream says it changed.
  useEffect(
    () =>
      api.stream(
        (event) => {
          if (event.caseId === caseId && event.kind === 'updated') detail.reload();
        },
        { onResync: detail.reload },
      ),
    [api, caseId, detail.reload], // eslint-disable-line react-hooks/exhaustive-deps
  );

  if (!detail.data) {
    if (detail.state === 'error') {
      const e = detail.error;
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) {
        return (
          <Empty title={CASE_NOT_FOUND}>
            <a href="#/inbox">Back to the inbox</a>
          </Empty>
        );
      }
      return <ErrorState error={e} what="this case" onRetry={detail.reload} />;
    }
    return <Loading label="Loading case…" />;
  }

  const c = detail.data;
  // People are named by id in most events, by email where a rotation or rule named them.
  const nameOf: NameOf = (kind, id) =>
    kind === 'user' ? users.data?.find((u) => u.id === id || u.email.toLowerCase() === id.toLowerCase())?.name : teams.data?.find((t) => t.id === id)?.name;
  const triage = c.posts.find((p) => p.triage)?.triage ?? null;

  return (
    <div className="case">
      <nav aria-label="Breadcrumb" className="small">
        <a href="#/inbox">← Inbox</a>
      </nav>
      <header className="case-header">
        <h1>
          Case #{c.number} <span className="muted">· {c.authorName ?? c.authorHandle ?? 'Unknown author'}</span>
        </h1>
        <div className="row-tags">
          <PlatformBadge platform={c.platform} />
          <StatusBadge status={c.status} />
          <PriorityBadge priority={c.priority} />
          {c.grievance && <span className="badge grievance">Grievance</span>}
          {c.timing === 'now' && <span className="badge timing-now">{timingLabel('now')}</span>}
          <RiskBadges risks={c.risks} />
          <SeverityBadge severity={c.severity} />
          <CategoryChips categories={c.categories} />
          <TagChips tags={c.tags} />
        </div>
        <CaseGlance detail={c} now={now} mayReply={canReply(user.role)} />
      </header>
      {c.risks.includes('crisis') && (
        <div className="crisis-banner" role="alert">
          <strong>Possible crisis: someone may be at risk.</strong>
          <ol>
            {CRISIS_STEPS.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
      )}
      {c.confidential && (
        <div className="confidential-banner" role="note">
          <strong>Confidential.</strong> {CONFIDENTIAL_NOTICE}
        </div>
      )}
      {detail.state === 'error' && <ErrorState error={detail.error} what="the latest version of this case" onRetry={detail.reload} />}
      <div className="case-layout">
        <div className="case-main">
          <section className="case-posts" aria-labelledby="posts-title">
            <h2 id="posts-title">{c.posts.length === 1 ? 'Post' : `Posts (${c.posts.length})`}</h2>
            {c.posts.map((p) => (
              <PostCard key={p.id} post={p} />
            ))}
          </section>
          {triage && <TriagePanel triage={triage} caseTiming={c.timing} />}
          <ReplyComposer detail={c} autoFocus={route.name === 'case' && route.reply === true} onSent={detail.reload} />
          <section className="panel case-timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <Timeline events={c.timeline} now={now} nameOf={nameOf} context={{ platform: c.platform, replies: c.replies }} />
            {canNote(user.role) && <NoteForm caseId={c.id} users={users.data ?? []} onAdded={detail.reload} />}
          </section>
        </div>
        <CaseSidebar detail={c} users={users.data ?? []} now={now} onChanged={detail.reload} />
      </div>
    </div>
  );
}

/** Scrolls to an element of the case and moves focus there, for the phone header's jump links. */
function jumpTo(id: string, block: ScrollLogicalPosition) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block });
  target?.focus({ preventScroll: true });
}

/**
 * Shown on narrow screens only (CSS): the next clock and the assignee beside the status badge, and ways straight
 * to the reply box and to the controls (clocks, status, assignee), which on a phone sit far down the page.
 */
function CaseGlance({ detail, now, mayReply }: { detail: CaseDetail; now: number; mayReply: boolean }) {
  const next = detail.clocks
    .filter((k) => k.state !== 'met' && k.state !== 'stopped')
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  return (
    <p className="case-glance small">
      {next ? <ClockBadge name={next.name} dueAt={next.dueAt} state={next.state} now={now} /> : <span className="muted">No clock running</span>}
      <span>{detail.assigneeName ? `Assigned to ${detail.assigneeName}` : 'Unassigned'}</span>
      {mayReply && (
        <button type="button" className="link-button" onClick={() => jumpTo(REPLY_TEXT_ID, 'center')}>
          Reply
        </button>
      )}
      <button type="button" className="link-button" onClick={() => jumpTo(CASE_DETAILS_ID, 'start')}>
        Clocks and handling
      </button>
    </p>
  );
}
