import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { TEST_PROFILE, flagged, rulesFor } from './test-profile.js';

const levelOf = (draft: string, postText?: string) =>
  checkReply(draft, { profile: TEST_PROFILE, post: postText ? { text: postText } : undefined }).findings.find((f) => f.rule === 'clinical_detail')?.level;

describe('clinical details', () => {
  it('blocks a condition or treatment tied to the reader', () => {
    expect(flagged('We hope your pneumonia has cleared up.', 'clinical_detail')).toEqual(['pneumonia']);
    expect(flagged("We're sorry the antibiotics you were given upset your stomach.", 'clinical_detail')).toEqual(['antibiotics']);
    expect(flagged('We hope your little one is feeling better after the surgery!', 'clinical_detail')).toEqual(['surgery']);
    expect(levelOf('Lamentamos que su quimioterapia se haya retrasado.')).toBe('block');
  });

  it('blocks a clinical term echoed from the post', () => {
    expect(levelOf('We know how painful kidney stones are.', 'Kidney stones and 7 hours in the waiting room.')).toBe('block');
  });

  it('only warns about a general clinical mention', () => {
    expect(levelOf('Chemotherapy can be exhausting for anyone.')).toBe('warn');
  });

  it('lets departments and services pass', () => {
    for (const draft of [
      'Thank you for your feedback about our emergency department.',
      'Our oncology team will be glad to hear this.',
      'We have shared this with our chemotherapy infusion center.',
      'We offer free flu shot clinics at all sites.',
      'Gracias por sus comentarios sobre nuestro departamento de emergencias.',
    ]) {
      expect(levelOf(draft)).toBeUndefined();
    }
  });
});

describe('health states and past clinical events', () => {
  it("blocks a body part of the reader's described as healing", () => {
    expect(levelOf("It's great to hear your hip is feeling better!")).toBe('block');
    expect(levelOf('Esperamos que su rodilla esté sanando bien.')).toBe('block');
  });

  it('blocks a definite clinical event in the past', () => {
    expect(levelOf('We know the news about the tumor was hard to hear.')).toBe('block');
  });

  it('reads a vaccine against an illness as an offer to everyone', () => {
    expect(levelOf('Ofrecemos vacunas contra la gripe en todas nuestras clínicas.')).toBe('warn');
  });

  it("blocks congratulations on the reader's own treatment", () => {
    expect(levelOf('Congratulations on finishing radiation!')).toBe('block');
  });

  it('blocks a condition named in a sentence that apologizes to the reader', () => {
    expect(levelOf("Dealing with cancer is hard enough without a billing mix-up; we're sorry.")).toBe('block');
    expect(levelOf('We are sorry to hear this; our diabetes educators are here for anyone who needs them.')).toBeUndefined();
  });

  it('does not read advice for anyone ("if you ever have chest pain") as the reader\'s condition', () => {
    expect(checkReply('If you ever have chest pain, call 911 right away rather than driving yourself.', { profile: TEST_PROFILE }).verdict).not.toBe('block');
  });

  it('blocks a test result read out to the reader', () => {
    expect(flagged('I can tell you the pathology came back benign, so nothing more is needed.', 'clinical_detail')).toContain('the pathology came back benign');
  });

  it('lets an answer to a question about what we offer repeat its words', () => {
    expect(levelOf('Riverbend offers outpatient addiction treatment in Millbrook.', 'Does Riverbend have an addiction treatment program or do I need to go to Columbus?')).not.toBe('block');
    expect(levelOf('Sí, ofrecemos vacunas contra la gripe gratuitas en todas las clínicas.', '¿Tienen vacunas contra la gripe?')).not.toBe('block');
    expect(levelOf('Yes, we treat addiction in our outpatient program.', 'My son has an addiction, do you have a program?')).toBe('block');
  });
});

describe('everyday conditions and our services', () => {
  it('blocks a condition repeated from the post', () => {
    expect(flagged('So sorry to hear about the cluster headaches.', 'clinical_detail', { post: { text: 'cluster headaches are ruining my life' } })).toEqual(['cluster headaches']);
  });

  it.each(['Our physical therapy front desk line can back up around lunchtime.', 'The grant will expand our mobile mammography van to six counties.'])(
    'lets a service named by its desk or van pass: %j',
    (draft) => {
      expect(flagged(draft, 'clinical_detail')).toEqual([]);
    },
  );
});

describe('clinical details (1.8.0)', () => {
  it.each([
    'The sleep study found mild apnea, so a CPAP trial makes sense.',
    'We called the lab and everything from that draw came back normal.',
    'Radiology reviewed the x-ray and it looked clear.',
    'Your labs are finalized with nothing that needs follow-up.',
  ])('blocks a test result however it is phrased: %s', (draft) => {
    const found = checkReply(draft, { profile: TEST_PROFILE }).findings;
    expect(found.some((f) => f.rule === 'clinical_detail' && f.level === 'block' && /result/.test(f.message))).toBe(true);
  });

  it('blocks a condition the post names in a shorter form ("celiac" for "celiac disease")', () => {
    const post = { text: 'As a celiac I can never eat in your cafeteria.' };
    expect(rulesFor('Celiac disease makes eating out hard; we shared this with food services.', { post })).toContain('clinical_detail');
  });

  it('reads condition acronyms only in capitals, so "Ms." stays a title', () => {
    expect(flagged('Living with MS and waiting months is too much, and we are sorry.', 'clinical_detail')).toEqual(['MS']);
    expect(flagged('Ms. Patel from Patient Relations will call.', 'clinical_detail')).toEqual([]);
  });

  it('takes "sorry about the headache" as the hassle, not a symptom', () => {
    expect(rulesFor('Sorry about the headache with the two charts; they are merged now.')).not.toContain('care_relationship');
    expect(checkReply('Sorry about the headache with the two charts.', { profile: TEST_PROFILE }).verdict).not.toBe('block');
    expect(rulesFor('We hope your headache is better.')).toContain('clinical_detail');
  });

  it('names our equipment, supplies and options, not anyone\'s care', () => {
    expect(rulesFor('The vaccine fridge failed, so we paused the line; we should have told everyone.')).toEqual([]);
    expect(rulesFor('If anyone in your family wants to talk about hospice options, our team can help at (555) 010-0100.', { post: { text: 'When is it time for hospice?' } })).toEqual([]);
  });

  // Since 1.10.0 without even a warning: policy rule 4 allows the answer outright.
  it('lets the answer to "do you have X?" name X even in a sentence that says "you"', () => {
    const post = { text: 'Do you have any long COVID studies enrolling?' };
    const draft = 'Our research office lists every study, including some on post-COVID conditions, and can route you to a coordinator.';
    expect(checkReply(draft, { profile: TEST_PROFILE, post }).findings.filter((f) => f.rule === 'clinical_detail')).toEqual([]);
  });

  it('treats labor and delivery as a unit, not a procedure', () => {
    expect(rulesFor('Labor and delivery moved to the main campus so a full team is there around the clock.')).toEqual([]);
  });
});

describe('clinical details (1.9.0)', () => {
  it('reads a verdict as a result when the post named the test', () => {
    expect(rulesFor('Good news: nothing concerning, and the report is on its way.', { post: { text: 'Still no word on my CT scan from Monday' } })).toContain('clinical_detail');
    expect(rulesFor('So glad her lungs checked out fine!', { post: { text: 'Her breathing test is done, thanks nurses' } })).toContain('clinical_detail');
  });

  it('keeps "it was good" tied to a test named beside it', () => {
    expect(rulesFor('It was good to hear from you, and our team thanks you.', { post: { text: 'My blood test took forever' } })).not.toContain('clinical_detail');
  });

  it.each(['Your hemoglobin looks much better this month!', 'Sorry the cafeteria was closed while recovering from a hysterectomy.'])('blocks a lab value or a recovery that is someone’s: %j', (draft) => {
    expect(rulesFor(draft)).toContain('clinical_detail');
  });

  it('treats jobs and volunteering in a clinical service as ours', () => {
    const post = { text: 'Are you hiring oncology nurses or hospice volunteers?' };
    expect(rulesFor('Yes! Our hospice volunteer training starts each spring, and chemotherapy nurse positions are posted online.', { post })).toEqual([]);
  });
});

describe('clinical details (1.10.0)', () => {
  it('lets the service the reader asked about pass without a warning, answered in its own words', () => {
    const post = { text: 'Does anyone there do laser hair removal?' };
    expect(rulesFor('We do! Our dermatology team offers laser hair removal at both clinics.', { post })).toEqual([]);
  });

  it('asks about the whole term: a question about a stress test is not one about heart failure', () => {
    const post = { text: 'Why does a stress test take so long?' };
    expect(checkReply('It screens for heart failure and other conditions.', { profile: TEST_PROFILE, post }).findings.map((f) => f.level)).toEqual(['warn']);
  });

  it('blocks a recovery wished from a body part and a symptom of the reader', () => {
    expect(rulesFor('We hope he recovers quickly from his shoulder.')).toContain('clinical_detail');
    expect(rulesFor('Ojalá se mejore pronto de su rodilla.')).toContain('clinical_detail');
    expect(rulesFor('Sorry the bruising is taking a while to fade.')).toContain('clinical_detail');
  });
});

describe('clinical words that name a service (1.11.0)', () => {
  it('lets a service said to be offered, available or walk-in pass, even when the post asked about it', () => {
    expect(rulesFor('Physical therapy is now offered at our Eastside clinic too.')).toEqual([]);
    expect(rulesFor('Yes! Flu shots are walk-in at Lakeside General, weekdays 9 am to 4 pm.', { post: { text: 'are flu shots walk-in at lakeside general?' } })).toEqual([]);
    expect(rulesFor('Your biopsy is available in the portal.')).toContain('clinical_detail');
  });

  it('lets a term listed among departments pass', () => {
    expect(rulesFor('Our new residents start in family medicine, surgery and neurology in July.')).not.toContain('clinical_detail');
    expect(rulesFor("We're sorry your chemo and radiation were delayed.")).toContain('clinical_detail');
  });
});

describe('a service named in answer to a post that told of its own care (1.11.0)', () => {
  it('still blocks the echoed term', () => {
    expect(rulesFor('Sleep study slots are available at both campuses.', { post: { text: 'My sleep study got cancelled twice. Ridiculous.' } })).toContain('clinical_detail');
  });
});
