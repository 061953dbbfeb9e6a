// CSV for exports people open in a spreadsheet.

/**
 * One cell, quoted when it must be. Text that starts like a formula is prefixed with an apostrophe: a spreadsheet
 * would otherwise run a site name such as "=HYPERLINK(…)" that an administrator typed. Numbers are left as numbers.
 */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\n') + '\n';
}
