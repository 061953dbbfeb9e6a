// Whom a post is written to, from its handles: one of our accounts, some company, or only private people. A handle
// is the strongest sign that a post speaks to a provider, but a reply among friends is full of handles too.
import type { OrganizationProfile } from '../domain/organization.js';
import { perProfile } from './names.js';

/** Our own accounts, without "@", in lower case. */
export const ourHandles = perProfile((profile: OrganizationProfile) => new Set(profile.organization.handles.map((h) => h.replace(/^@/, '').toLowerCase())));

export const HANDLE = /(?:^|[^A-Za-z0-9_@.])@([A-Za-z0-9_]+)/g;

/** The run of handles an X reply opens with ("@kristen_h @CedarPlainsHlth so sorry ..."): everyone in the thread. */
export const LEADING_HANDLES = /^(?:\s*@[A-Za-z0-9_]+)+/;

/**
 * A handle with digits in it ("@jess_m82", "@Dave1975") or padded with an underscore ("@_maddie", "@trixie_") is
 * almost always a private person's, who found their name taken: companies and services pick names people can
 * remember and type.
 */
const PERSONAL_HANDLE = /\d|^_|_$/;

/**
 * Whether a handle in the post addresses someone who could be a provider: one of ours, or any that is not a private
 * person's. When a reply opens with several handles, they are the thread's participants, copied in by the platform
 * rather than chosen by the author: only the handles written after them say whom the post is for.
 */
export function addressesProvider(text: string, profile: OrganizationProfile): boolean {
  const ours = ourHandles(profile);
  const lead = LEADING_HANDLES.exec(text)?.[0] ?? '';
  const participants = new Set(lead.toLowerCase().match(/@[a-z0-9_]+/g) ?? []);
  const threadEnd = participants.size > 1 ? lead.length : 0;
  for (const m of text.matchAll(HANDLE)) {
    const h = m[1].toLowerCase();
    if (ours.has(h) || (m.index >= threadEnd && !PERSONAL_HANDLE.test(h))) return true;
  }
  return false;
}

/** A web address: the post passes on something to read or watch. */
export const sharesLink = (text: string) => /https?:\/\//.test(text);
