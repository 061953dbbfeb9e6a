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
    // Since 1.12.0 without even a warning: a service offered to anyone ("ofrecemos …") names a service of ours.
    expect(levelOf('Ofrecemos vacunas contra la gripe en todas nuestras clínicas.')).not.toBe('block');
    expect(levelOf('Tenemos vacunas contra la gripe en todas nuestras clínicas.')).toBe('warn');
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

describe('clinical details (1.12.0)', () => {
  const clinical = (draft: string, postText?: string) =>
    checkReply(draft, { profile: TEST_PROFILE, post: postText ? { text: postText } : undefined }).findings.filter((f) => f.rule === 'clinical_detail');
  const blocked = (draft: string, postText?: string) => clinical(draft, postText).filter((f) => f.level === 'block').map((f) => draft.slice(f.start, f.end));

  it('reads every term in the plural too, English and Spanish', () => {
    expect(blocked('Your X-rays looked much better at the recheck.')).toContain('Your X-rays looked much better');
    expect(blocked('Sorry the biopsies took so long to read.', 'My biopsies were delayed')).toEqual(['biopsies']);
    expect(blocked('Lamentamos que las vacunas de su hijo se retrasaran.')).toEqual(['vacunas']);
    expect(blocked('Esperamos que se mejore pronto de las infecciones.')).toEqual(['infecciones']);
  });

  it('knows everyday tests, treatments and medicines of small practices and pharmacies', () => {
    expect(blocked("I'll get your mole check booked myself.")).toEqual(['mole check']);
    expect(blocked('That amount reflects the cardiac monitoring and IV medications given during transport, and your balance can go on a payment plan.')).toEqual(['cardiac monitoring', 'IV medications']);
    expect(blocked('Sentimos que su amoxicilina no estuviera lista.')).toEqual(['amoxicilina']);
    expect(blocked('La evaluación de TDAH de su hija ya está programada.')).toEqual(['TDAH']);
  });

  it('reads a part of the body with what is wrong with it, or done to it, as a condition', () => {
    expect(blocked('We are sorry about your knee pain.')).toEqual(['knee pain']);
    expect(blocked('We hope the sprained ankle is healing well.')).toContain('sprained ankle');
    expect(blocked('Esperamos que su hijo se recupere pronto de la fractura de brazo.')).toContain('fractura de brazo');
    expect(blocked('¡Qué bueno que su mamá ya está en casa después de la operación de cadera!')).toEqual(['operación de cadera']);
    expect(clinical('The team pulled back the curtain on our new wing.')).toEqual([]);
  });

  it('takes words that mean care only when possessed ("your shot", "her cast") as care only then', () => {
    expect(blocked('glad u got ur shot before the big trip')).toEqual(['shot']);
    expect(blocked('Hope the cast comes off soon!')).toEqual(['cast']);
    expect(blocked('Hope the little one is sleeping better since the tubes!')).toEqual(['tubes']);
    expect(clinical('Thanks for giving us another shot, we would love to see you.')).toEqual([]);
    expect(clinical('The cast of our holiday play was wonderful.')).toEqual([]);
  });

  it('reads tests known by their capitals in capitals only, and not an address', () => {
    expect(blocked('The radiologist read your CT within the hour.')).toEqual(['CT']);
    expect(clinical('Write to us at 12 Main St, Hartford, CT 06101.')).toEqual([]);
    expect(clinical('You can bring your pets to the healing garden.')).toEqual([]);
  });

  it('lets a clinical service offered to anyone pass, even in a sentence that says "you"', () => {
    expect(rulesFor('You can get a flu shot at any of our sites.')).toEqual([]);
    expect(rulesFor('We offer MRI on Saturdays at North.')).toEqual([]);
    expect(rulesFor('Walk-in vaccines available at all locations this weekend.')).toEqual([]);
    expect(rulesFor('Ofrecemos mamografías los sábados en North.')).toEqual([]);
    expect(blocked('You can get your flu shot results in the portal.')).toEqual(['flu shot']);
  });

  it('only warns about conditions we treat or answer questions about, named in general', () => {
    expect(clinical('Our behavioral health team treats depression, anxiety and bipolar disorder for adults and teens.').map((f) => f.level)).toEqual(['warn', 'warn', 'warn']);
    expect(clinical('You can always call our pharmacists with questions about diabetes.').map((f) => f.level)).toEqual(['warn']);
    expect(clinical('People who do their home exercises tend to see results.').map((f) => f.level)).toEqual(['warn']);
  });

  it('blocks a vital sign or a level of someone\'s', () => {
    expect(blocked('His potassium was a little low, so the team held the dose.')).toContain('His potassium was a little low');
    expect(blocked('Con la presión tan alta que traía, el médico priorizó estabilizarla.')).toEqual(['la presión tan alta']);
  });

  it('blocks a result however the test is said to have come out', () => {
    expect(blocked('Your TB test read negative, so you are all set.')).toContain('Your TB test read negative');
    expect(blocked('Good news: she tested negative for strep.')).toContain('she tested negative');
  });

  it("blocks how one person is doing, a dose, contrast and a week of pregnancy", () => {
    expect(blocked('The NICU team says she\'s gaining weight and breathing on her own now.')).toContain("she's gaining weight");
    expect(blocked('Your 20 units was a conservative starting dose.')).toContain('Your 20 units');
    expect(blocked('The radiologist added contrast once you were on the table.')).toEqual(['contrast']);
    expect(blocked("We can't wait to see you at your 8-week scan!")).toEqual(['8-week scan']);
  });

  it('blocks a clinical service whose staff pass word to or about one person', () => {
    expect(blocked('The whole cath lab team says hi and wants you to keep up those walks!')).toEqual(['cath']);
    expect(clinical('Our cath lab team is staffed around the clock.').filter((f) => f.level === 'block')).toEqual([]);
  });

  it('blocks care given to one person, whoever it is', () => {
    expect(blocked('He was admitted with pneumonia and is resting.')).toEqual(['pneumonia']);
    expect(blocked("Hope mom's chemo goes well!")).toEqual(['chemo']);
    expect(blocked("She's been on dialysis for years.")).toEqual(['dialysis']);
    expect(blocked('Esperamos que la cirugía de su esposo salga bien.')).toEqual(['cirugía']);
    expect(clinical('Anyone can be seen for flu symptoms at urgent care.').map((f) => f.level)).toEqual(['warn']);
  });

  it('does not take a term the post only asked about as an echo of the reader\'s care', () => {
    const post = 'Do I need a referral for a mammogram at North?';
    expect(blocked('No referral is needed for screening mammograms at North.', post)).toEqual([]);
  });

  it('names our events, rooms and equipment, unless the sentence is about the reader', () => {
    expect(rulesFor('Thanks to 300 runners, the hospice 5K raised $18,250 for bereavement support.')).toEqual([]);
    expect(clinical('It has 14 exam rooms, 2 X-ray suites, and parking for 120 cars!')).toEqual([]);
    expect(clinical('We just installed a new MRI machine at North.')).toEqual([]);
    expect(blocked("We're sorry the MRI machine broke down right before your scan.")).toEqual(['MRI']);
  });
});

describe('a condition said of everyone (1.13.0)', () => {
  it('blocks it as an echo of the post, without taking it as the reader\'s own care', () => {
    const post = { text: 'My son caught norovirus and the ER at North was a zoo.' };
    expect(flagged('Norovirus is going around every school right now, and we appreciate you writing.', 'clinical_detail', { post })).toEqual(['Norovirus']);
    expect(rulesFor('Norovirus is going around every school right now, and we appreciate you writing.', { post })).toEqual(['clinical_detail']);
    expect(rulesFor('Norovirus season is hard on families. Please call us to share more.', { post })).toEqual(['clinical_detail']);
  });

  it('still takes the condition as theirs when the reply says so', () => {
    const post = { text: 'My son caught norovirus and the ER at North was a zoo.' };
    expect(rulesFor('Sorry your son caught norovirus — it is going around.', { post })).toContain('care_relationship');
  });
});

describe('a service the post only names (1.14.0)', () => {
  it('lets a term pass that the post used as the name of our fund or unit', () => {
    const post = { text: 'Gave to the dialysis fund at Lakeside today, proud to help!' };
    expect(rulesFor('Thank you! Gifts like yours keep our dialysis and kidney care programs strong.', { post })).toEqual([]);
  });
  it('still blocks a term the post told as the author’s own care', () => {
    const post = { text: 'My dialysis nurse at Lakeside is the best.' };
    expect(rulesFor('So glad dialysis is going well!', { post })).toContain('clinical_detail');
  });
  it('answers "are there any…" questions as a service', () => {
    const post = { text: 'Are there any support groups for epilepsy at Lakeside?' };
    expect(levelOf('Yes, our neurology team runs a monthly group, including for epilepsy.', post.text)).not.toBe('block');
  });
});

describe('a recovery named after the procedure the post told of (1.14.0)', () => {
  it('blocks "<procedure> recovery" when the post told of that procedure as theirs', () => {
    const post = { text: 'My wife had her gallbladder out at Lakeside on Friday.' };
    expect(flagged('Gallbladder recovery is usually quick, rest up!', 'clinical_detail', { post })).toEqual(['Gallbladder recovery']);
  });
  it('lets a recovery program pass, and a recovery the post never named', () => {
    const post = { text: 'My brother needs help with his drinking.' };
    expect(rulesFor('Our addiction recovery program takes walk-ins.', { post })).not.toContain('clinical_detail');
    expect(rulesFor('Wishing everyone a smooth recovery season.', { post: { text: 'Great hospital!' } })).not.toContain('clinical_detail');
  });
});

describe('injuries stitched up, burns, bypasses and early births (1.14.0)', () => {
  it.each([
    ['a body part stitched up', "Glad his lip is all sewn up and he's smiling again!"],
    ['burns healing', 'So happy her burns are looking better every week.'],
    ['a named heart bypass', 'A double bypass is a big deal, rest up!'],
    ['a gestational age at birth', 'Look at them now, born at 31 weeks!'],
    ['a new organ in Spanish', '¡Felicidades por su nueva cadera!'],
  ])('blocks %s', (_, draft) => {
    expect(rulesFor(draft)).toContain('clinical_detail');
  });
  it('lets the burn unit and a road bypass pass', () => {
    expect(rulesFor('Our burn unit welcomes volunteers.')).not.toContain('clinical_detail');
    expect(rulesFor('Take the Route 4 bypass to reach the north entrance.')).not.toContain('clinical_detail');
  });
});

describe('a clinician’s reading of someone (1.14.0)', () => {
  it('blocks what their doctor said it is', () => {
    expect(rulesFor('Try not to worry, your dermatologist thinks it is just a harmless mole.')).toContain('clinical_detail');
  });
  it('lets advice to ask their own doctor pass', () => {
    expect(rulesFor('Your doctor can tell you which screenings make sense for you.')).not.toContain('clinical_detail');
  });
});

describe('clinical wordings of 1.15.0', () => {
  it('blocks a treatment the reader is told to keep on with', () => {
    expect(checkReply('Keep using those insulin pens exactly as shown and you’ll do great.', { profile: TEST_PROFILE, platform: 'google' }).verdict).toBe('block');
  });

  it('warns only on conditions said of the people we serve, even in a sentence that thanks the reader', () => {
    const result = checkReply('Our soups are low in sugar since most of our patients have diabetes, but thank you for the feedback!', { profile: TEST_PROFILE, platform: 'google' });
    expect(result.verdict).toBe('warn');
  });

  it('reads Spanish "la presión alta es muy común" as the condition in general, still an echo of the post', () => {
    const ctx = { post: { text: 'Mi papá tiene presión alta y necesita un médico' } };
    const result = checkReply('La presión alta es muy común; con gusto le ayudamos a buscar cita.', { profile: TEST_PROFILE, ...ctx });
    expect(result.verdict).toBe('block');
    expect(result.findings.map((f) => f.rule)).not.toContain('care_relationship');
  });

  it('lets a service the post went looking for be offered in its own words', () => {
    expect(flagged('Lakeside General Hospital offers outpatient chemotherapy; call to ask about openings.', 'clinical_detail', { post: { text: 'Looking for a chemotherapy center closer to home' } })).toEqual([]);
  });

  it('still blocks the service echoed to someone who told it as their own while looking', () => {
    expect(rulesFor('Lakeside offers chemotherapy close to home.', { post: { text: 'Looking for a chemotherapy center, my oncologist is too far' } })).toContain('clinical_detail');
  });
});
