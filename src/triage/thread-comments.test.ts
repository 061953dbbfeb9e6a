import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import type { TriageInput } from './types.js';
import { RIVERSIDE } from './test-profile.js';

// A comment in someone else's thread that only advises or consoles that person is no complaint of its own; a comment
// that tells the commenter's own grievance still is. Triage sees no thread ids, so it reads the channel and the words.
const comment = (text: string, platform: TriageInput['platform'] = 'facebook') => analyze({ text, platform }, RIVERSIDE);

describe('comments in another person’s thread', () => {
  it('reads advice to another poster as no complaint', () => {
    expect(comment('Marlene that is awful. You should ask for the patient advocate, they can actually get things moving.').complaint).toBe(false);
    expect(comment("Don't leave yet, the night shift changes at 7 and it gets faster. Ask the charge nurse to look at his foot again.", 'reddit').complaint).toBe(false);
    expect(comment('Dev, that is outrageous. Walk up to the window and tell them she is diabetic, be loud about it. Hope she is ok 🙏').complaint).toBe(false);
    expect(comment('If I were you I would call patient relations first thing Monday. That kind of wait is unacceptable.', 'x').complaint).toBe(false);
  });

  it('reads sympathy to another poster as no complaint', () => {
    expect(comment('Same thing happened to my grandma, so sorry.').complaint).toBe(false);
    expect(comment('Praying for your little one. What a horrible night for you both.').complaint).toBe(false);
  });

  it("still hears the commenter's own grievance beside the sympathy", () => {
    const own = comment('Same thing happened to my grandma and nobody called us back either.');
    expect(own).toMatchObject({ complaint: true, categories: ['communication'] });
    const both = comment('So sorry, that sounds awful. We waited nine hours in the same ER in March and my son never saw a doctor.');
    expect(both.complaint).toBe(true);
    expect(both.categories).toContain('access_wait');
  });

  it('keeps advice-like words in a review, an email or a post to our account a complaint', () => {
    const text = 'The front desk was rude and we waited six hours. Ask for the charge nurse as soon as you arrive.';
    expect(analyze({ text, platform: 'google', rating: 2 }, RIVERSIDE).complaint).toBe(true);
    expect(analyze({ text, platform: 'email' }, RIVERSIDE).complaint).toBe(true);
    expect(analyze({ text: `@RiversideHealth ${text}`, platform: 'x' }, RIVERSIDE).complaint).toBe(true);
    // a demand aimed at us is no advice to a bystander
    expect(comment('Tell your nurses to answer the call light. My dad lay in a wet bed all night.').complaint).toBe(true);
  });

  it('reads an X reply that opens with the handles of the thread, ours among them, as a reply to the other poster', () => {
    expect(comment('@dana_w_88 @RiversideHealth that is terrible, you should ask for the patient advocate. Hope your mom is ok', 'x').complaint).toBe(false);
    expect(comment('@RiversideHealth that is terrible, you should ask for the patient advocate', 'x').complaint).toBe(true);
  });

  it('does not take a story that mentions a call for advice', () => {
    const t = comment('Got a call the next day from a manager who listened. Honestly didn’t expect that after they left me in a hallway for 7 hours.', 'reddit');
    expect(t.complaint).toBe(true);
  });
});
