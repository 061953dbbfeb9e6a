import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

const site = (text: string, listing?: string) => analyze({ text, listing }, RIVERSIDE).site;

describe('site', () => {
  it('names the site the text names, by name, alias or city', () => {
    expect(site('Riverside North kept us waiting 3 hours.')).toBe('north');
    expect(site('The clinic in Millerton lost my referral.')).toBe('south');
  });

  it('uses a state only when exactly one site is in it', () => {
    expect(site('The Ohio hospital was rude.')).toBe('north');
    expect(site('The Kentucky clinic was rude.')).toBeNull();
  });

  it('is null when the text names no site, whatever listing the post sits on', () => {
    expect(site('The nurse was rude.', 'east')).toBeNull();
  });

  it("does not take the author's home town for the site", () => {
    expect(site('I live in Oakton but drove to Dayfield for my scan.')).toBe('east');
  });

  it('lets the listing break a tie between named sites', () => {
    expect(site('Riverside North is better than Riverside East.', 'east')).toBe('east');
  });
});
