// The table of a settings list (users, API tokens): a hidden caption for screen readers, column headers, and a last
// column of row actions whose header only screen readers hear.
import type { ReactNode } from 'react';

/**
 * On a narrow screen the table scrolls sideways inside its own box, never the page; with `stacked`, each row becomes a
 * card instead, its cells one under the other, each named by its `data-label` (the rows' cells must carry one).
 */
export function SettingsTable({ caption, columns, children, stacked }: { caption: string; columns: string[]; children: ReactNode; stacked?: boolean }) {
  return (
    <div className={`table-scroll settings-table${stacked ? ' stacked' : ''}`}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
