// A select whose choice waits for Apply. A select changes on every arrow key, so a keyboard user browsing the
// options once moved a case to Acknowledged and its priority to Low on the way. The choice is held here until
// Apply; Escape, Cancel or choosing the old value again drop it. What applying does is said beside the button.
import { useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';

interface Props {
  id: string;
  /** The select itself, for the caller to bring focus back once a dialog or a save took it away. */
  selectRef: RefObject<HTMLSelectElement | null>;
  label: string;
  /** What changes, for the buttons' names: "status" makes "Apply status change". */
  what: string;
  /** The option value that means "as the case is now". */
  current: string;
  /** The value chosen and not yet applied; null when the select shows the case as it is. */
  chosen: string | null;
  onChoose: (value: string | null) => void;
  onApply: () => void;
  /** Applying opens a dialog first (ending or reopening a case): the button says so with an ellipsis. */
  asks?: boolean;
  /** Applied, and the case not yet reloaded: the select keeps showing the choice, without the buttons. */
  saved?: boolean;
  disabled?: boolean;
  /** What applying the choice does, one sentence each. */
  effects?: string[];
  help?: ReactNode;
  children: ReactNode;
}

export function ApplySelect({ id, selectRef: select, label, what, current, chosen, onChoose, onApply, asks, saved = false, disabled, effects = [], help, children }: Props) {
  const shown = chosen !== null && chosen !== current;
  const pending = shown && !saved;
  const cancel = () => {
    onChoose(null);
    select.current?.focus();
  };
  const effectsId = `${id}-effects`;
  const helpId = `${id}-help`;
  const describedBy = [pending && effects.length > 0 ? effectsId : '', help ? helpId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className="apply-select"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !pending) return;
        e.preventDefault();
        e.stopPropagation();
        cancel();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <div className="apply-select-row">
        <select id={id} ref={select} value={shown ? chosen : current} disabled={disabled} onChange={(e) => onChoose(e.target.value === current ? null : e.target.value)} aria-describedby={describedBy}>
          {children}
        </select>
        {pending && (
          <>
            <button type="button" className="primary" disabled={disabled} onClick={onApply} aria-label={`Apply ${what} change${asks ? '…' : ''}`} aria-describedby={effects.length > 0 ? effectsId : undefined}>
              {asks ? 'Apply…' : 'Apply'}
            </button>
            <button type="button" onClick={cancel} aria-label={`Cancel ${what} change`}>
              Cancel
            </button>
          </>
        )}
      </div>
      {pending && effects.length > 0 && (
        <ul id={effectsId} className="apply-effects small" aria-label="When applied">
          {effects.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {help && (
        <p id={helpId} className="muted small">
          {help}
        </p>
      )}
    </div>
  );
}

/**
 * A choice held until Apply, then still shown (as `saved`) until the case reloads past the version it was saved
 * against: in between, the case on screen is the old one, and the select would flick back to the old value.
 */
export function useHeldChoice(version: number) {
  const [choice, setChoice] = useState<string | null>(null);
  const [savedFrom, setSavedFrom] = useState<number | null>(null);
  useEffect(() => {
    if (savedFrom !== null && version !== savedFrom) {
      setChoice(null);
      setSavedFrom(null);
    }
  }, [version, savedFrom]);
  return useMemo(
    () => ({
      choice,
      saved: savedFrom !== null,
      // A new choice made while the saved one waits for the reload is a choice of its own, to apply again.
      set: (value: string | null) => {
        setChoice(value);
        setSavedFrom(null);
      },
      markSaved: () => setSavedFrom(version),
    }),
    [choice, savedFrom, version],
  );
}
