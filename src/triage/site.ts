// Which of our sites the text names: a site name or alias beats its city, a city beats a state, and a state
// counts only when exactly one site is in it. The listing a post sits on only breaks ties between named sites.
import type { OrganizationProfile } from '../domain/organization.js';
import { compile, findAll, longestOnly, type Lexicon } from './matcher.js';
import { phrase, perProfile } from './names.js';
import type { Token } from './text.js';
import { US_STATES } from './lexicon/us-states.js';

interface SiteTag {
  site: string;
  strength: number;
}

const NAME = 3;
const CITY = 2;
const STATE = 1;
/** Words too generic to name a site on their own when left over from "UZ Gent" minus "UZ". */
const GENERIC = new Set(['hospital', 'medical', 'center', 'centre', 'clinic', 'health', 'campus', 'the', 'of', 'university', 'general', 'regional']);

const siteLexicon = perProfile((profile: OrganizationProfile): Lexicon<SiteTag> => {
  const orgWords = new Set([profile.organization.name, ...profile.organization.aliases].flatMap((n) => phrase(n).split(' ')));
  const list: [string, SiteTag, number][] = [];
  const add = (text: string | undefined, site: string, strength: number) => {
    const p = text ? phrase(text) : '';
    if (p) list.push([p, { site, strength }, strength]);
  };
  for (const site of profile.sites) {
    for (const name of [site.name, ...site.aliases]) {
      add(name, site.id, NAME);
      // "UZ Gent" is also called plain "Gent": what is left once the organization's own words are removed.
      // Such a short name is usually a place name too, so it weighs as much as a city.
      const rest = phrase(name).split(' ').filter((w) => !orgWords.has(w));
      if (rest.length > 0 && rest.length < phrase(name).split(' ').length && !rest.every((w) => GENERIC.has(w))) add(rest.join(' '), site.id, CITY);
    }
    add(site.city, site.id, CITY);
    const sameState = profile.sites.filter((s) => s.state && s.state === site.state);
    // two-letter codes are too often ordinary words ("IN", "OR", "ME") to match on their own
    if (sameState.length === 1 && site.state) {
      if (site.state.length > 2) add(site.state, site.id, STATE);
      const stateName = US_STATES[site.state.toUpperCase()];
      if (stateName) add(stateName, site.id, STATE);
    }
  }
  return compile(list);
});

/** "living in Brussels", "away from Leuven", "the Ghent region": the place is the author's or an area, not our site. */
const AUTHOR_PLACE = new Set(['living', 'live', 'lives', 'lived', 'from', 'away', 'near', 'moved', 'vivo', 'desde', 'cerca']);
const AREA = new Set(['region', 'area', 'province', 'zona', 'region']);

function placeOnly(tokens: Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from - 2); i < from; i++) if (AUTHOR_PLACE.has(tokens[i].norm)) return true;
  return to < tokens.length && AREA.has(tokens[to].norm);
}

export function resolveSite(tokens: Token[], profile: OrganizationProfile, listing?: string | null): { site: string | null; from: number; to: number } {
  const hits = longestOnly(findAll(siteLexicon(profile), tokens)).filter((h) => h.tag.strength === NAME || !placeOnly(tokens, h.from, h.to));
  if (hits.length === 0) return { site: null, from: -1, to: -1 };
  const strongest = Math.max(...hits.map((h) => h.tag.strength));
  const top = hits.filter((h) => h.tag.strength === strongest);
  const count = new Map<string, number>();
  for (const h of top) count.set(h.tag.site, (count.get(h.tag.site) ?? 0) + 1);
  const most = Math.max(...count.values());
  const leaders = top.filter((h) => count.get(h.tag.site) === most);
  const chosen = leaders.find((h) => h.tag.site === listing) ?? leaders[0];
  return { site: chosen.tag.site, from: chosen.from, to: chosen.to };
}
