// What every screen needs from the shell: the API client, who is signed in, and a polite announcer.
import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client.js';
import type { User } from '../api/types.js';

export interface AppContextValue {
  api: ApiClient;
  user: User;
  /** Says something to screen-reader users without moving focus (aria-live="polite"). */
  announce: (message: string) => void;
  /** A short confirmation shown at the bottom of the screen and announced. */
  toast: (message: string, tone?: 'ok' | 'error') => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside the signed-in shell');
  return value;
}
