import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

const risks = (text: string) => analyze({ text }, RIVERSIDE).risks;

describe('risks', () => {
  it('flags harm when a complaint describes a safety event', () => {
    expect(risks('They gave my father the wrong medication and he ended up in intensive care.')).toEqual(['harm']);
  });

  it('flags harm for an infection picked up in our care and a patient bleeding while left to wait, and opens the complaint', () => {
    const infected = analyze({ text: "Dad's IV was left in for five days and his arm got infected. Now he is on antibiotics." }, RIVERSIDE);
    expect(infected).toMatchObject({ complaint: true, risks: ['harm'], categories: expect.arrayContaining(['safety']) });
    const bleeding = analyze({ text: 'In the ER lobby right now, my son is vomiting blood and nobody has come back for an hour.' }, RIVERSIDE);
    expect(bleeding).toMatchObject({ complaint: true, risks: ['harm'], timing: 'now' });
  });

  it('flags harm for a needle used twice, even when the nurse said it was fine', () => {
    const t = analyze({ text: "The nurse didn't use a new needle for my flu shot; she said \"it's fine, it's clean.\" We are getting tested." }, RIVERSIDE);
    expect(t).toMatchObject({ complaint: true, risks: expect.arrayContaining(['harm']), categories: expect.arrayContaining(['safety']) });
  });

  it("flags privacy when someone else's records reach the author", () => {
    const t = analyze({ text: 'I got a discharge summary in the mail today. These are not mine; they belong to someone with my name, with her social security number.' }, RIVERSIDE);
    expect(t.risks).toContain('privacy');
  });

  it('reads a visitor robbed in a dark parking lot as a complaint about the grounds', () => {
    const t = analyze({ text: 'Half the lights are out in the garage and my aunt got her purse snatched walking to her car.' }, RIVERSIDE);
    expect(t).toMatchObject({ complaint: true, categories: ['environment'] });
  });

  it('does not flag harm for an injury the hospital treated well', () => {
    expect(risks('I broke my leg skiing and the ER team set it perfectly, thank you.')).toEqual([]);
  });

  it('flags a legal threat, in English and Spanish', () => {
    expect(risks("I'm calling my lawyer about what happened to my dad.")).toEqual(['legal']);
    expect(risks('Mi padre murió por un error médico, voy a hablar con un abogado.')).toEqual(['harm', 'legal']);
  });

  it("flags a law firm's notice about a harmed patient as legal", () => {
    expect(risks('We represent a patient harmed at one of your facilities and have sent a preservation letter.')).toContain('legal');
    expect(risks('Our firm is handling a wrongful death claim against the hospital.')).toContain('legal');
  });

  it('flags harm when the patient came back sicker after being sent home', () => {
    expect(risks('She was discharged with no insulin instructions and ended up back in the ER two days later.')).toEqual(['harm']);
  });

  it('flags a fall described in Spanish as harm', () => {
    expect(risks('Mi madre se cayó de la cama y nadie nos avisó.')).toEqual(['harm']);
  });

  it('flags crisis when a relative writes about someone else at risk', () => {
    expect(risks('My brother said he is going to kill himself and he is in the waiting room right now')).toEqual(['crisis']);
    expect(risks('Mi hija dice que se quiere matar y nadie la atiende')).toEqual(['crisis']);
  });

  it('flags crisis when someone says nothing matters any more, without naming a method', () => {
    expect(risks("sitting in my car outside the clinic. i don't see the point of anything anymore and i don't want to be here")).toEqual(['crisis']);
    expect(risks('Honestly I have nothing to live for and the counselor never called back.')).toEqual(['crisis']);
    expect(risks('Ya no le veo sentido a nada, nadie me contesta en la clínica.')).toEqual(['crisis']);
  });

  it('does not read an impatient "I don\'t want to be here all day" as crisis', () => {
    expect(risks("Three hours in the lobby. I don't want to be here all day, just see me.")).toEqual([]);
  });

  it('flags crisis even when the post is not a complaint', () => {
    expect(risks('If nobody helps me tonight I am going to kill myself.')).toEqual(['crisis']);
  });

  it('flags an alleged privacy breach but not praise for privacy', () => {
    expect(risks('The receptionist discussed my diagnosis in front of everyone in the waiting room.')).toEqual(['privacy']);
    expect(risks('The staff respected my privacy and were kind.')).toEqual([]);
  });

  it('ignores look-alike phrases', () => {
    expect(risks('The food court was dirty and the coffee was awful.')).toEqual([]);
  });
});

describe('records sent to the wrong person', () => {
  it.each([
    "Northside sent my husband's visit summary, with his diagnosis, to my portal and put it on my chart.",
    "I got someone else's lab results in the mail from your clinic.",
  ])('flags privacy in %j', (text) => {
    expect(risks(text)).toContain('privacy');
  });

  it('does not flag asking to have an allergy put on one’s chart', () => {
    expect(risks('Please put it on my chart that I am allergic to penicillin, thanks')).toEqual([]);
  });

});

describe('falls, head injuries and what brought the patient in', () => {
  it('flags harm for a fall at home after a discharge without pain relief, and names the unsafe discharge and the care', () => {
    const t = analyze({ text: 'They discharged my aunt with no pain meds and she fell at home that evening.' }, RIVERSIDE);
    expect(t).toMatchObject({ complaint: true, risks: ['harm'], severity: 3 });
    expect(t.categories).toEqual(expect.arrayContaining(['clinical_quality', 'safety']));
  });

  it('flags harm for a head injury on blood thinners left waiting, but not for the fall that only brought a patient in', () => {
    expect(risks('Four hours in the ER with my grandfather who hit his head. He takes warfarin. Nobody has seen him.')).toEqual(['harm']);
    expect(risks('I did not like the doctor who saw me when I fell and hurt my knee, he was rude.')).toEqual([]);
  });

  it('does not take the overdose that brought a patient in as harm done by the hospital', () => {
    const t = analyze({ text: 'My brother spent a week on your ward after an overdose. The nurses never once made him feel judged. With gratitude to every nurse.' }, RIVERSIDE);
    expect(t).toMatchObject({ complaint: false, risks: [], severity: 0 });
  });

  it('flags harm and high severity when essential treatment is missed or late and the patient gets worse', () => {
    const dialysis = analyze({ text: 'My uncle was due for dialysis at 7 this morning. Nobody came for him until after lunch. Now he is short of breath and scared.' }, RIVERSIDE);
    expect(dialysis).toMatchObject({ complaint: true, risks: ['harm'], severity: 3, categories: expect.arrayContaining(['safety']) });
    const insulin = analyze({ text: 'The night nurse forgot to give my daughter her insulin. By morning her blood sugar was over 400 and she was vomiting.' }, RIVERSIDE);
    expect(insulin).toMatchObject({ risks: ['harm'], severity: 3 });
    const seizure = analyze({ text: 'My son went eleven hours without his seizure medication because of a pharmacy mix-up. He had a seizure in the hallway.' }, RIVERSIDE);
    expect(seizure).toMatchObject({ risks: ['harm'], severity: 3 });
    const oxygen = analyze({ text: 'Her oxygen ran out during the transfer and nobody noticed. She became confused and could not tell us her name.' }, RIVERSIDE);
    expect(oxygen.risks).toEqual(['harm']);
  });

  it('does not flag harm for treatment given on time, a late dose without consequence, or a patient getting worse with nothing missed', () => {
    expect(risks('They never missed a dose of her antibiotics and the fever spiked anyway, the team handled it calmly.')).toEqual([]);
    expect(risks('His antibiotics came an hour late and the nurse was rude about it.')).toEqual([]);
    expect(risks('Mom got short of breath overnight and the staff were slow to answer the bell.')).toEqual([]);
  });

  it('flags harm when a missed seizure dose was followed by a seizure, in a letter asking for a written explanation', () => {
    const letter =
      'Dear patient relations, my wife went a whole night without her scheduled seizure medication because the order was never verified. ' +
      'The next morning she had a seizure. I would like a written explanation and a copy of her full record.';
    const t = analyze({ text: letter, platform: 'email' }, RIVERSIDE);
    expect(t).toMatchObject({ complaint: true, risks: ['harm'], severity: 3 });
    // the contract names lawyers, lawsuits and regulators as legal risk; a request for an explanation or records is not one
    expect(t.risks).not.toContain('legal');
  });
});
