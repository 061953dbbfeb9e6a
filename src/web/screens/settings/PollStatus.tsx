// How the last poll of a channel account went: admins see a revoked token or a mistyped location here instead of
// wondering why reviews stopped arriving.
import { useState } from 'react';
import { describeAgo } from '../../lib/time.js';

export interface PollInfo {
  lastPolledAt: string | null;
  postsRead: number;
  lastError: string | null;
  failedAt: string | null;
}

/** `onReadNow`: reads the account at once (admins checking new credentials) and resolves when the poll is done. */
export function PollStatus({ poll, now = Date.now(), onReadNow }: { poll: PollInfo | null | undefined; now?: number; onReadNow?: () => Promise<void> }) {
  const [reading, setReading] = useState(false);
  if (!poll) return <p className="muted small">Not read by Redress: posts arrive by webhook, import or the API.</p>;
  return (
    <div className="poll-status" role="status">
      {onReadNow && (
        <button
          type="button"
          className="link-button"
          disabled={reading}
          onClick={() => {
            setReading(true);
            void onReadNow().finally(() => setReading(false));
          }}
        >
          {reading ? 'Reading…' : 'Read now'}
        </button>
      )}
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
