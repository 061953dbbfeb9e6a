// The case life cycle. A case moves forward as service recovery progresses; a resolved or closed case can be
// reopened (the patient writes back, or the review gets worse) and continues in recovery.
//
//   new ──► triaged ──► acknowledged ──► in_recovery ──► resolved ──► closed
//    │         │              │                │             │           │
//    └─────────┴──────────────┴────────────────┴──► closed   └─ reopen ──┘──► in_recovery
//
// Any open case may be closed directly (not actionable, duplicate, spam); closing needs no resolution.
export const CASE_STATUSES = ['new', 'triaged', 'acknowledged', 'in_recovery', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'triaged', 'acknowledged', 'in_recovery'];

const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['triaged', 'acknowledged', 'in_recovery', 'resolved', 'closed'],
  triaged: ['acknowledged', 'in_recovery', 'resolved', 'closed'],
  acknowledged: ['in_recovery', 'resolved', 'closed'],
  in_recovery: ['resolved', 'closed'],
  resolved: ['closed', 'in_recovery'],
  closed: ['in_recovery'],
};

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** A move from resolved or closed back into recovery is a reopen, recorded as such on the timeline. */
export function isReopen(from: CaseStatus, to: CaseStatus): boolean {
  return !isOpen(from) && isOpen(to);
}
