// Loads something from the API with loading/error states and a reload, cancelling stale requests.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { state: 'loading'; data?: T }
  | { state: 'error'; error: unknown; data?: T }
  | { state: 'ready'; data: T };

export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Resource<T> & { reload: () => void; set: (data: T) => void } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setResource((r) => ({ state: 'loading', data: r.data }));
    loadRef.current(controller.signal).then(
      (data) => !controller.signal.aborted && setResource({ state: 'ready', data }),
      (error) => !controller.signal.aborted && setResource((r) => ({ state: 'error', error, data: r.data })),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((data: T) => setResource({ state: 'ready', data }), []);
  return { ...resource, reload, set };
}
