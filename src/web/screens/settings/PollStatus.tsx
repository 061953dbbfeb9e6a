// How the last poll of a channel account went: admins see a revoked token or a mistyped location here instead of
// wondering why reviews stopped arriving.
import { describeAgo } from '../../lib/time.js';

export interface PollInfo {
  lastPolledAt: string | null;
  postsRead: number;
  lastError: string | null;
  failedAt: string | null;
}

export function PollStatus({ poll, now = Date.now() }: { poll: PollInfo | null | undefined; now?: number }) {
  if (!poll) return <p className="muted small">Not read by Redress: posts arrive by webhook, import or the API.</p>;
  return (
    <div className="poll-status" role="status">
      <p className="small">
        {poll.lastPolledAt ? `Last read ${describeAgo(poll.lastPolledAt, now)}; ${poll.postsRead} posts read so far.` : 'Not read yet: the first poll comes within minutes.'}
      </p>
      {poll.lastError && (
        <p className="small form-error">
          {poll.failedAt ? `Problem ${describeAgo(poll.failedAt, now)}: ` : 'Note: '}
          {poll.lastError}
        </p>
      )}
    </div>
  );
}
