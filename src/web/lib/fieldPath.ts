// Validation errors name the field they concern (`sites[2].timeZone` or `/sites/2/timeZone`);
// forms and editors turn that into keys they can place the message next to.

export type PathKey = (string | number)[];

export function parseFieldPath(path: string): PathKey {
  const parts = path.startsWith('/') ? path.slice(1).split('/') : path.replace(/\[(\d+)\]/g, '.$1').split('.');
  return parts
    .filter((p) => p !== '')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export interface FieldError {
  path: string;
  message: string;
}

/** Errors grouped by their first path key (a form field); errors without a path go under ''. */
export function errorsByField(details: readonly FieldError[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const d of details) {
    const key = String(parseFieldPath(d.path ?? '')[0] ?? '');
    byField.set(key, [...(byField.get(key) ?? []), d.message]);
  }
  return byField;
}
