// Designed empty, loading and error states, so no screen is ever just blank.
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/client.js';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

export function ErrorState({ error, onRetry, what }: { error: unknown; onRetry?: () => void; what?: string }) {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 501) && error.code !== 'not_found';
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{what ? `Could not load ${what}.` : 'Something went wrong.'}</p>
      <p>{missing ? 'The server does not offer this yet.' : errorMessage(error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      {messages.join(' ')}
    </p>
  );
}
