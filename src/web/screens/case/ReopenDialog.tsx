// Reopening an ended case: a select changes on a stray arrow key, so taking a case back into recovery asks first,
// says what it starts, and keeps why on the timeline.
import { useState } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog.js';

export function ReopenDialog({ number, onCancel, onConfirm }: { number: number; onCancel: () => void; onConfirm: (why: string) => void }) {
  const [why, setWhy] = useState('');
  return (
    <Dialog open title={`Reopen case #${number}`} onClose={onCancel}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm(why.trim());
        }}
      >
        <p>The case goes back into recovery: how it ended is cleared, and the follow-up clock for reopened cases starts.</p>
        <label htmlFor="reopen-why">Why (optional, kept on the case as a note)</label>
        <textarea id="reopen-why" rows={3} maxLength={2000} value={why} onChange={(e) => setWhy(e.target.value)} placeholder="The patient wrote back; the review got worse…" autoFocus />
        <DialogActions submit="Reopen the case" onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
