// Risks a patient-experience lead must see first. Harm counts only inside a complaint; the others anywhere.
import { RISKS, type Risk } from './types.js';
import { compile, entries, findAll, longestOnly, type Hit } from './matcher.js';
import { RISK_CUES, RISK_EXCEPTIONS } from './lexicon/risks.js';
import { NEGATORS } from './lexicon/cues.js';
import type { Token } from './text.js';

type Tag = Risk | 'none';
const lexicon = compile<Tag>([...entries(RISK_CUES), ...RISK_EXCEPTIONS.map((p): [string, Tag] => [p, 'none'])]);

/** Sentence indices that praise and do not complain: "they respected my privacy" alleges no breach. */
export type PraiseOnly = (sentence: number) => boolean;

export function findRisks(tokens: Token[], complaint: boolean, praiseOnly: PraiseOnly = () => false): { risks: Risk[]; support: Map<Risk, Hit<Tag>> } {
  const support = new Map<Risk, Hit<Tag>>();
  for (const hit of longestOnly(findAll(lexicon, tokens))) {
    if (hit.tag === 'none' || support.has(hit.tag)) continue;
    if (hit.tag === 'harm' && !complaint) continue;
    if (hit.tag === 'privacy' && praiseOnly(tokens[hit.from].sentence)) continue;
    if (hit.tag !== 'crisis' && hit.from > 0 && NEGATORS.has(tokens[hit.from - 1].norm)) continue;
    support.set(hit.tag, hit);
  }
  return { risks: RISKS.filter((r) => support.has(r)), support };
}
