// Why a settings form's save was refused: one line (or the server's words when no field could hold them), the
// problems that belong to no field, and whatever way out the form offers (`children`).
import type { ReactNode } from 'react';

export function SaveRefusal({ placed, formError, other, children }: { placed: boolean; formError: string; other: string[]; children?: ReactNode }) {
  return (
    <div className="form-error" role="alert">
      <p>{placed ? 'Not saved: each problem is shown at the field it concerns.' : formError}</p>
      {other.length > 0 && (
        <ul>
          {other.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
