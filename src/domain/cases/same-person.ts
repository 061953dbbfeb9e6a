// One patient often writes in more than one place: a Google review, a comment on our page, an email. Their accounts
// share nothing but a name, so a full name seen on another account is offered to staff as a possible duplicate to
// merge, never merged on its own: two people can share a name, and merging would show one's story on the other's case.

// What platforms show for someone who hides their name.
const NOT_A_NAME = new Set(['google user', 'a google user', 'facebook user', 'yelp user', 'anonymous', 'anonymous user', 'guest', 'patient', 'unknown']);

/**
 * The key two accounts must share to be offered as one person: a full name (two words or more of at least two
 * letters each), lowercased with spaces collapsed, as the database index computes it. Null for a first name alone,
 * initials, a handle or a platform's placeholder: those match too many strangers.
 */
export function fullNameKey(displayName: string | null | undefined): string | null {
  if (!displayName) return null;
  const key = displayName.trim().replace(/\s+/g, ' ').toLowerCase();
  if (NOT_A_NAME.has(key)) return null;
  const words = key.split(' ');
  return words.length >= 2 && words.every((w) => /^\p{L}[\p{L}'’.-]+$/u.test(w) && w.replace(/[.'’-]/g, '').length >= 2) ? key : null;
}
