// Whom a post's negative words are aimed at. A complaint is dissatisfaction with a service; "this week has been a
// nightmare" or "the refs were garbage" is a bad mood about something no provider could recover. A post is aimed at
// a provider when it is written to someone who may be one (a handle, see addressee.ts), names the organization, comes
// in through a review or a message to the organization, or speaks of the dealings of a customer or a patient (orders,
// staff, appointments).
import type { OrganizationProfile } from '../domain/organization.js';
import type { TriageInput } from './types.js';
import type { Token } from './text.js';
import { compile, findAll } from './matcher.js';
import { SERVICE_WORDS, CARE_ACCOUNT } from './lexicon/service.js';
import { CARE_CONTEXT } from './lexicon/brand.js';
import { TOPICS } from './lexicon/categories.js';
import { perProfile } from './names.js';
import { addressesProvider, sharesLink } from './addressee.js';

export interface Target {
  /** Something the post could complain about: written to someone, naming us, through our channels, or about a service. */
  aimed: boolean;
  /**
   * Plainly about a customer's or a patient's dealings (an order, an account, a nurse) or written to a customer-care
   * account: there a weak hint of failure ("it is not showing", "I have an issue") is already a complaint.
   */
  service: boolean;
  /**
   * Aimed at nothing though written to someone or passing on a link: a reply among private people or a shared
   * article, where even words of failure ("brutal", "the worst") are about the talk or what is shared, not a service.
   */
  unaddressed?: boolean;
}

/**
 * Topic words that name no service when they stand alone: "seriously" is an adverb and "care" as often the verb
 * ("I don't care"). They still place a grievance in its category.
 */
const NOT_A_SERVICE = new Set(['seriously', 'care']);
const serviceWords = compile(
  [...SERVICE_WORDS, ...CARE_CONTEXT, ...Object.values(TOPICS).flat()].filter((p) => !NOT_A_SERVICE.has(p)).map((p): [string, true] => [p, true]),
);

/** Platforms where a post is addressed to the organization by construction: reviews, page comments, messages. */
const ADDRESSED_PLATFORMS = new Set(['google', 'yelp', 'facebook', 'email', 'forwarded']);

/** Name words too common to show the post means us ("the", "hospital", "health"). */
const GENERIC = new Set(['the', 'of', 'and', 'a', 'hospital', 'hospitals', 'medical', 'center', 'centre', 'clinic', 'health', 'care', 'general', 'regional', 'memorial', 'st', 'saint', 'mount', 'north', 'south', 'east', 'west', 'university', 'family']);
const distinctiveNames = perProfile(
  (profile: OrganizationProfile): Set<string> =>
    new Set(
      [profile.organization.name, ...profile.organization.aliases, ...profile.sites.flatMap((s) => [s.name, ...s.aliases])]
        .flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/))
        .filter((w) => w.length > 2 && !GENERIC.has(w)),
    ),
);

export function findTarget(tokens: Token[], profile: OrganizationProfile, input: TriageInput): Target {
  let handle = false;
  let careAccount = false;
  let named = false;
  const names = distinctiveNames(profile);
  for (const t of tokens) {
    if (t.handle) {
      handle = true;
      if (CARE_ACCOUNT.test(t.norm)) careAccount = true;
    } else if (names.has(t.norm)) named = true;
  }
  const service = careAccount || findAll(serviceWords, tokens).length > 0;
  const channel = (input.platform !== undefined && ADDRESSED_PLATFORMS.has(input.platform)) || typeof input.rating === 'number' || (input.listing ?? null) !== null;
  const addressed = handle && addressesProvider(input.text, profile);
  const aimed = service || addressed || named || channel;
  return !aimed && (handle || sharesLink(input.text)) ? { aimed, service, unaddressed: true } : { aimed, service };
}
