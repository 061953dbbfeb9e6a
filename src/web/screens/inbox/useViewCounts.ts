// The counts on the inbox's view tabs: one request for every tab, read again a moment after the cases change. Changes
// that come while a read is waiting join it, so a burst of live updates costs one request and a steady stream of them
// still refreshes the counts every moment or so. A failed count leaves the tabs as they were: the list is what matters.
import { useEffect, useRef, useState } from 'react';
import type { ViewCounts } from '../../api/types.js';
import { useApp } from '../../hooks/context.js';
import { SAVED_VIEWS, viewCountsQuery } from '../../lib/filters.js';

const SETTLE_MS = 1500;

/** `changes`: goes up when cases may have changed; the first value is counted at once. */
export function useViewCounts(changes: number): ViewCounts | null {
  const { api } = useApp();
  const [counts, setCounts] = useState<ViewCounts | null>(null);
  const waiting = useRef<ReturnType<typeof setTimeout> | null>(null);
  const asked = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (waiting.current) clearTimeout(waiting.current);
      waiting.current = null;
    };
  }, []);

  useEffect(() => {
    if (waiting.current) return;
    waiting.current = setTimeout(
      () => {
        waiting.current = null;
        asked.current = true;
        api.caseCounts(viewCountsQuery(SAVED_VIEWS)).then(
          (fresh) => mounted.current && setCounts(fresh),
          () => undefined,
        );
      },
      asked.current ? SETTLE_MS : 0,
    );
  }, [api, changes]);
  return counts;
}
