// Replies already written on this case, with approval and "post by hand" steps where they apply.
import { useState } from 'react';
import type { CaseDetail, Reply } from '../../api/types.js';
import { API_BASE, errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import { canApprove, canReply } from '../../lib/permissions.js';
import { clockLabel, statusLabel } from '../../lib/labels.js';
import { clocksMetBySending, kindNoun, replyDecision } from '../../lib/replies.js';
import { formatDateTime } from '../../lib/time.js';

const STATUS: Record<string, string> = {
  pending_approval: 'Waiting for approval',
  queued: 'Queued',
  sent: 'Sent',
  failed: 'Failed',
  manual: 'Post by hand',
  posted_manually: 'Posted by hand',
  rejected: 'Rejected',
};

const personName = (p: Reply['createdBy']) => (p && typeof p === 'object' ? p.name : (p ?? ''));

const evidenceHref = (caseId: string, format: 'pdf' | 'csv') => `${API_BASE}/replies/export.${format}?caseId=${encodeURIComponent(caseId)}`;

export function ReplyHistory({
  detail,
  onChanged,
  mayExport,
  onEdit,
}: {
  detail: CaseDetail;
  onChanged: () => void;
  mayExport: boolean;
  /** Puts a rejected reply's text back in the composer; absent when the user cannot reply. */
  onEdit?: (reply: Reply) => void;
}) {
  const { id: caseId, replies } = detail;
  if (replies.length === 0) return null;
  return (
    <div className="reply-history">
      <h3>Replies on this case</h3>
      {mayExport && replies.some((r) => r.kind === 'public') && (
        <p className="small muted">
          Evidence of the public replies and how they were checked: <a href={evidenceHref(caseId, 'pdf')} download>PDF</a> · <a href={evidenceHref(caseId, 'csv')} download>CSV</a>
        </p>
      )}
      <ul>
        {replies.map((r) => (
          <ReplyItem key={r.id} reply={r} detail={detail} onChanged={onChanged} onEdit={onEdit} />
        ))}
      </ul>
    </div>
  );
}

function ReplyItem({ reply, detail, onChanged, onEdit }: { reply: Reply; detail: CaseDetail; onChanged: () => void; onEdit?: (reply: Reply) => void }) {
  const { api, user, toast } = useApp();
  const [comment, setComment] = useState('');
  // The rule that held the reply may name its approvers, so the server says who may; the role rule is the fallback.
  const mayApprove = reply.canApprove ?? (canApprove(user.role) && reply.createdById !== user.id);
  const [busy, setBusy] = useState(false);
  const [confirmSent, setConfirmSent] = useState(false);
  const decision = reply.status === 'rejected' ? replyDecision(reply, detail.timeline) : null;
  const [copied, setCopied] = useState(false);
  const [link, setLink] = useState('');
  const linkProblem = link.trim() && !/^https?:\/\/\S+$/.test(link.trim()) ? 'Paste the whole link, starting with https://' : null;

  async function act(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await action();
      toast(done);
      onChanged();
    } catch (e) {
      toast(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(reply.text);
      setCopied(true);
    } catch {
      toast('Copying was blocked by the browser; select the text and copy it instead.', 'error');
    }
  }

  return (
    <li className={`reply reply-${reply.status}`}>
      <div className="reply-head small">
        <span className={`badge reply-status-${reply.status}`}>
          {reply.kind !== 'public' && reply.status === 'manual' ? 'Send by hand' : reply.kind !== 'public' && reply.status === 'posted_manually' ? 'Sent by hand' : (STATUS[reply.status] ?? reply.status)}
        </span>
        <span>{reply.kind === 'public' ? 'Public reply' : reply.kind === 'email' ? 'Email' : 'Private message'}</span>
        {personName(reply.createdBy) && <span className="muted">by {personName(reply.createdBy)}</span>}
        <time className="muted" dateTime={reply.sentAt ?? reply.createdAt}>
          {formatDateTime(reply.sentAt ?? reply.createdAt)}
        </time>
        {reply.platformUrl && (
          <a href={reply.platformUrl} target="_blank" rel="noopener noreferrer">
            See it on the platform
          </a>
        )}
      </div>
      <p className="reply-text">{reply.text}</p>
      {reply.overrideReason && <p className="small muted">Guard overridden: {reply.overrideReason}</p>}
      {reply.error && <p className="field-error small">{reply.error}</p>}
      {reply.status === 'rejected' && (
        <div className="reply-decision" role="group" aria-label="Why it was rejected">
          <p className="small">
            Rejected{decision?.by ? ` by ${decision.by}` : ''}
            {decision?.at && (
              <>
                {' '}
                on <time dateTime={decision.at}>{formatDateTime(decision.at)}</time>
              </>
            )}
            {decision?.comment ? ':' : '.'}
          </p>
          {decision?.comment && <blockquote className="note-text">{decision.comment}</blockquote>}
          {onEdit && (
            <div className="actions">
              <button type="button" onClick={() => onEdit(reply)}>
                Edit and resubmit
              </button>
            </div>
          )}
        </div>
      )}
      {/* Only those who may send replies may say one went out (the server refuses anyone else). */}
      {reply.status === 'manual' && canReply(user.role) && (
        <div className="stack">
          {/* The link is the evidence a regulator asks for: where the public reply stands and what it said. */}
          {reply.kind === 'public' && (
            <>
              <label htmlFor={`posted-link-${reply.id}`}>Link to the posted reply (optional)</label>
              <input
                id={`posted-link-${reply.id}`}
                type="url"
                value={link}
                onChange={(e) => setLink(e.target.value)}
                placeholder="https://"
                aria-invalid={linkProblem ? true : undefined}
                aria-describedby={linkProblem ? `posted-link-error-${reply.id}` : undefined}
              />
              {linkProblem && (
                <p className="field-error small" id={`posted-link-error-${reply.id}`}>
                  {linkProblem}
                </p>
              )}
            </>
          )}
          <div className="actions">
            <button type="button" onClick={copy}>
              {copied ? 'Copied' : 'Copy text'}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || Boolean(linkProblem)}
              // Either meets a clock for good: say what is recorded before it is.
              onClick={() => setConfirmSent(true)}
            >
              {reply.kind === 'public' ? 'I posted it' : 'I sent it'}
            </button>
          </div>
        </div>
      )}
      {reply.status === 'manual' && !canReply(user.role) && (
        <p className="muted small">Waiting for a colleague to {reply.kind === 'public' ? 'post it' : 'send it'} by hand.</p>
      )}
      {reply.status === 'manual' && canReply(user.role) && (
        <ConfirmSentDialog
          open={confirmSent}
          reply={reply}
          detail={detail}
          link={reply.kind === 'public' ? link.trim() : ''}
          busy={busy}
          onCancel={() => setConfirmSent(false)}
          onConfirm={async () => {
            if (reply.kind === 'public') await act(() => api.markPosted(reply.id, link.trim() || undefined), 'Marked as posted.');
            else await act(() => api.markPosted(reply.id), 'Marked as sent.');
            setConfirmSent(false);
          }}
        />
      )}
      {reply.status === 'pending_approval' && !mayApprove && (
        <p className="muted small">{reply.approvers ? `Waiting for approval by ${reply.approvers}.` : 'Waiting for a second person to approve it.'}</p>
      )}
      {reply.status === 'pending_approval' && mayApprove && (
        <div className="approval">
          <label htmlFor={`approval-${reply.id}`}>Approval comment</label>
          <input id={`approval-${reply.id}`} value={comment} onChange={(e) => setComment(e.target.value)} />
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => act(() => api.approveReply(reply.id, comment), 'Reply approved.')}>
              Approve
            </button>
            <button type="button" disabled={busy || !comment.trim()} onClick={() => act(() => api.rejectReply(reply.id, comment), 'Reply rejected.')}>
              Reject
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/**
 * "I sent it" or "I posted it", confirmed: what Redress records (out now, by you, with the link if one was given),
 * which clocks that meets and whether the case moves to Acknowledged (src/app/replies.ts `markReplyOut`).
 */
function ConfirmSentDialog({
  open,
  reply,
  detail,
  link,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  reply: Reply;
  detail: CaseDetail;
  link: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { user } = useApp();
  const noun = kindNoun(reply.kind, 'the');
  const verb = reply.kind === 'public' ? 'posted' : 'sent';
  const met = clocksMetBySending(reply.kind, detail.clocks);
  const waitingClock = reply.kind === 'public' ? 'public acknowledgement' : 'private outreach';
  return (
    // Kept mounted and closed, so closing hands focus back to the button that opened it.
    <Dialog open={open} title={`Mark ${noun} ${verb}?`} onClose={onCancel}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <p>Only confirm once it has gone out. Redress records:</p>
        <ul className="confirm-list">
          <li>
            {noun.replace(/^the/, 'The')} was {verb} <strong>now</strong>, by <strong>you ({user.name})</strong>.
          </li>
          {reply.kind === 'public' && <li>{link ? <>The link to it: {link}</> : 'No link to it (you can paste one before confirming).'}</li>}
          {met.length > 0 ? (
            met.map((c) => (
              <li key={c.name}>
                The “{clockLabel(c.name)}” clock is <strong>met</strong>
                {c.state === 'breached' ? ', late' : ''}.
              </li>
            ))
          ) : (
            <li>No clock is waiting on it: the {waitingClock} clock is already met or not running.</li>
          )}
          {(detail.status === 'new' || detail.status === 'triaged') && (
            <li>
              The case moves to <strong>{statusLabel('acknowledged')}</strong>.
            </li>
          )}
        </ul>
        <p className="muted small">This cannot be undone from the case screen.</p>
        <DialogActions submit={`Yes, I ${verb} it`} disabled={busy} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
