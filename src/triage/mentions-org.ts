// Whether a post means the organization. Only names that are also common words ("Blessing", "Mercy") need
// judgement: each occurrence is read in its context, and one occurrence meaning us is enough.
import type { OrganizationProfile } from '../domain/organization.js';
import { compile, findAll, type Hit, type Lexicon } from './matcher.js';
import { phrase, perProfile } from './names.js';
import { COMMON_SENSE, ORG_FOLLOWERS, ORG_PRECEDERS, CARE_CONTEXT } from './lexicon/brand.js';
import type { Token } from './text.js';

type NameTag = 'clear' | 'ambiguous';

const commonSense = compile(COMMON_SENSE.map((p): [string, true] => [p, true]));
const careContext = compile(CARE_CONTEXT.map((p): [string, true] => [p, true]));

const nameLexicon = perProfile((profile: OrganizationProfile): Lexicon<NameTag> => {
  const ambiguous = new Set(profile.organization.ambiguousNames.map(phrase));
  const names = [
    profile.organization.name,
    ...profile.organization.aliases,
    ...profile.organization.handles,
    ...profile.sites.flatMap((s) => [s.name, ...s.aliases]),
  ];
  const list: [string, NameTag][] = [];
  for (const name of names) {
    const p = phrase(name);
    if (p) list.push([p, ambiguous.has(p) ? 'ambiguous' : 'clear']);
  }
  // handles are written together: "@MercyMedical" is one token
  for (const handle of profile.organization.handles) list.push([phrase(handle).replace(/ /g, ''), 'clear']);
  for (const name of ambiguous) list.push([name, 'ambiguous']);
  return compile(list);
});

export function findOrgMention(tokens: Token[], profile: OrganizationProfile, listing?: string | null): { mentionsOrg: boolean; from: number; to: number } {
  const hits = findAll(nameLexicon(profile), tokens);
  const clear = hits.find((h) => h.tag === 'clear' && !hits.some((o) => o.tag === 'ambiguous' && o.from <= h.from && o.to > h.to));
  if (clear && !coveredByCommonSense(tokens, clear)) return { mentionsOrg: true, from: clear.from, to: clear.to };
  const ambiguous = hits.filter((h) => h.tag === 'ambiguous');
  if (ambiguous.length > 0) {
    const common = findAll(commonSense, tokens);
    const care = findAll(careContext, tokens).length > 0;
    const meant = ambiguous.find((h) => !common.some((c) => c.from <= h.from && c.to >= h.to) && meansOrganization(tokens, h, care));
    if (meant) return { mentionsOrg: true, from: meant.from, to: meant.to };
    return { mentionsOrg: false, from: -1, to: -1 };
  }
  return { mentionsOrg: Boolean(listing), from: -1, to: -1 };
}

function coveredByCommonSense(tokens: Token[], hit: Hit<NameTag>): boolean {
  return findAll(commonSense, tokens).some((c) => c.from <= hit.from && c.to >= hit.to);
}

function meansOrganization(tokens: Token[], hit: Hit<NameTag>, careContext: boolean): boolean {
  const first = tokens[hit.from];
  const next = tokens[hit.to];
  const before = hit.from > 0 ? tokens[hit.from - 1] : undefined;
  if (first.hashtag) return false;
  if (next && next.sentence === first.sentence && ORG_FOLLOWERS.has(next.norm)) return true;
  const placed = before !== undefined && before.sentence === first.sentence && ORG_PRECEDERS.has(before.norm);
  if (placed && (first.capital || careContext)) return true;
  return first.capital && careContext;
}
