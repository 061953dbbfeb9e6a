// Rules about where the reply goes rather than what it says.
import { REPLY_LENGTH_LIMIT, type Platform } from '../platform.js';
import { finding } from './match.js';
import type { Rule } from './types.js';

/** A confidential case (legal hold, VIP, safeguarding) is answered privately or not at all. */
export const confidentialCase: Rule = (draft, ctx) =>
  ctx.confidential && ctx.visibility === 'public'
    ? [finding('confidential_case', 'block', { start: 0, end: draft.length }, 'This case is marked confidential: no public reply may be posted.', 'Reply privately, or post nothing and let the case owner decide.')]
    : [];

/** The platform would refuse or truncate a reply over its limit; a zero limit means no public reply there. */
export const lengthLimit: Rule = (draft, ctx) => {
  const limit = REPLY_LENGTH_LIMIT[ctx.platform as Platform];
  if (!limit || draft.length <= limit) return [];
  return [
    finding('length_limit', 'block', { start: limit, end: draft.length }, `The reply has ${draft.length} characters; ${ctx.platform} accepts ${limit}.`, `Shorten it by ${draft.length - limit} characters, or use the short variant of the template.`),
  ];
};
