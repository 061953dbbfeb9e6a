// How a case ended, as the team records it when resolving or closing: the figures service recovery is judged by
// ("how many did we turn around, how many never answered") need a fixed list, not free text.
export const CASE_OUTCOMES = ['resolved_with_patient', 'patient_declined', 'no_response', 'referred_to_grievance', 'not_actionable', 'duplicate'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  resolved_with_patient: 'Resolved with the patient',
  patient_declined: 'Patient declined contact',
  no_response: 'No response from the patient',
  referred_to_grievance: 'Referred to the grievance process',
  not_actionable: 'Not actionable (not our patient, spam, general comment)',
  duplicate: 'Duplicate of another case',
};

/** How the reports and the inbox filter name an ended case that nobody gave an outcome. */
export const NOT_RECORDED = 'not_recorded';

/** An outcome, or `not_recorded`, in words. */
export function outcomeLabel(outcome: string): string {
  return outcome === NOT_RECORDED ? 'Not recorded' : (OUTCOME_LABELS[outcome as CaseOutcome] ?? outcome);
}

/** An outcome belongs to an ended case: it is set when resolving or closing, and cleared when the case reopens. */
export function outcomeAllowed(status: string): boolean {
  return status === 'resolved' || status === 'closed';
}
