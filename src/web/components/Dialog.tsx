// Native <dialog> with showModal: focus moves in, is trapped, Escape closes, and focus returns after.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function Dialog({ open, title, onClose, children, wide }: { open: boolean; title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  // The body mounts only once the dialog is showing: a field inside a closed <dialog> cannot take focus, so an
  // `autoFocus` there would be lost and showModal would leave focus on the close button instead.
  const [showing, setShowing] = useState(false);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
    setShowing(open);
  }, [open]);
  return (
    <dialog ref={ref} className={wide ? 'dialog wide' : 'dialog'} aria-labelledby="dialog-title" onClose={onClose}>
      {open && (
        <>
          <header className="dialog-header">
            <h2 id="dialog-title">{title}</h2>
            <button type="button" className="icon-button" onClick={onClose} aria-label="Close dialog">
              ×
            </button>
          </header>
          <div className="dialog-body">{showing && children}</div>
        </>
      )}
    </dialog>
  );
}

/** The submit and Cancel buttons at the foot of a dialog's form. */
export function DialogActions({ submit, disabled, onCancel }: { submit: string; disabled?: boolean; onCancel: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
