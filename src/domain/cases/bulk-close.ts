// Closing many cases at once is for posts that need no recovery. A case that may still need a person (one carrying a
// risk, marked urgent, about someone in the building now, or a confidential message) is closed from its own page,
// where its clocks and the person's words are in front of whoever closes it; the bulk close leaves it open and says why.

export interface BulkCloseCandidate {
  number: number | string;
  risks: readonly string[];
  priority: string;
  timing: string;
  confidential: boolean;
}

/** Why this case stays open in a bulk close, each reason in plain words; empty when it may be closed with the others. */
export function bulkCloseHolds(c: BulkCloseCandidate): string[] {
  const reasons: string[] = [];
  if (c.risks.length > 0) reasons.push(`it carries a risk (${c.risks.join(', ')})`);
  if (c.priority === 'urgent') reasons.push('it is marked urgent');
  if (c.timing === 'now') reasons.push('the person is in the building now');
  if (c.confidential) reasons.push('it is a confidential message');
  return reasons;
}

/** The whole explanation for one case the bulk close left open, or null when it may be closed. */
export function bulkCloseRefusal(c: BulkCloseCandidate): string | null {
  const reasons = bulkCloseHolds(c);
  if (reasons.length === 0) return null;
  return `Case #${c.number} stays open: ${joinReasons(reasons)}. Close it from the case itself, where its open clocks are shown.`;
}

/** "a", "a and b", "a, b and c". */
export function joinReasons(reasons: readonly string[]): string {
  return reasons.length <= 1 ? (reasons[0] ?? '') : `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
}
