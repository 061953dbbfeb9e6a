import { describe, expect, it } from 'vitest';
import { flagged, rulesFor } from './test-profile.js';

describe('promises of outcomes or compensation', () => {
  it.each([
    ['We will refund your parking fees.', 'We will refund'],
    ["We'll waive the fee for you.", "We'll waive"],
    ["We're going to refund it.", "We're going to refund"],
    ['We guarantee this will be fixed.', 'We guarantee'],
    ['You will get a full refund.', 'You will get a full refund'],
    ['The charges will be removed from your account.', 'The charges will be removed'],
    ['We promise this will never happen again.', 'We promise'],
    ["We'll give you a $50 gift card.", "We'll give you a $50 gift card"],
    ['Le reembolsaremos el estacionamiento.', 'Le reembolsaremos'],
    ["we'll take care of that bill for you, don't worry about it", "we'll take care of that bill"],
    ['Send us a photo and we will pay the full cost of the repair.', 'we will pay the full cost'],
    ["We've flagged it so you're seen first next time.", "you're seen first"],
    ['the tech who was rude to you is no longer with us.', 'no longer with us'],
    ['Our spine team guarantees you will be golfing by spring.', 'guarantees'],
    ["We'll make sure the radiology bill is removed.", 'make sure the radiology bill is removed'],
    ['The ambulance bill will be waived.', 'The ambulance bill will be waived'],
    ["You'll see a different cardiologist next time.", "You'll see a different cardiologist"],
    ['No se preocupe, la próxima vez lo pasamos directo sin esperar.', 'la próxima vez lo pasamos directo'],
    ['Le vamos a hacer half off en esa cuenta.', 'half off'],
    ['We found it, and a refund check is going out this week.', 'refund'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'outcome_promise')).toContain(span);
  });

  it('lets commitments to listen and review pass', () => {
    expect(rulesFor('We cannot guarantee a result, but we promise to look into this and we will review it with you.')).toEqual([]);
  });

  it.each([
    ['You have our word that it is being handled.', 'You have our word'],
    ['The employee involved will be disciplined.', 'involved will be disciplined'],
    ['Your next appointment will be complimentary.', 'Your next appointment will be complimentary'],
    ['Su próxima cita será gratis.', 'Su próxima cita será gratis'],
  ])('blocks promised results and free care: %s', (draft, text) => {
    expect(flagged(draft, 'outcome_promise')).toEqual([text]);
  });

  it.each([
    ["We'll get you a refund right away.", 'get you a refund'],
    ['Consider the balance cleared.', 'Consider the balance cleared'],
    ['The staff member has been fired.', 'has been fired'],
    ['We can offer you a free follow-up visit.', 'free follow-up visit'],
    ['Le daremos una tarjeta de regalo.', 'Le daremos una tarjeta'],
  ])('blocks compensation and discipline in any wording: %s', (draft, text) => {
    expect(flagged(draft, 'outcome_promise')).toEqual([text]);
  });

  it.each([
    'If you have questions about a refund, our billing office can help.',
    'Free flu shots are available at all our clinics this month.',
    'We will review what happened with the team involved.',
  ])('lets general information pass: %s', (draft) => {
    expect(rulesFor(draft)).not.toContain('outcome_promise');
  });

  it.each([
    "We'll make it up to you.",
    "This one's on us.",
    'You will be compensated for your time.',
    "We'll upgrade you to a private room.",
    'We will make sure you never wait like that again.',
    "We'll get your results expedited.",
    'The nurse involved will be reassigned.',
    'Le compensaremos por las molestias.',
    "We'll make sure the billing error is corrected and you're refunded.",
    "Next visit, you'll skip the line.",
    'The physician involved has been placed on leave.',
    'Your meal vouchers are waiting at the front desk.',
  ])('blocks other promised outcomes: %s', (draft) => {
    expect(rulesFor(draft)).toContain('outcome_promise');
  });

  it.each([
    "We'll fire whoever was responsible.",
    "We've disciplined the staff member.",
    'I can assure you that everyone involved will be held accountable.',
    'That employee will no longer be working with patients.',
    "We'll give you priority scheduling from now on.",
    "We'll have a private room ready for you next time.",
    "We'll make sure you're seen first next time you come in.",
    "We'll make sure your mother gets a different doctor.",
    'The team already issued you a refund.',
    "You'll hear from us tomorrow with good news.",
    'No se preocupe por la factura, ya está resuelta.',
    'We would like to offer you a complimentary follow-up visit.',
    'Please accept a gift card as a token of our apology.',
    'A refund is on its way.',
    'We have arranged a follow-up appointment with Dr. Reyes at no cost.',
    'We are prepared to offer a settlement for your trouble.',
    "We're refunding the ER copay today.",
    'Rest assured that the nurse will face consequences.',
    'Going forward you will have a dedicated nurse for every visit.',
    "We're going to fix the billing error right away.",
    "Next time, ask for me and I'll make sure you're taken care of.",
  ])('blocks promised treatment of staff or of the reader: %s', (draft) => {
    expect(rulesFor(draft)).toContain('outcome_promise');
  });

  it.each([
    "We can't offer refunds over social media, but please call us.",
    'You may be eligible for financial assistance; we would be glad to explain how to apply.',
    'We accept all major credit cards at our pharmacy.',
    'Information on refunds is on our website.',
  ])('lets compensation talked about in general pass: %s', (draft) => {
    expect(rulesFor(draft)).not.toContain('outcome_promise');
  });

  it.each(['We will hold ourselves accountable for doing better.', "We'll be ready for you whenever you want to talk.", 'We give priority to the most urgent cases.'])(
    'lets commitments about ourselves pass: %s',
    (draft) => {
      expect(rulesFor(draft)).not.toContain('outcome_promise');
    },
  );

  it('reads "it is on us to do better" as owning the problem', () => {
    expect(rulesFor("It's on us to do better, and we will review what happened.")).not.toContain('outcome_promise');
  });

  it.each([
    ['The nurse has been spoken to and your feedback is with the unit manager.', 'has been spoken to'],
    ['Scheduling is finding you an earlier slot next week.', 'finding you an earlier slot'],
    ['No se preocupe, le vamos a condonar la factura completa.', 'le vamos a condonar'],
  ])('blocks a personnel action or special treatment told in passing: %j', (draft, span) => {
    expect(flagged(draft, 'outcome_promise')).toContain(span);
  });

  it.each([
    ['Please know that the officer involved will be held accountable.', 'involved will be held accountable'],
    ['We can confirm that the nurse in question is no longer working on that unit.', 'no longer working on'],
  ])('blocks word of what happens to a colleague, whatever their job: %j', (draft, span) => {
    expect(flagged(draft, 'outcome_promise')).toContain(span);
  });

  it('lets a free service for everyone pass in Spanish', () => {
    expect(rulesFor('Le recomendamos el estacionamiento B, que tiene transporte gratuito a la entrada principal.')).not.toContain('outcome_promise');
  });

  it.each([
    ["This is unacceptable, and I'm sorry. I'll make sure she is let go.", 'make sure she is let go'],
    ['Anyone found to have treated a patient with disrespect will be held accountable.', 'will be held accountable'],
    ["Message us before you come in and we'll have a therapist ready.", "we'll have a therapist ready"],
    ['Venga cuando quiera y se la volvemos a cementar sin costo.', 'sin costo'],
    ['Escríbenos y te hacemos un retoque gratis.', 'retoque gratis'],
  ])('blocks an owner promising staff discipline or special treatment: %j', (draft, span) => {
    expect(flagged(draft, 'outcome_promise')).toContain(span);
  });
});

describe('a better place in the queue', () => {
  it.each([
    ["Mention this review and we'll get you in ahead of the line.", 'get you in ahead of the line'],
    ['We will let you skip the line next time.', 'let you skip the line'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'outcome_promise')).toEqual([span]);
  });
});

describe('promises (1.8.0)', () => {
  it.each(["We've let the scheduler go.", 'We had to let that nurse go.', 'We have parted ways with him.', 'She was relieved of her duties.'])(
    'blocks word that a colleague was let go: %s',
    (draft) => {
      expect(rulesFor(draft)).toContain('outcome_promise');
    },
  );

  it('blocks a balance written off "gone ahead and" or "went ahead and"', () => {
    expect(rulesFor("We've gone ahead and waived the rest of the bill.", { platform: 'email' })).toContain('outcome_promise');
    expect(rulesFor('We went ahead and wrote off the balance.')).toContain('outcome_promise');
  });

  it('lets a standing free service pass, even in a sentence to the reader', () => {
    expect(rulesFor('Entendemos su molestia: siempre se ofrece un intérprete sin costo.')).not.toContain('outcome_promise');
    expect(rulesFor('We hear you: interpreters are always available at no cost.')).not.toContain('outcome_promise');
    expect(rulesFor('Your next visit is at no cost to you.')).toContain('outcome_promise');
  });
});

describe('promises (1.10.0)', () => {
  it.each([
    ["Thanks, Priya. We're writing that off this afternoon.", "writing that off"],
    ["We'll take the late charge off your bill.", 'take the late charge off your bill'],
    ['That statement went out by mistake, so please do not pay it.', 'please do not pay it'],
  ])('blocks a waived bill however the phrasal verb is split: %s', (draft, span) => {
    expect(flagged(draft, 'outcome_promise')).toContain(span);
  });

  it("blocks what happens to a colleague said by pronoun, and lets a refusal to write off pass", () => {
    expect(flagged("I've talked with our front desk lead, and he's being coached on this.", 'outcome_promise')).toEqual(["he's being coached"]);
    expect(rulesFor("We can't write it off here, but our billing team can explain the options.")).not.toContain('outcome_promise');
  });
});

describe('promises (1.12.0)', () => {
  it.each([
    ["Our records show the session was marked as a no-show, but we've asked billing to remove the fee.", 'asked billing to remove the fee'],
    ['Claim 7781230045 was reprocessed and the refund is in the mail.', 'the refund is in the mail'],
    ["From now on we'll save you the recliner by the window.", "From now on we'll save"],
    ["Stop by and we'll recheck it for free.", "we'll recheck it for free"],
    ["We've flagged your chart so it won't move again.", "so it won't move again"],
    ['I spoke to the staff member involved. She will not be scheduling anymore.', 'She will not be scheduling anymore'],
    ['La enfermera responsable ya fue sancionada.', 'ya fue sancionada'],
    ["We'll get you in with the cardiologist first thing Monday.", "We'll get you in with the cardiologist first thing"],
    ["We've moved your son up on the cancellation list.", 'moved your son up'],
    ['Lakeside will reimburse your father for the lost phone.', 'Lakeside will reimburse'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'outcome_promise')).toContain(span);
  });

  it('lets a seat kept at our own event pass', () => {
    expect(flagged("We'll save you a seat at the gala!", 'outcome_promise')).toEqual([]);
  });
});

describe('priority promised in Spanish (1.13.0)', () => {
  it('blocks priority or being seen first promised next time', () => {
    expect(flagged('La próxima vez avísenos y les daremos prioridad.', 'outcome_promise')).toEqual(['les daremos prioridad']);
    expect(flagged('Si vuelve, tendrá prioridad en la fila.', 'outcome_promise')).toEqual(['tendrá prioridad']);
    expect(flagged('Avísenos y la atenderemos primero.', 'outcome_promise')).toEqual(['la atenderemos primero']);
  });
});

describe('a place first in line, and a bill cancelled in Spanish (1.14.0)', () => {
  it.each([
    ['first in line next time', "Next time, mention this and we'll place you first in line."],
    ['the top of the waitlist', "We'll move you to the top of the waitlist."],
    ['a bill the reader need not pay, in Spanish', 'Usted no necesita pagar ese cargo.'],
    ['a bill we cancel, in Spanish', 'Sobre la factura: nosotros se la anulamos hoy mismo.'],
  ])('blocks %s', (_, draft) => {
    expect(rulesFor(draft)).toContain('outcome_promise');
  });
  it('lets a general statement of coverage in Spanish pass', () => {
    expect(rulesFor('Con Medicare normalmente no tiene que pagar copago por la vacuna.')).not.toContain('outcome_promise');
  });
});

describe('results promised to whoever follows a program (1.15.0)', () => {
  it.each([
    ['a goal weight', 'Stick with the plan and you will reach your goal weight!'],
    ['a number of pounds', "Trust the process, you'll lose 40 pounds by summer."],
  ])('blocks %s', (_, draft) => {
    expect(rulesFor(draft)).toContain('outcome_promise');
  });

  it('lets encouragement without a result pass', () => {
    expect(rulesFor('Our dietitians will help you set a goal that fits your life.')).not.toContain('outcome_promise');
  });
});
