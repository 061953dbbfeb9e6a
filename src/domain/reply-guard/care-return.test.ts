import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { rulesFor, TEST_PROFILE } from './test-profile.js';

const verdict = (draft: string, post?: string) => checkReply(draft, { profile: TEST_PROFILE, platform: 'google', ...(post ? { post: { text: post } } : {}) }).verdict;

describe('care taken as ongoing or remembered (1.15.0)', () => {
  it.each([
    ['a check-up of theirs booked months ahead', 'Great progress! We’ll see you at your six-week follow-up 🙌'],
    ['a return to us counted in months', 'Stay strong and stop back and see us in 6 months.'],
    ['staff who expect them every week', 'The infusion nurses love seeing you every Tuesday!'],
    ['a clinician of ours who was there for them', 'We’re grateful our chaplain was able to be there for you that night.'],
    ['a lookup in their record', 'I looked in your chart and the referral went through on our side.'],
    ['their relative’s room', 'We found the glasses under her hospital room window ledge and kept them safe.'],
    ['an anniversary of their operation', 'Happy transplantversary, we’re cheering for you!'],
    ['the effort put into their own treatment', 'She pushed so hard through all those therapy sessions.'],
  ])('blocks %s', (_, draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it('blocks a numbered ward the post told as where the author stayed', () => {
    expect(verdict('Sorry to hear that. 7 East is a busy unit at night.', 'Spent four nights on 7 East and nobody turned the lights off.')).toBe('block');
  });

  it.each([
    ['an event anyone comes to', 'See you at the finish line on race day!'],
    ['a closing that expects nobody in particular', 'We look forward to seeing you at the open house.'],
    ['our team being there for anyone', 'Our crisis counselors are here for anyone who needs them, day or night.'],
    ['an ordinary anniversary', 'Happy 50th anniversary to our volunteer auxiliary!'],
    ['volunteers who worked hard on an event', 'You worked so hard on the gala and it showed.'],
  ])('lets %s pass', (_, draft) => {
    expect(rulesFor(draft)).not.toContain('care_relationship');
  });

  it('lets the nurses of a ward the post praised be thanked', () => {
    expect(verdict('We’ll share this with the whole team on 7 East!', 'The nurses on 7 East are the best, thank you.')).toBe('ok');
  });

  it('lets the manager of a ward the post told of be offered as a contact', () => {
    expect(rulesFor('The nurse manager for 7 East would like to hear more at (555) 010-0100.', { post: { text: 'Two nights on 7 East with alarms going off.' } })).not.toContain('care_relationship');
  });
});
