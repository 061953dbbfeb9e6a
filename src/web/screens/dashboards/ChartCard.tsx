// A chart with its data as a table beside it (for screen readers and anyone who prefers numbers);
// table cells link to the same inbox drill-down the bars do.
import { useState, type ReactNode } from 'react';

export interface TableColumn {
  key: string;
  label: string;
}

export interface TableRow {
  key: string;
  label: string;
  cells: Record<string, number | string>;
  /** Inbox link for the whole row, or per column. */
  href?: string;
  cellHref?: Record<string, string>;
}

export function ChartCard({ id, title, description, chart, columns, rows }: {
  id: string;
  title: string;
  description?: string;
  chart: ReactNode;
  columns: TableColumn[];
  rows: TableRow[];
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="panel chart-card" aria-labelledby={`${id}-title`}>
      <header className="chart-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="link-button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Show chart' : 'Show table'}
        </button>
      </header>
      {description && <p className="muted small">{description}</p>}
      {rows.length === 0 ? (
        <p className="muted">No data in this period.</p>
      ) : asTable ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{columns[0]?.label}</th>
                {columns.slice(1).map((c) => (
                  <th key={c.key} scope="col" className="num">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.href ? <a href={r.href}>{r.label}</a> : r.label}</th>
                  {columns.slice(1).map((c) => {
                    const href = r.cellHref?.[c.key];
                    const value = r.cells[c.key] ?? 0;
                    return (
                      <td key={c.key} className="num">
                        {href && value !== 0 ? <a href={href} aria-label={`${value} ${c.label}, ${r.label}: show cases`}>{value}</a> : value}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="chart" aria-hidden={false}>
          {chart}
          <p className="muted small">Select a bar to see the cases behind it, or use “Show table”.</p>
        </div>
      )}
    </section>
  );
}
