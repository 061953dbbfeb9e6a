// Risks a patient-experience lead must see first. Harm counts only inside a complaint; the others anywhere.
import { RISKS, type Risk } from './types.js';
import { compile, entries, findAll, longestOnly, type Hit } from './matcher.js';
import { BLOOD_THINNERS, CIRCUMSTANCES, DISCHARGES, FALLS, NOT_A_FALL, RISK_CUES, RISK_EXCEPTIONS } from './lexicon/risks.js';
import { NEGATORS } from './lexicon/cues.js';
import type { Token } from './text.js';
import type { DietError } from './diet.js';
import type { MissedTreatment } from './missed-treatment.js';

type Tag = Risk | 'none';
const lexicon = compile<Tag>([...entries(RISK_CUES), ...[...RISK_EXCEPTIONS, ...CIRCUMSTANCES].map((p): [string, Tag] => [p, 'none'])]);

const falls = compile(FALLS.map((p): [string, true] => [p, true]));
const discharges = compile(DISCHARGES.map((p): [string, true] => [p, true]));
const bloodThinners = compile(BLOOD_THINNERS.map((p): [string, true] => [p, true]));

/** A fall after a discharge, or a fall or head injury on blood thinners: the injury the lead must see in a complaint. */
function fallInjury(tokens: Token[]): Hit<true> | undefined {
  const fall = longestOnly(findAll(falls, tokens)).find(
    (h) => !(h.to - h.from === 1 && NOT_A_FALL.has(tokens[h.to]?.norm ?? '')) && !(h.from > 0 && NEGATORS.has(tokens[h.from - 1].norm)),
  );
  if (!fall) return undefined;
  const afterDischarge = findAll(discharges, tokens).some((d) => d.to <= fall.from);
  return afterDischarge || findAll(bloodThinners, tokens).length > 0 ? fall : undefined;
}

/** Sentence indices that praise and do not complain: "they respected my privacy" alleges no breach. */
export type PraiseOnly = (sentence: number) => boolean;

export function findRisks(
  tokens: Token[],
  complaint: boolean,
  praiseOnly: PraiseOnly = () => false,
  diet?: DietError,
  missed?: MissedTreatment,
): { risks: Risk[]; support: Map<Risk, Hit<Tag>> } {
  const support = new Map<Risk, Hit<Tag>>();
  for (const hit of longestOnly(findAll(lexicon, tokens))) {
    if (hit.tag === 'none' || support.has(hit.tag)) continue;
    if (hit.tag === 'harm' && !complaint) continue;
    if (hit.tag === 'privacy' && praiseOnly(tokens[hit.from].sentence)) continue;
    if (hit.tag !== 'crisis' && hit.from > 0 && NEGATORS.has(tokens[hit.from - 1].norm)) continue;
    support.set(hit.tag, hit);
  }
  if (complaint && !support.has('harm')) {
    const fall = fallInjury(tokens);
    if (fall) support.set('harm', { tag: 'harm', weight: 1, from: fall.from, to: fall.to });
  }
  // essential treatment missed or late, and the patient worse for it
  if (complaint && !support.has('harm') && missed) support.set('harm', { tag: 'harm', weight: 1, from: missed.from, to: missed.to });
  // the wrong food for a patient on a medical diet, served again or with a consequence: a safety event to report
  if (complaint && !support.has('harm') && diet?.atRisk && (diet.repeated || diet.consequence)) {
    support.set('harm', { tag: 'harm', weight: 1, from: diet.from, to: diet.to });
  }
  return { risks: RISKS.filter((r) => support.has(r)), support };
}
