import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { TEST_PROFILE, rulesFor } from './test-profile.js';

describe('care confirmed by a detail from the reader\'s record', () => {
  it.each([
    'We are glad your asthma is under control now.',
    'The $75 facility fee on your bill is standard.',
    'Account 40077215 has been corrected.',
  ])('reports a care relationship for: %s', (draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it('does not count what an insurance plan covers', () => {
    expect(rulesFor('Good news: your Aetna plan covers 80% of imaging at our hospitals.')).not.toContain('care_relationship');
  });

  it('does not count an amount we offer', () => {
    expect(rulesFor("We'll give you a $100 credit for the trouble.")).not.toContain('care_relationship');
  });

  it('reports it once, on the detail, only in public', () => {
    const draft = 'Your balance of $92 is now with collections.';
    const care = checkReply(draft, { profile: TEST_PROFILE }).findings.filter((f) => f.rule === 'care_relationship');
    expect(care).toHaveLength(1);
    expect(checkReply(draft, { profile: TEST_PROFILE, platform: 'email' }).findings.filter((f) => f.rule === 'care_relationship')).toEqual([]);
  });
});

describe('care confirmed by record (1.10.0)', () => {
  it("does not count a dated mishap on our grounds or a parking rate, but does count what the reader paid", () => {
    expect(rulesFor("Sorry — our garage elevator was out on March 3 and it's fixed now.")).toEqual(['service_date']);
    expect(rulesFor('Sorry, the lot is $9/day, but you can validate it for $3.')).toEqual(['financial_detail']);
    expect(rulesFor('Sorry the garage cost you $14.')).toContain('care_relationship');
  });
});

describe('a complaint ticket the reader posted (1.11.0)', () => {
  it('blocks repeating it as a number, without reading it as their care', () => {
    const post = { text: 'Feedback ticket 77120345 has been open for a month!' };
    expect(rulesFor('We have reopened ticket 77120345 and will call you today.', { post })).toEqual(['record_number']);
    expect(rulesFor('Please have account 77120345 handy when you call.', { post })).toContain('care_relationship');
  });
});

describe('care confirmed by a detail from the reader\'s record (1.12.0)', () => {
  it('does not take a clinical word only echoed from the post, said of everyone, as their record', () => {
    const post = { text: 'Riverbend pharmacy was out of my insulin AGAIN.' };
    expect(rulesFor("We're sorry. Insulin has been on national backorder, and we're doing everything we can to keep it on the shelves.", { post })).toEqual(['clinical_detail']);
  });

  it('takes the amount of their bill as their record even beside talk of coverage', () => {
    expect(rulesFor("Your Anthem plan changed in January, so the $85 balance isn't a mistake.")).toContain('care_relationship');
  });
});

describe('details that do not come from a record (1.13.0)', () => {
  it('does not take the insurer the reader named, or a deadline we set, as their record', () => {
    const post = { text: 'Humana keeps denying my claims for physical therapy.' };
    expect(rulesFor('Humana appeals can take a while, and our billing team helps with them every week.', { post })).toEqual(['financial_detail']);
    expect(rulesFor('Please send us your comments by October 3 so they reach the committee.')).toEqual(['service_date']);
  });
});

describe('details that are not the reader’s record (1.15.0)', () => {
  it('does not read a deadline to get a form in as the date of care', () => {
    const result = checkReply('If you get the form in before June 30, we can process it this quarter.', { profile: TEST_PROFILE, platform: 'google' });
    expect(result.findings.map((f) => f.rule)).not.toContain('care_relationship');
  });

  it('does not read a parking citation’s number as a record of care', () => {
    const result = checkReply('Please email citation 50028841 to feedback@lakeside.example.', { profile: TEST_PROFILE, platform: 'google', post: { text: 'Got ticket 50028841 in your garage' } });
    expect(result.findings.map((f) => f.rule)).not.toContain('care_relationship');
  });
});
