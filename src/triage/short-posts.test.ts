import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { emphatic } from './emphasis.js';
import { RIVERSIDE } from './test-profile.js';

const complaint = (text: string) => analyze({ text }, RIVERSIDE).complaint;

describe('complaints in short social posts', () => {
  it('hears a problem report that ends in a plea for help', () => {
    expect(complaint('The patient portal keeps getting a login error, please help')).toBe(true);
    expect(complaint('My test results page will not load since Monday. Any ideas?')).toBe(true);
  });

  it('reads contractions typed without an apostrophe as negation', () => {
    expect(complaint('I cant book an appointment online and nobody picks up')).toBe(true);
    expect(complaint('The app doesnt work')).toBe(true);
  });

  it('takes a question opening with "why" as a reproach', () => {
    expect(complaint('Why is my mother still in the corridor?')).toBe(true);
    expect(complaint('@Riverside why did you move my appointment without telling me')).toBe(true);
  });

  it('does not take an information question as a complaint', () => {
    expect(complaint('When does the pharmacy open on Saturdays?')).toBe(false);
    expect(complaint('Can you help me find the maternity ward entrance?')).toBe(false);
  });

  it('hears exasperation at a repeated failure', () => {
    expect(complaint('The phone line is down again')).toBe(true);
    expect(complaint('Rescheduled for the third time, what a joke')).toBe(true);
    expect(complaint('Thanks for nothing')).toBe(true);
    expect(complaint('They hung up on me')).toBe(true);
  });

  it('hears a failure that keeps coming back or cannot be resolved', () => {
    expect(complaint('Same issue as last week with the online check-in')).toBe(true);
    expect(complaint('How many times do I have to send my insurance details')).toBe(true);
    expect(complaint("I'm done with this booking line")).toBe(true);
  });

  it('hears everyday words of irritation', () => {
    expect(complaint('The new parking system is infuriating')).toBe(true);
    expect(complaint('Subpar follow-up after my scan')).toBe(true);
  });

  it('keeps plain gratitude and excitement out', () => {
    expect(complaint('Thank you so much to the night nurses!!')).toBe(false);
    expect(complaint('BEST TEAM EVER, thank you')).toBe(false);
    expect(complaint('Thanks for resolving my complaint so quickly')).toBe(false);
  });
});

describe('emphasis', () => {
  it('notices shouting and piled-up punctuation, not a single acronym', () => {
    expect([emphatic('NOT AGAIN'), emphatic('really??'), emphatic('the ICU was calm')]).toEqual([true, true, false]);
  });
});

describe('failures reported without an evaluative word', () => {
  it('hears something that will not work or has still not happened', () => {
    expect(complaint('The kiosk at the entrance won\'t print my parking ticket')).toBe(true);
    expect(complaint('Four weeks on and I haven\'t had my letter')).toBe(true);
    expect(complaint('Your appointment line plays no music and no message, just silence')).toBe(true);
  });

  it('hears a sad face as displeasure', () => {
    expect(complaint('Appointment moved to next month :(')).toBe(true);
  });

  it('does not take eagerness, uncertainty or an explanation as a complaint', () => {
    expect(complaint("Can't wait to meet the new midwife team!")).toBe(false);
    expect(complaint('Not sure which entrance to use for the eye clinic, anyone know?')).toBe(false);
    expect(complaint("That's why we keep coming back to this clinic")).toBe(false);
    expect(complaint('My new physio is funny as hell and strict as shit :)')).toBe(false);
  });
});

describe('questions and chasers that complain', () => {
  it('hears a question asking the organization to account for something', () => {
    expect(complaint('Is this how you treat people who have been patients for twenty years?')).toBe(true);
    expect(complaint('How did this happen to my test results?')).toBe(true);
  });

  it('hears a patient chasing an answer or a broken promise', () => {
    expect(complaint('Can someone reply to my message from last week')).toBe(true);
    expect(complaint('My prescription has yet to arrive at the pharmacy')).toBe(true);
    expect(complaint('The check-in screen is so unreliable')).toBe(true);
  });

  it('does not take an answer starting with "no" as a complaint', () => {
    expect(complaint('No, this is my first visit to the clinic')).toBe(false);
  });
});

describe('posts addressed to an account', () => {
  it('does not read the words of a handle as praise or complaint', () => {
    expect(complaint('@Awful_Waits_Podcast what time does the clinic open on Sunday?')).toBe(false);
  });

  it('takes a question asking how to do something as a request, not a reproach', () => {
    expect(complaint('@RiversideHealth hi, how do I cancel my appointment for Friday?')).toBe(false);
    expect(complaint('Is there a way to get a refund for the parking permit I no longer need?')).toBe(false);
  });

  it('still hears the grievance told beside such a question', () => {
    expect(complaint('How do I make a complaint? The nurse was rude to my father.')).toBe(true);
  });

  it('takes a request to be told something as no complaint', () => {
    expect(complaint('@RiversideHealth please let me know when the new wing opens')).toBe(false);
  });
});

describe('negation that is no negation', () => {
  it('reads "nothing more ... than" as a superlative', () => {
    expect(complaint('There is nothing more infuriating than the booking website')).toBe(true);
  });

  it('reads "could not have been more" and "went out of her way" as praise', () => {
    expect(complaint('The receptionist could not have been more helpful and went out of her way for us')).toBe(false);
  });

  it('reads praise that runs out of words as praise', () => {
    const thanks = analyze({ text: "I can't thank the midwives enough" }, RIVERSIDE);
    expect([thanks.complaint, thanks.sentiment > 0]).toEqual([false, true]);
    expect(complaint('Cannot recommend this physio team highly enough')).toBe(false);
  });

  it('reads "cannot" like "can\'t"', () => {
    expect(complaint('I cannot open my discharge letter in the app')).toBe(true);
  });

  it('hears a negated delight as disappointment', () => {
    expect(complaint('Not exactly thrilled with the new visiting rules')).toBe(true);
  });
});

describe('everyday service failures', () => {
  it('hears slowness, outages and things that fall apart', () => {
    expect(complaint('Whyyyy is the patient portal so slow')).toBe(true);
    expect(complaint('Two power outages on the ward this month')).toBe(true);
    expect(complaint('The new crutches are already falling apart')).toBe(true);
    expect(complaint('The booking kiosk does not sync with the app')).toBe(true);
  });

  it('leaves alone words of failure that also describe a body or good news', () => {
    expect(complaint('The scan does not show anything worrying and the team were lovely')).toBe(false);
    expect(complaint('He was dangerously ill and the ICU team saved him')).toBe(false);
  });

  it('hears an answer that never came or a case left open', () => {
    expect(complaint('The complaints team never responded to my letter')).toBe(true);
    expect(complaint('What is happening with my referral? Three months now')).toBe(true);
    expect(complaint('My physio session got cancelled the night before')).toBe(true);
  });

  it('hears the everyday words of an upset customer', () => {
    expect(complaint('Absolutely fuming about the parking fines')).toBe(true);
    expect(complaint("Where's my prescription? Ordered it ten days ago")).toBe(true);
    expect(complaint('The lift to the maternity unit is out of order again')).toBe(true);
    expect(complaint('Honestly, how hard is it to send a letter on time')).toBe(true);
    expect(complaint('The new booking system is simply not good enough')).toBe(true);
  });

  it('does not take "could not do better" as a wish for better', () => {
    expect(complaint("I don't think there is anything you could do better")).toBe(false);
  });

  it('hears patience or trust running out, and sarcastic love of waiting', () => {
    expect(complaint('Slowly losing trust in this practice')).toBe(true);
    expect(complaint('I so love waiting on the phone line for forty minutes')).toBe(true);
    expect(complaint('The new appointment letters are inadequate')).toBe(true);
  });
});

describe('how people complain to an account on social media', () => {
  it('hears a one-word question of exasperation, but not surprise followed by praise', () => {
    expect(complaint('@RiversideHealth Really?')).toBe(true);
    expect(complaint('Seriously??')).toBe(true);
    expect(complaint('Again @RiversideHealth?')).toBe(true);
    expect(complaint('Really? I loved it.')).toBe(false);
    expect(complaint('Really good nurses on ward 3')).toBe(false);
  });

  it('hears a question chasing something of ours that is overdue ("... yet?")', () => {
    expect(complaint('Have you found my referral letter yet???')).toBe(true);
    expect(complaint('Is my prescription ready yet?')).toBe(true);
    expect(complaint('Have you seen the new garden yet?')).toBe(false);
  });

  it('hears a bare "great" or "thanks" after a complaint as sarcasm, not as praise that cancels it', () => {
    const onHold = analyze({ text: 'Two hours on hold to the booking line. Great.' }, RIVERSIDE);
    expect([onHold.complaint, onHold.sentiment < 0]).toEqual([true, true]);
    expect(analyze({ text: 'My physio session got cancelled again - brilliant job' }, RIVERSIDE).sentiment).toBeLessThan(0);
    expect(complaint('Great nurses, friendly porters, thank you')).toBe(false);
  });

  it('hears complaining hashtags and eye-rolling emoji', () => {
    expect(complaint('Booked online, got no confirmation #notimpressed')).toBe(true);
    expect(complaint('Parking machine out of order, second week running #fail')).toBe(true);
    expect(complaint('Two more weeks for my results 🙄')).toBe(true);
    expect(complaint('Nurse told me to wait outside 🤦')).toBe(true);
    expect(complaint('Lovely day at the summer fete #community')).toBe(false);
  });

  it('does not blame the service for the author\'s own slip', () => {
    expect(complaint('I accidentally booked the wrong clinic, can I change it?')).toBe(false);
    expect(complaint('My mistake, I typed the wrong date on the form. Can you help?')).toBe(false);
    expect(complaint('You sent my letter to the wrong address')).toBe(true);
  });

  it('does not let shouting turn a bare plea for help into a complaint', () => {
    expect(complaint('Can someone please help me??')).toBe(false);
    expect(complaint('I need help!!')).toBe(false);
    expect(complaint('The app keeps crashing!!')).toBe(true);
  });

  it('hears rhetorical questions about what kind of service this is', () => {
    expect(complaint('What kind of hospital is this?')).toBe(true);
    expect(complaint('Whats with the new visiting rules?')).toBe(true);
    expect(complaint('Is this the kind of service we should expect?')).toBe(true);
    expect(complaint('What kind of parking is there?')).toBe(false);
  });

  it('reads "kind of" and "the top of" as no praise', () => {
    expect(analyze({ text: 'I tried the app on the top of the page' }, RIVERSIDE).sentiment).toBe(0);
    expect(analyze({ text: 'That kind of answer again' }, RIVERSIDE).sentiment).toBeLessThanOrEqual(0);
    expect(complaint('Top hospital, top staff!')).toBe(false);
  });

  it('hears a problem owned up to the organization, or something that used to work', () => {
    expect(complaint('I have a serious issue with my bill, please help')).toBe(true);
    expect(complaint('I have a question about my bill')).toBe(false);
    expect(complaint('It was working last week and now the portal will not load')).toBe(true);
    expect(complaint('I can barely hear the nurse on the phone')).toBe(true);
    expect(complaint('Still only one lift working in the east wing')).toBe(true);
    expect(complaint('Regretting booking here')).toBe(true);
  });
});

describe('sympathy for someone else in a thread', () => {
  it.each(['So sorry this happened to you, that is awful. Hope your dad gets better soon.', "Ugh, I'm so sorry you went through that. Sending hugs."])(
    'is no complaint: %j',
    (text) => {
      expect(analyze({ text, platform: 'facebook' }, RIVERSIDE).complaint).toBe(false);
    },
  );

  it('still hears the complaint a consoling commenter adds of their own', () => {
    const r = analyze({ text: 'So sorry this happened to you. The same thing happened to me at the ER, waited 6 hours and nobody came.', platform: 'facebook' }, RIVERSIDE);
    expect([r.complaint, r.categories]).toEqual([true, ['access_wait']]);
  });
});
