// What every form that sends to the API keeps: what the server refused, by field and at the top, and whether it is
// still sending. One place, so each form only says what it sends.
import { useCallback, useState } from 'react';
import { ApiError, errorMessage } from '../api/client.js';
import { errorsByField } from '../lib/fieldPath.js';

export function useFormSubmit() {
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Sends; on refusal shows the server's fields and message. Answers whether it went through. */
  const run = useCallback(async (send: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setErrors(new Map());
    setFormError(null);
    try {
      await send();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.details.length > 0) setErrors(errorsByField(e.details));
      setFormError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { errors, setErrors, formError, busy, run };
}
