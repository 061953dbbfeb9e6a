import { expect, it } from 'vitest';
import { ON_SITE_HOURS, onSiteSince, stillOnSite } from './on-site.js';

const now = new Date('2026-11-29T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

it('counts a post about being here now as on site for the window, and not after', () => {
  expect(stillOnSite(hoursAgo(2), now)).toBe(true);
  expect(stillOnSite(hoursAgo(ON_SITE_HOURS - 0.1), now)).toBe(true);
  expect(stillOnSite(hoursAgo(ON_SITE_HOURS), now)).toBe(false);
  expect(stillOnSite(hoursAgo(24 * 28), now)).toBe(false);
  expect(onSiteSince(now)).toEqual(hoursAgo(ON_SITE_HOURS));
});
