// Guard findings as the reply box lists them. The guard can return one finding twice (the same rule over the same
// words, e.g. "last night" ×2); shown twice it reads as two problems, so the display keeps one of each.
import type { GuardFinding } from '../api/types.js';

/** The findings without repeats of the same rule over the same span, in their order. */
export function uniqueFindings(findings: readonly GuardFinding[]): GuardFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
