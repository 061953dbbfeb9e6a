// Where focus goes in a settings form: to its heading when it opens from a list (so a screen reader says which
// record is open), and to the first field marked invalid once refused problems have rendered (focusing before the
// render would find the field not yet marked).
import { useEffect, useRef } from 'react';

export function useFormFocus(focusOnOpen: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  const form = useRef<HTMLFormElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    form.current?.querySelector<HTMLElement>('[data-invalid], [aria-invalid="true"]')?.focus();
  });
  return { heading, form, focusFirstInvalidAfterRender: () => void (pending.current = true) };
}
