import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { TEST_PROFILE, flagged, rulesFor } from './test-profile.js';

describe('insurance and money', () => {
  it.each([
    ["We're sorry about the $450 charge.", '$450'],
    ['You were charged 300 dollars.', '300 dollars'],
    ['We are sorry your insurance claim was denied.', 'your insurance'],
    ['We understand your frustration with your copay.', 'your copay'],
    ["We'll ask why your account was sent to collections.", 'sent to collections'],
    ['Lamentamos el problema con su factura.', 'su factura'],
    ['Usted no presentó su tarjeta del seguro en recepción.', 'su tarjeta del seguro'],
    ['Por eso le llegó la factura completa.', 'le llegó la factura'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'financial_detail')).toContain(span);
  });

  it("blocks the reader's insurer, and only warns about an insurer named in general", () => {
    expect(flagged("We're sorry your Aetna coverage wasn't verified.", 'financial_detail')).toContain('Aetna');
    const general = checkReply('Medicare open enrollment ends soon; our counselors can explain the options.', { profile: TEST_PROFILE });
    expect(general.verdict).toBe('warn');
  });

  // 1.12.0: policy rule 5 allows which plans we take; the reader's own plan, told in the post, still blocks.
  it('lets the plans we accept pass without a warning, unless the post told the plan as the reader\'s own', () => {
    expect(rulesFor('Yes, we accept Medicare, Ohio Medicaid and most major commercial plans.', { post: { text: 'Do you take Medicaid and Medicare?' } })).toEqual([]);
    expect(rulesFor('Sí, aceptamos Medicaid y CHIP para niños.')).toEqual([]);
    expect(flagged('We accept Molina at every site.', 'financial_detail', { post: { text: 'Molina denied my claim.' } })).toEqual(['Molina']);
  });

  it('lets general talk about billing pass', () => {
    expect(rulesFor('Our billing team is happy to answer billing questions at (555) 010-0100.')).toEqual([]);
  });

  it('allows billing details in a private email', () => {
    expect(rulesFor('Our billing team is reviewing the $450 charge on your bill.', { platform: 'email' })).toEqual([]);
  });

  it('lets an amount in an announcement of a gift pass, but blocks one next to a bill', () => {
    expect(checkReply('Local donors raised $250,000 for our new birthing center.', { profile: TEST_PROFILE }).verdict).toBe('ok');
    expect(checkReply('The lab fee of $64 is standard.', { profile: TEST_PROFILE }).verdict).toBe('block');
  });

  it('reads "check with your plan" as general advice', () => {
    expect(rulesFor('If you are unsure about referrals, check with your plan.')).toEqual([]);
  });

  it('lets us offer help with bills in general', () => {
    expect(rulesFor('Questions about your bill? Our billing team is available weekdays.')).toEqual([]);
  });

  it("blocks the reader's HMO", () => {
    expect(flagged('Your HMO requires a referral, which we have sent.', 'financial_detail')).toEqual(['Your HMO']);
  });

  it('blocks an amount repeated from the post and an insurer said to have paid', () => {
    const post = { text: 'Charged $480 for a 10 minute urgent care visit.' };
    expect(checkReply('We get that $480 feels like a lot; our billing team can explain.', { profile: TEST_PROFILE, post }).verdict).toBe('block');
    expect(flagged('Ya revisamos y el seguro de Molina pagó todo.', 'financial_detail')).toContain('Molina');
  });

  it('answers a question about an accepted insurer in general without blocking', () => {
    const post = { text: 'Does Riverbend take Medicaid? Moving here next month.' };
    expect(checkReply('Yes, all our hospitals accept Medicaid.', { profile: TEST_PROFILE, post }).verdict).not.toBe('block');
  });

  it('only warns about the fee of a class we announce', () => {
    expect(checkReply('Our CPR class for parents runs the second Saturday of every month. The fee is $35.', { profile: TEST_PROFILE }).verdict).toBe('warn');
  });

  it("blocks what the reader's own plan does or does not cover, and an insurer they named written as one word", () => {
    expect(flagged("Since your plan doesn't include major restorative coverage, the self-pay rate applied.", 'financial_detail')).toContain('your plan');
    expect(flagged('BlueCross plans often require a home study first.', 'financial_detail', { post: { text: 'BlueCross won’t cover my sleep study.' } })).toContain('BlueCross');
  });
});

describe('amounts in announcements of gifts', () => {
  it('lets a donation total pass, as the policy allows', () => {
    expect(rulesFor('$212,000 for the new pediatric imaging suite! Thank you to everyone who gave.')).toEqual([]);
  });

  it('still blocks an amount of the reader’s bill in a thank-you for a donation', () => {
    expect(flagged('Thank you for your donation. Your $45 copay has been removed.', 'financial_detail')).toContain('$45');
  });
});

describe('insurance and money (1.8.0)', () => {
  it('names VA community care as an insurer without reading Spanish "va" as one', () => {
    expect(rulesFor('VA community care billing confuses many veterans.', { post: { text: 'I came through VA community care and got a bill.' } })).toContain('financial_detail');
    expect(rulesFor('La clínica va a abrir más temprano.')).toEqual([]);
  });

  it('blocks a charge upheld "in this case" and a claim pending with the reader\'s plan', () => {
    expect(flagged('The cancellation charge still applies in this case.', 'financial_detail')).toEqual(['The cancellation charge']);
    expect(flagged('The claim is still pending with your plan.', 'financial_detail')).toContain('The claim is still pending');
  });

  it('confirms care from a balance even when a payment plan is offered alongside it', () => {
    expect(rulesFor('Sobre su saldo pendiente, puede pedir un plan de pagos.')).toContain('care_relationship');
  });
});

describe('insurance and money (1.9.0)', () => {
  it("blocks what the reader's plan decided, said in the passive", () => {
    expect(rulesFor('Deductibles are determined by your health plan, not by the hospital.')).toContain('financial_detail');
  });
});

describe('insurance and money (1.10.0)', () => {
  it("blocks a charge in a sentence that opens on the reader's name", () => {
    const post = { text: 'Got a bill for a visit I never had.', author: { displayName: 'Marisol P.' } };
    expect(flagged('Marisol, that charge was a clerical mix-up on our side.', 'financial_detail', { post })).toEqual(['that charge']);
    expect(flagged('Yes, that charge applies to every visitor.', 'financial_detail', { post })).toEqual([]);
  });

  it("blocks a fee only the reader's own conduct incurs, a payment, and the insurer on file; not a parking fee", () => {
    expect(rulesFor('Since you missed the visit, the late-cancellation fee applies.')).toContain('financial_detail');
    expect(rulesFor('Thanks for checking in, and the payment you sent went through.')).toContain('financial_detail');
    expect(rulesFor('We will update the insurance plan on file today.')).toContain('financial_detail');
    expect(rulesFor("We're sorry the parking fees feel steep; we've shared that with facilities.")).not.toContain('financial_detail');
  });
});

describe('our prices, asked about (1.13.0)', () => {
  const post = { text: 'What does a sports physical cost at the walk-in clinic?' };

  it('lets a list price answer a question about our prices', () => {
    expect(rulesFor('Sports physicals at our walk-in clinic are $40, with a sliding-fee option.', { post })).not.toContain('financial_detail');
  });

  it('still blocks an amount said to the reader or about a bill', () => {
    expect(rulesFor('You would pay $40 at the walk-in clinic.', { post })).toContain('financial_detail');
    expect(rulesFor('The $40 on that bill is the physical.', { post })).toContain('financial_detail');
  });
});

describe('which plans a site accepts, and words inside other words (1.14.0)', () => {
  it('lets a site named by its own name answer which plans it accepts', () => {
    const post = { text: 'Does the St. Joseph clinic take Medicaid?' };
    expect(checkReply("Yes! St. Joseph's Clinic accepts Medicaid and most Medicare plans.", { profile: TEST_PROFILE, post }).verdict).not.toBe('block');
  });
  it('does not read "her" inside "other" as a person', () => {
    expect(checkReply('We accept Medicare, and other Medicaid plans are listed online.', { profile: TEST_PROFILE }).verdict).not.toBe('block');
  });
  it('blocks "esa factura" said to the reader in Spanish', () => {
    expect(rulesFor('No se preocupe por nada, esa factura la revisamos hoy.')).toContain('financial_detail');
  });
});

describe('what we did with a claim or bill, and where a charge came from (1.14.0)', () => {
  it.each([
    ['a claim we escalated', 'Thanks for waiting, our billing team has escalated the claim.'],
    ['a statement we corrected', 'We corrected your statement this morning.'],
    ['where the extra cost came from', 'The extra charge is because the visit ran long.'],
  ])('blocks %s', (_, draft) => {
    expect(rulesFor(draft)).toContain('financial_detail');
  });
  it('lets an offer to review bills pass', () => {
    expect(rulesFor('Our billing office can review any statement with you: (555) 010-0100.')).not.toContain('financial_detail');
  });
});

describe('money and insurers of 1.15.0', () => {
  it('blocks an insurer the post told as the author’s own in a sentence ending on a question', () => {
    expect(checkReply('Aetna denials can often be appealed; billing can help at (555) 010-0100.', { profile: TEST_PROFILE, post: { text: 'Aetna rejected my claim, what do I even do now??' } }).verdict).toBe('block');
  });

  it('does not block our own price the post quoted without anyone paying it', () => {
    const result = checkReply('The cafeteria’s daily special is $9 for everyone.', { profile: TEST_PROFILE, post: { text: 'A $9 sandwich?? Seriously?' } });
    expect(result.verdict).not.toBe('block');
  });

  it('still blocks an amount the post told as the author’s charge', () => {
    expect(checkReply('The $9 covers the visit fee.', { profile: TEST_PROFILE, post: { text: 'They charged me $9 just to park.' } }).verdict).toBe('block');
  });
});
