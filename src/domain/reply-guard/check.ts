// Checks a reply draft against the written reply policy (policy.ts) before anyone can post it.
import { blaming } from './blaming.js';
import { careRelationship } from './care-relationship.js';
import { confidentialCase, lengthLimit } from './channel-rules.js';
import { clinicalDetail } from './clinical-detail.js';
import { careConfirmedByRecord } from './confirms-care.js';
import { directPhone, personalEmail } from './contacts.js';
import { financialDetail } from './financial-detail.js';
import { dedupe } from './match.js';
import { patientName } from './names.js';
import { GUARD_POLICY_VERSION } from './policy.js';
import { outcomePromise } from './promise.js';
import { recordNumber } from './record-number.js';
import { serviceDate } from './service-date.js';
import { templateBlank } from './template-blank.js';
import type { GuardContext, GuardResult, Rule, RuleContext, Visibility } from './types.js';

export type { Finding, GuardContext, GuardResult, RuleId } from './types.js';

// A private message goes to the person who wrote to us, so confirming their own care, dates, clinical
// and billing details is allowed there; promises, blame, third-party names and identifiers still matter.
const RULES: { rule: Rule; inPrivate: boolean }[] = [
  { rule: confidentialCase, inPrivate: true },
  { rule: careRelationship, inPrivate: false },
  { rule: patientName, inPrivate: true },
  { rule: serviceDate, inPrivate: false },
  { rule: clinicalDetail, inPrivate: false },
  { rule: financialDetail, inPrivate: false },
  { rule: recordNumber, inPrivate: true },
  { rule: directPhone, inPrivate: false },
  { rule: personalEmail, inPrivate: false },
  { rule: outcomePromise, inPrivate: true },
  { rule: blaming, inPrivate: true },
  { rule: lengthLimit, inPrivate: true },
  { rule: templateBlank, inPrivate: true },
];

const PRIVATE_PLATFORMS = new Set(['email', 'forwarded']);

// Texting shorthand ("glad u got ur shot") reads as "you" and "your": the rules read the long form, and findings are
// mapped back onto the draft as written. Lowercase only: "U" and "UR" are more often initials.
const SHORTHAND: Record<string, string> = { u: 'you', ur: 'your' };
const SHORTHAND_WORD = /(?<![\p{L}\p{N}'’])(?:u|ur)(?![\p{L}\p{N}'’])/gu;

function expandShorthand(draft: string): { text: string; toDraft: number[] } {
  let text = '';
  const toDraft: number[] = [];
  let at = 0;
  for (const m of draft.matchAll(SHORTHAND_WORD)) {
    for (; at < m.index; at++) {
      toDraft.push(at);
      text += draft[at];
    }
    const long = SHORTHAND[m[0]];
    for (let k = 0; k < long.length; k++) toDraft.push(m.index + Math.min(k, m[0].length - 1));
    text += long;
    at = m.index + m[0].length;
  }
  for (; at <= draft.length; at++) {
    toDraft.push(at);
    if (at < draft.length) text += draft[at];
  }
  return { text, toDraft };
}

function visibilityOf(ctx: GuardContext): Visibility {
  return ctx.visibility ?? (PRIVATE_PLATFORMS.has(String(ctx.platform)) ? 'private' : 'public');
}

export function checkReply(draft: string, ctx: GuardContext): GuardResult {
  const ruleCtx: RuleContext = { ...ctx, visibility: visibilityOf(ctx) };
  const read = expandShorthand(draft);
  const found = dedupe(RULES.filter((r) => ruleCtx.visibility === 'public' || r.inPrivate).flatMap((r) => r.rule(read.text, ruleCtx)));
  const confirmed = ruleCtx.visibility === 'public' ? careConfirmedByRecord(found, read.text) : null;
  if (confirmed) found.push(confirmed);
  const findings = found.map((f) => ({ ...f, start: read.toDraft[f.start], end: read.toDraft[f.end] }));
  findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  const verdict = findings.some((f) => f.level === 'block') ? 'block' : findings.length > 0 ? 'warn' : 'ok';
  return { verdict, findings, policyVersion: GUARD_POLICY_VERSION };
}
