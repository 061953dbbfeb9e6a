// What a status change does to the case's clocks, said before it is applied. Only what the server does is told
// (src/app/clock-triggers.ts): resolving or closing settles each clock as its policy's `whenCaseEnds` says,
// reopening starts the follow-up clock for reopened cases, and any other move leaves the clocks as they are.
import type { Clock } from '../api/types.js';
import { clockLabel, statusLabel } from './labels.js';

const ENDED = ['resolved', 'closed'];

/** Whether moving from `from` to `to` takes an ended case back into recovery ("reopen" is the move's own name). */
export function isReopening(from: string, to: string): boolean {
  return ENDED.includes(from) && !ENDED.includes(to);
}

/** One sentence per clock the change meets, stops or starts; empty when nothing is running and nothing starts. */
export function statusChangeEffects(from: string, to: string, clocks: readonly Clock[]): string[] {
  const owed = clocks.filter((c) => c.state !== 'met' && c.state !== 'stopped');
  if (isReopening(from, to)) return ['Starts the follow-up clock for reopened cases.'];
  if (ENDED.includes(to)) {
    const verb = statusLabel(to).toLowerCase();
    return owed.flatMap((c) => {
      const name = `“${clockLabel(c.name)}”`;
      if (c.whenCaseEnds === 'met') return [`${name} is met.`];
      if (c.whenCaseEnds === 'stopped') return [`${name} stops, not met: a ${verb} case owes it no more.`];
      if (c.whenCaseEnds === 'continues') return [`${name} keeps running: only its own response meets it.`];
      return [];
    });
  }
  return owed.length > 0 ? [`No clock is met or stopped by moving to ${statusLabel(to)}.`] : [];
}
