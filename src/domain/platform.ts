// Where a post came from. `forwarded` is a private post a staff member pasted in (a screenshot or copy).
export const PLATFORMS = ['facebook', 'google', 'yelp', 'x', 'reddit', 'email', 'forwarded', 'test'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Longest public reply each platform accepts, in characters. */
export const REPLY_LENGTH_LIMIT: Record<Platform, number> = {
  facebook: 8000,
  google: 4096,
  yelp: 5000,
  x: 280,
  reddit: 10000,
  email: 100000,
  forwarded: 0,
  test: 4096,
};

/**
 * How the author of a case on each platform can be reached privately. Google reviews offer no private message;
 * an email address is known only for mail. Redress sends neither itself: the agent sends it from the platform or
 * their mail client and marks it sent, because a platform's reply API would post it in public.
 */
export const PRIVATE_ROUTES: Record<Platform, readonly ('private' | 'email')[]> = {
  facebook: ['private'],
  google: [],
  yelp: ['private'],
  x: ['private'],
  reddit: ['private'],
  email: ['email'],
  forwarded: ['private', 'email'],
  test: ['private', 'email'],
};
