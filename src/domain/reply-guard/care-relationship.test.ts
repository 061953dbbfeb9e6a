import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { TEST_PROFILE, flagged, rulesFor } from './test-profile.js';

describe('care relationship', () => {
  it.each([
    ["We're sorry your stay was stressful.", 'your stay'],
    ['We hope your recent hospital stay went well.', 'your recent hospital stay'],
    ['We are sorry about your emergency surgery.', 'your emergency surgery'],
    ["We're glad your test results came back quickly.", 'your test results'],
    ['No one explained things when you were here.', 'when you were here'],
    ['As your physician, I want to apologize.', 'As your physician'],
    ['Things broke down during your treatment.', 'during your treatment'],
    ["We're sorry your mother's care fell short.", "your mother's care"],
    ['We are glad we could take care of you.', 'we could take care of you'],
    ['Lamentamos que su cita se retrasara.', 'su cita'],
    ['Cuando usted estuvo aquí no le atendieron.', 'Cuando usted estuvo'],
    ['However, our system shows you received three reminder calls.', 'our system shows you'],
    ['we checked and your account shows the payment posted', 'your account shows'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'care_relationship')).toContain(span);
  });

  it.each([
    'We would like to hear more about your experience.',
    'Thank you for your feedback about our emergency department.',
    'We take privacy seriously.',
    'Agradecemos su atención y su consulta.',
    "We're sorry you felt unheard when you were trying to reach us.",
  ])('lets %j pass', (draft) => {
    expect(rulesFor(draft)).toEqual([]);
  });

  it('suggests saying "your experience" instead', () => {
    expect(flagged("We're sorry your visit was long.", 'care_relationship')).toEqual(['your visit']);
  });

  it('allows confirming care in a private message to the person who wrote', () => {
    expect(rulesFor('Thank you for your email about your stay with us.', { platform: 'email' })).toEqual([]);
  });
});

describe('care relationship in other words', () => {
  it.each([
    ["We're sorry the anesthesiologist didn't explain the risks to you.", "the anesthesiologist didn't explain the risks to you"],
    ['We hope your baby girl is thriving at home!', 'your baby girl'],
    ['Sorry that your 8:30 appointment started late.', 'your 8:30 appointment'],
    ["We're sorry you weren't offered a blanket.", "you weren't offered"],
    ['It was a pleasure helping you welcome your son into the world!', 'welcome your son'],
    ["We're sorry the discharge took so long for you.", 'the discharge'],
    ['Lamentamos que su bebé haya estado en la UCIN tanto tiempo.', 'su bebé haya estado en la UCIN'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'care_relationship')).toContain(span);
  });

  it.each([
    ["ugh sorry about your car and hope your sister is doing better!", 'your sister'],
    ['The social worker assigned to your brother has your number.', 'your brother'],
    ['Thank you for choosing us for your little one’s checkups all these years!', 'your little one’s'],
    ['aww we loved having you and baby girl with us', 'loved having you and baby girl with us'],
    ['Gracias por sus palabras sobre el equipo que atendió a su hijo.', 'atendió a su hijo'],
  ])("blocks a reply that takes the reader's relative as our patient: %j", (draft, span) => {
    expect(flagged(draft, 'care_relationship')).toContain(span);
  });

  it('lets a relative stand in an invitation or in the reader’s own account', () => {
    expect(rulesFor('If you or your loved one has questions, please call our patient experience team.')).toEqual([]);
    expect(rulesFor('Please have your mother call us at (555) 010-0100 when she is ready.')).toEqual([]);
    expect(rulesFor('Thank you for being such a strong advocate for your dad.')).toEqual([]);
  });

  it.each([
    ["We're so sorry your time on our L&D floor wasn't what it should have been.", 'your time on our L&D floor'],
    ['The team pulled up your info and someone will call you back.', 'pulled up your info'],
    ["We've shared your account with the physician who was on shift.", 'physician who was on shift'],
    ['Sorry the lab was locked when you got there this morning.', 'when you got there'],
    ['Scheduling is finding you an earlier slot with the same provider.', 'with the same provider'],
    ['Qué bueno que ya está en casa y recuperándose.', 'Qué bueno que ya está en casa'],
  ])('blocks an encounter told in passing: %j', (draft, span) => {
    expect(flagged(draft, 'care_relationship')).toContain(span);
  });

  it('does not read messages to us as care', () => {
    expect(rulesFor('We saw your post and your kind words about our nurses.')).toEqual([]);
    expect(rulesFor("We're sorry to hear about your loved one's experience.")).toEqual([]);
  });

  it.each([
    'We regret that the care your father received on our unit fell short.',
    'Thanks for being such a patient patient during a long week!',
    "We hope you're feeling better and back on your feet soon.",
    'It was a privilege to care for her.',
    'Our infusion team is happy to see you every Thursday.',
    'Lamentamos que no se le informara a tiempo.',
    'Mientras estuvo hospitalizado, debimos darle más información.',
    'Le deseamos una pronta recuperación.',
    'The nurses on 6 East still talk about your grandson.',
    'We are sorry we kept you waiting in the hallway.',
    'We hope the new brace is more comfortable.',
    "We're sorry the staff in cardiology didn't call you back.",
    'We were delighted to meet your newborn.',
    'Our cardiologist would like to follow up with you.',
    'We are sorry your elderly mother was left alone for hours.',
    'Thank you for spending your three nights with us.',
    'Lamentamos que su abuelo haya fallecido en nuestra unidad.',
    'Lamentamos que tuviera que esperar tanto antes de ser atendida.',
    'Your pediatrician will call you this week.',
    "We're sorry the aide woke you twice overnight.",
    'Thank you for trusting us with your delivery.',
    'We hope he likes his new brace.',
    "We're sorry the paperwork at discharge took so long.",
    'Lamentamos que le dieran de alta tan tarde.',
    'So glad the little guy is home and doing great!',
    'We loved having you in the NICU family.',
    "We're sorry the wait for a bed felt endless.",
    'Great to see you walking again!',
    'Esperamos que el pequeño ya esté mejor.',
    'Sentimos que no le llamaran con los resultados.',
  ])('blocks care confirmed in other words: %s', (draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it.each([
    "We know the wait felt endless while you were in pain.",
    "It must have been frightening to go into labor early; we're glad mom and baby are well.",
    "We're glad the staff at our Northside clinic treated your sprained ankle quickly.",
    "We're so sorry the nurse was rough when drawing your blood.",
    "We're glad the nursing staff could help you through a tough week.",
    'Sorry you had to repeat your history to three different nurses.',
    'Our hospice team thinks of her often.',
    "It's clear the bedside manner you experienced fell short.",
    'Happy to hear the new pain plan is working.',
    'It sounds like the transport team dropped the ball getting you to radiology.',
    "Sorry we couldn't find a bed for you sooner.",
    "We're sorry you didn't get a meal tray until late.",
    'The chaplain was glad to sit with your family that night.',
    'Glad the ER got you patched up.',
    'Your mom was a joy to have on our floor.',
    "You'll hear from the surgeon with an update.",
    'Hope grandpa is enjoying being home!',
    'Lo sentimos mucho por la espera en urgencias con su hijo.',
    'Sentimos que la enfermera no le cambiara el suero a tiempo.',
    'El doctor que la atendió se comunicará con usted.',
    'Esperamos que la nueva medicina le esté funcionando.',
    'Qué bueno que el bebé nació sano.',
    'Lamentamos que le hayan cobrado dos veces la consulta.',
    'Le pedimos disculpas porque tuvo que esperar seis horas para ver al médico.',
    'Estamos felices de que su mamá haya salido del hospital.',
    "We understand Medicaid didn't cover the ambulance.",
    'Sorry you were billed for the CT twice.',
    'We hope the cardiologist was able to adjust your beta blocker.',
    "We're sorry about the reaction you had to the contrast dye.",
    "We're sorry the stroke team took so long to evaluate your dad.",
    "Sorry the psych unit didn't allow visitors for your brother.",
  ])('blocks the reader\'s care told as a story: %s', (draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it.each([
    'We treated your complaint as a priority and shared it with leadership.',
    'Our nursing staff loved your kind words!',
    'Our lab can draw blood without an appointment on weekdays.',
    "We're always happy to help you through the billing process.",
    'Flu shots are free for everyone at our community clinic this Saturday.',
    'Gracias por sus amables palabras sobre nuestras enfermeras.',
    'Thank you for your reaction to our post.',
    'In contrast, our clinic is open late.',
  ])('lets the same words pass when they are about us: %s', (draft) => {
    expect(rulesFor(draft)).not.toContain('care_relationship');
  });

  it.each([
    'Our nurse manager has spoken with the nurses who were on duty that night.',
    'We looked into it and the lab did process the sample on time.',
    'After reviewing the situation, the delay happened because the specialist was called to an emergency.',
    'We reviewed the recording of your call and agree the scheduler was unprofessional.',
    'We have confirmed with the pharmacy that the prescription was sent late.',
    'The charge nurse confirmed that the call light was answered within 10 minutes.',
    'Dr. Ames reviewed the case and stands by the treatment decision.',
  ])('blocks what an inquiry found about the reader\'s encounter: %s', (draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it.each([
    'We reviewed your comments, and the delay you describe is not the experience we want for anyone.',
    "We've looked into how our scheduling works and are making changes.",
    'We checked with our pharmacy team, and flu shots are available without an appointment.',
  ])('lets a review of the reader\'s own words or of our processes pass: %s', (draft) => {
    expect(rulesFor(draft)).not.toContain('care_relationship');
  });

  it.each([
    "Next time you come in, ask for me.",
    'I have added a note to your record asking staff to call you first.',
    'Thank you for trusting us during such a scary time for your family.',
    "We're glad we could get you in for a same-day appointment.",
    'It sounds like the anesthesiologist really put you at ease.',
  ])('blocks other signs of a past or coming visit: %s', (draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it('blocks a length of care repeated from the post, in words or digits', () => {
    const post = { text: 'My dad was in the ICU for 3 days and waited 5 hours in the ER before that.' };
    expect(rulesFor("We're so sorry nobody kept you updated during those 3 days.", { post })).toContain('care_relationship');
    expect(rulesFor('Five hours is far too long to wait. We are sorry.', { post })).toContain('care_relationship');
  });

  it('lets a length the post never mentioned, or a general standard, pass', () => {
    const post = { text: 'I waited 5 hours in the ER.' };
    expect(rulesFor('We aim to see everyone within 5 hours and are working on it.', { post })).not.toContain('care_relationship');
    expect(rulesFor('Please allow 2 days for our team to reach out.', { post })).not.toContain('care_relationship');
  });

  it('reads "gracias por su consulta" as thanks for a question', () => {
    expect(rulesFor('Gracias por su consulta; con gusto le ayudamos por teléfono.')).toEqual([]);
  });

  it('reads good news about a cast as the reader\'s own care', () => {
    expect(rulesFor('Great to hear the cast came off early!')).toContain('care_relationship');
  });

  it('lets staff talk about the reader\'s kind words', () => {
    expect(rulesFor('Our nurses talked about your kind words at their huddle.')).toEqual([]);
  });

  it.each([
    ['The whole cath lab team says hi and wants you to keep up those walks!', 'team says hi'],
    ['Everyone on our behavioral health unit is proud of you.', 'proud of you'],
    ['I checked our schedule for your 9:40 slot on Tuesday.', 'your 9:40 slot'],
  ])('blocks staff who know the reader and a slot of theirs: %j', (draft, span) => {
    expect(flagged(draft, 'care_relationship').some((f) => f.includes(span))).toBe(true);
  });

  it('lets advice to talk to one\'s own doctor and a director introducing themselves pass', () => {
    expect(rulesFor('Copies of records sent to you or your doctor are free.')).not.toContain('care_relationship');
    expect(rulesFor("I'm the ER nurse director at Riverbend North, and I appreciate you noticing how hard our team works.")).not.toContain('care_relationship');
  });
});

describe('care confirmed by belonging, booking or word to a relative', () => {
  it.each([
    ['Thanks for being such a loyal customer of our pharmacy all these years!', 'being such a loyal customer of our pharmacy'],
    ['Welcome to the practice! We are so happy to have your family.', 'Welcome to the practice'],
    ["You've got this! See you at the next one.", 'See you at the next one'],
    ['Please tell your sister the whole maternity team is cheering for her!', 'tell your sister the whole maternity team is cheering'],
    ["Sorry again about the mix-up at pickup, it's fixed now.", 'Sorry again about the mix-up at pickup'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'care_relationship')).toContain(span);
  });

  it.each([
    'Our behavioral health team runs a program for teens. You can call (555) 010-0100 to learn about intake.',
    'Si usted o su mamá desean información sobre nuestros servicios de terapia física, llámenos al (555) 010-0100.',
    'See you at the health fair!',
  ])('lets %j pass', (draft) => {
    expect(rulesFor(draft, { post: { text: 'Mi mamá necesita terapia física. Do you have programs for teens?' } })).toEqual([]);
  });
});

describe('care confirmed by what staff remember, a third person, an implant, a round of treatment or a reading', () => {
  it.each([
    ['Our maternity nurses loved meeting him!', 'nurses loved meeting him'],
    ["The whole unit can't stop talking about the triplets.", "unit can't stop talking about the triplets"],
    ['Our therapy pony says hi back to your boy!', 'says hi back to your boy'],
    ['We can confirm the driver is being cared for by our trauma team.', 'is being cared for by our trauma team'],
    ['Mrs. Oyelaran is in good hands with our team.', 'is in good hands with'],
    ['So glad your neighbor pulled through.', 'pulled through'],
    ['Enjoy the new hip on the dance floor!', 'the new hip'],
    ["Hope the little one's tonsillectomy went smoothly.", "little one's tonsillectomy"],
    ['Rooting for you on your third cycle!', 'your third cycle'],
    ['Waiting with a temperature of 103.5 is miserable.', 'temperature of 103.5'],
    ['Thank you for your patience while the OR was running behind.', 'your patience while the OR'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'care_relationship')).toContain(span);
  });

  it.each([
    'Every patient is seen by our emergency team within minutes of arrival.',
    'Our new heart center opens in the spring.',
    'Thank you for your patience while our website was down.',
    'Our nurses loved meeting the students at the career fair.',
  ])('lets %j pass', (draft) => {
    expect(rulesFor(draft)).not.toContain('care_relationship');
  });
});

describe('care confirmed indirectly: texting shorthand, a third party, a ward location, a lookup, Spanish clitics', () => {
  it.each([
    ['glad u got ur shot!!', 'u got ur shot'],
    ["We're sorry your roommate had a hard time on our behavioral health unit.", 'your roommate had a hard time on our behavioral health unit'],
    ['We checked with the crew that brought you in.', 'the crew that brought you'],
    ["Just mention he's in 6 East at the desk.", "he's in 6 East"],
    ['The gentleman is stable, and we will tell the family neighbors asked.', 'The gentleman is stable'],
    ['It was a privilege to walk alongside him.', 'privilege to walk alongside him'],
    ['Your pup was the star of the ED!', 'star of the ED'],
    ['We found it under account records and fixed it.', 'found it under account'],
    ['Thanks for being such a loyal customer, Earl!', 'being such a loyal customer'],
    ['La familia pidió privacidad, pero ya está fuera de peligro.', 'ya está fuera de peligro'],
    ['El médico priorizó estabilizarla primero.', 'estabilizarla'],
    ['Esperamos que el nuevo medicamento le siga funcionando.', 'nuevo medicamento le siga funcionando'],
    ['The bed alarm should have alerted staff right away.', 'The bed alarm'],
    ["We've paged the team caring for him.", 'team caring for him'],
    ['Our charge nurse is on the way to him now.', 'charge nurse is on the way to him'],
    ['Someone will meet her in room 14.', 'Someone will meet her in room 14'],
    ['Someone will stop by room 14 shortly.', 'stop by room 14'],
    ['We have let the charge nurse in room 14 know.', 'nurse in room 14'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'care_relationship')).toContain(span);
  });

  it('points a finding in shorthand at the words as written', () => {
    expect(checkReply('so glad u got ur shot', { profile: TEST_PROFILE }).findings[0]).toMatchObject({ start: 8, end: 21 });
  });

  it.each([
    'With respect, the first 30 minutes in our garages have always been free.',
    'Después de las 9 pm todos los visitantes entran por urgencias.',
    'Our fire alarm test is on Monday; the alarm should have sounded for two minutes only.',
    'See u at the health fair next yr!',
  ])('lets %j pass', (draft) => {
    expect(rulesFor(draft, { post: { text: 'They charge for the first 30 min of parking now' } })).not.toContain('care_relationship');
  });
});

describe('care relationship (1.8.0)', () => {
  it('blocks enrolment in a study, but not an invitation to one', () => {
    expect(flagged("The coordinator for the trial you're enrolled in will call.", 'care_relationship')).toEqual(["trial you're enrolled in"]);
    expect(rulesFor('Your study coordinator will reach out.')).toContain('care_relationship');
    expect(rulesFor("If you're enrolled in one of our studies, please call (555) 010-0100.")).toEqual([]);
  });

  it('blocks the reader\'s no-show or cancellation spoken of in a sentence to them', () => {
    expect(rulesFor('We asked the clinic to look at the no-show, since the video dropped on your end.')).toContain('care_relationship');
  });

  it('reads an encounter found in "our system" as the reader\'s record', () => {
    expect(rulesFor('Our system shows the appointment was booked twice.')).toContain('care_relationship');
  });
});

describe('care relationship (1.9.0)', () => {
  it('blocks instructions for a procedure the reader was given', () => {
    expect(rulesFor("We're sorry the bowel prep was so hard to follow.")).toContain('care_relationship');
  });

  it("blocks a test of the reader's own by its short name", () => {
    expect(rulesFor("We'll have scheduling call about moving your echo.")).toContain('care_relationship');
  });

  it('blocks a recovery wished in Spanish to "tú"', () => {
    expect(rulesFor('¡Qué bueno que ya te sientas mejor, Ana!')).toContain('care_relationship');
  });
});

describe('care relationship (1.10.0)', () => {
  it('blocks directions to a numbered ward and vaccines in the plural', () => {
    expect(rulesFor('Visitors welcome until 9 pm; 4 North is up on the second floor.')).toContain('care_relationship');
    expect(rulesFor('Head straight up to 7 East and ask at the desk.')).toContain('care_relationship');
    expect(rulesFor('So glad you had your travel vaccines before the trip!')).toContain('care_relationship');
  });

  it("lets a promise of how a prospective client will like a service pass as no one's results", () => {
    expect(rulesFor("Come see us — you'll be thrilled with the results.")).not.toContain('care_relationship');
    expect(rulesFor('We hope you got the results you needed.')).toContain('care_relationship');
  });
});

describe('care relationship (1.11.0)', () => {
  it("blocks a caregiver's impression of the reader and care told with a pronoun", () => {
    expect(rulesFor('We passed it on, and she says you were the bravest!')).toContain('care_relationship');
    expect(rulesFor('The nurses thought you were such a trooper.')).toContain('care_relationship');
    expect(rulesFor("So glad to hear how well he looked after your dad.")).toContain('care_relationship');
  });

  it('lets thanks passed back, or a guard who treated the reader rudely, pass', () => {
    expect(rulesFor('We shared your note and the team says you are welcome!')).not.toContain('care_relationship');
    expect(rulesFor("They said you were right to raise this, and we agree.")).not.toContain('care_relationship');
  });
});

describe('care relationship (1.13.0)', () => {
  it('takes a relative the post named, spoken of by name, as our patient', () => {
    const post = { text: 'My daughter Priya was on your peds floor for a week and the nurses were wonderful.' };
    expect(rulesFor("We're so glad Priya's stay left good memories.", { post })).toContain('care_relationship');
    expect(rulesFor('We are thinking of Priya and your whole family.', { post })).toContain('care_relationship');
    expect(rulesFor('If Priya has questions, please call us.', { post })).not.toContain('care_relationship');
  });

  it('blocks a clinician of any trade speaking as the reader\'s', () => {
    expect(rulesFor("As your optometrist, I'm thrilled the new lenses work.")).toContain('care_relationship');
    expect(rulesFor('As your pharmacist, I want to make this right.')).toContain('care_relationship');
  });

  it('blocks staff who remember how the reader was, and their impressions in any trade', () => {
    expect(rulesFor('Our therapists remember how determined you were on the parallel bars.')).toContain('care_relationship');
    expect(rulesFor('Our hygienists said you were the kindest!')).toContain('care_relationship');
  });

  it('blocks a visit told back as quick', () => {
    expect(rulesFor('So happy you were in and out in no time!')).toContain('care_relationship');
  });

  it("blocks a third party's condition even with a clause between the person and the condition", () => {
    expect(rulesFor('The cyclist taken to our trauma bay this morning is stable.')).toContain('care_relationship');
    expect(rulesFor('Thank you for asking about him. He is comfortable tonight.')).toContain('care_relationship');
    expect(rulesFor('The patient experience team is improving how we answer calls.')).not.toContain('care_relationship');
  });

  it('tells a moment of care said of anyone from one said of the reader', () => {
    expect(rulesFor('Our therapists visit people at home after surgery across the county.')).not.toContain('care_relationship');
    expect(rulesFor("So glad you're resting at home after surgery!")).toContain('care_relationship');
    expect(rulesFor('Most patients are walking the day after surgery, and she was no exception.')).toContain('care_relationship');
  });
});
