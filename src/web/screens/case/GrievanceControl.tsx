// The "Formal grievance" box, and when the complaint was received: its written response is due from receipt (CMS),
// which is the case's first post unless someone says otherwise (a later message asked for a written answer, a letter
// arrived by post). Once marked, it says when the clock counts from and when the response is due.
import { useEffect, useState } from 'react';
import type { CaseDetail, CasePatch } from '../../api/types.js';
import { FieldErrors } from '../../components/States.js';
import { grievanceReceipt } from '../../../domain/clocks/grievance-receipt.js';
import { formatDateTime, toLocalInput } from '../../lib/time.js';

interface Props {
  detail: CaseDetail;
  disabled: boolean;
  /** Sends a change to the case; whether it was saved. */
  patch: (change: Omit<CasePatch, 'version'>, done: string) => Promise<boolean>;
}

export function GrievanceControl({ detail, disabled, patch }: Props) {
  // The flag being saved and the case version it was sent against. The box shows the new value and stays disabled
  // until the case has reloaded past that version (or the save failed): between the answer and the reload the case on
  // screen is the old one, and the second click of a double click would otherwise un-flag the case.
  const [saving, setSaving] = useState<{ to: boolean; from: number } | null>(null);
  useEffect(() => {
    if (saving && detail.version !== saving.from) setSaving(null);
  }, [detail.version, saving]);
  // The received date is asked for only when someone says it differs from the first post.
  const [asking, setAsking] = useState(false);
  const [received, setReceived] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const firstPostAt = detail.posts.map((p) => p.createdAt).sort()[0];
  const clock = detail.clocks.find((c) => c.metBy === 'grievance_response' && c.state !== 'stopped');

  async function mark(to: boolean) {
    let grievanceReceivedAt: string | undefined;
    if (to && received) {
      const given = new Date(received);
      const first = firstPostAt ? { postedAt: new Date(firstPostAt), arrivedAt: new Date(firstPostAt) } : null;
      const receipt = Number.isNaN(given.getTime()) ? { problem: 'is not a date and time' } : grievanceReceipt(first, given, new Date());
      if ('problem' in receipt) return setProblem(`The received date ${receipt.problem}.`);
      grievanceReceivedAt = given.toISOString();
    }
    setProblem(null);
    setSaving({ to, from: detail.version });
    const change = grievanceReceivedAt ? { grievance: to, grievanceReceivedAt } : { grievance: to };
    if (await patch(change, to ? 'Flagged as a grievance.' : 'Grievance flag removed.')) {
      setReceived('');
      setAsking(false);
    } else setSaving(null);
  }

  const checked = saving?.to ?? detail.grievance;
  return (
    <div className="grievance-control">
      <label className="check">
        <input type="checkbox" checked={checked} disabled={disabled || saving !== null} aria-busy={saving !== null} onChange={(e) => mark(e.target.checked)} /> Formal grievance
      </label>
      {detail.grievance && clock && (
        <p className="muted small">
          Received {formatDateTime(clock.startedAt)}; written response due {formatDateTime(clock.dueAt)}.
        </p>
      )}
      {!checked && (
        <button
          type="button"
          className="link-button"
          aria-expanded={asking}
          aria-controls="grievance-received-field"
          onClick={() => {
            setAsking(!asking);
            setReceived('');
            setProblem(null);
          }}
        >
          {asking ? 'Count from the first post instead' : 'Received on another date?'}
        </button>
      )}
      {!checked && asking && (
        <div className="stack grievance-received" id="grievance-received-field">
          <label htmlFor="grievance-received">Complaint received</label>
          <input
            id="grievance-received"
            type="datetime-local"
            value={received}
            min={firstPostAt ? toLocalInput(new Date(firstPostAt)) : undefined}
            max={toLocalInput(new Date())}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'grievance-received-help grievance-received-error' : 'grievance-received-help'}
            onChange={(e) => {
              setReceived(e.target.value);
              setProblem(null);
            }}
          />
          <p id="grievance-received-help" className="muted small">
            The written response clock counts from here once you tick Formal grievance. Left empty, it counts from the case’s first post
            {firstPostAt ? ` (${formatDateTime(firstPostAt)})` : ''}.
          </p>
          <FieldErrors id="grievance-received-error" messages={problem ? [problem] : []} />
        </div>
      )}
    </div>
  );
}
