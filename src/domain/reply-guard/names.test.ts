import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { TEST_PROFILE, flagged, rulesFor } from './test-profile.js';

describe('patient names', () => {
  it("blocks the reviewer's real name when they posted under a handle, nicknames included", () => {
    const author = { handle: '@dj_77', displayName: 'dj_77', realName: 'David Jacobs' };
    expect(flagged('Hi David, please call us.', 'patient_name', { post: { text: 'Rude staff.', author } })).toEqual(['David']);
    expect(flagged('Hi Dave, please call us.', 'patient_name', { post: { text: 'Rude staff.', author } })).toEqual(['Dave']);
    expect(flagged('Dear Jacobs family, please call us.', 'patient_name', { post: { text: 'Rude staff.', author } })).toEqual(['Jacobs']);
  });

  it('lets us greet the reviewer by the display name they posted under', () => {
    expect(rulesFor('Hi Maria, thank you for the kind words!', { post: { text: 'Great nurses.', author: { displayName: 'Maria G' } } })).toEqual([]);
  });

  it('blocks relatives and staff named in the post', () => {
    const post = { text: 'My husband Tony waited hours and Nurse Kelly was rude.', author: { displayName: 'Carla' } };
    expect(flagged('We are thinking of Tony and will speak with Kelly.', 'patient_name', { post })).toEqual(['Tony', 'Kelly']);
  });

  it('blocks titled names and common first names anywhere', () => {
    expect(flagged("We're sorry, Mrs. Thompson.", 'patient_name')).toEqual(['Mrs. Thompson']);
    expect(flagged('Thank you for the shout-out to Dr. Okafor.', 'patient_name')).toEqual(['Dr. Okafor']);
    expect(flagged("We hope Margaret is doing better.", 'patient_name')).toEqual(['Margaret']);
    expect(flagged('Lo sentimos, Sra. Ramírez.', 'patient_name')).toEqual(['Sra. Ramírez']);
  });

  it('blocks a clinician the review names signing our answer, since that says who treated the reviewer', () => {
    const post = { text: 'Dr. Kwan was dismissive and rushed me out.', author: { displayName: 'Elaine F.' } };
    expect(flagged("I'm sorry to read this; I'd welcome a call at (555) 010-0190. — Dr. Kwan", 'patient_name', { post })).toEqual(['Kwan']);
    expect(rulesFor("I'm sorry to read this; I'd welcome a call at (555) 010-0190. — Dr. Kwan")).not.toContain('patient_name');
  });

  it('blocks a household named by its surname, but not donors thanked for a gift', () => {
    expect(flagged('You delivered half the town, including the Castellano triplets!', 'patient_name')).toContain('Castellano');
    expect(rulesFor('A heartfelt thank-you to the Carver family for their gift to the cancer center.')).not.toContain('patient_name');
  });

  it('blocks a chaplain or other clergy named in answer to a review that names them', () => {
    const post = { text: 'Chaplain Ruth Hale sat with our family the night Dad passed.', author: { displayName: 'Greg S' } };
    expect(flagged('We will make sure Chaplain Hale sees your words.', 'patient_name', { post })).toContain('Chaplain Hale');
  });

  it('lets staff introduce and sign themselves', () => {
    expect(rulesFor("I'm Maria from Patient Experience and I'd like to help.")).toEqual([]);
    expect(rulesFor('Please call us. - Ana, Patient Experience')).toEqual([]);
    expect(rulesFor('Please call us.\n— Jordan')).toEqual([]);
  });

  it('does not mistake our own site names for people', () => {
    expect(rulesFor("Thanks for visiting St. Joseph's Clinic's new website!")).toEqual([]);
  });

  it('only warns about third-party names in a private message', () => {
    const result = checkReply('I have shared this with Margaret.', { profile: TEST_PROFILE, platform: 'email' });
    expect(result.verdict).toBe('warn');
  });
});

describe('signatures with titles', () => {
  it('lets a leader sign with title and role on their own line', () => {
    expect(rulesFor('Please call us at (555) 010-0100.\n— Dr. Amy Chen, Chief Medical Officer')).toEqual([]);
  });

  it('still blocks thanking a titled person', () => {
    expect(flagged('Thank you, Mr. Patel, for the kind review.', 'patient_name')).toEqual(['Mr. Patel']);
    expect(flagged('Thanks, Dr. Lee!', 'patient_name')).toEqual(['Dr. Lee']);
  });

  it('lets us greet the reviewer by the short form of their display name', () => {
    const author = { handle: '@robk', displayName: 'Rob K.', realName: 'Robert Kowalski' };
    expect(flagged('Hi Rob, we would like to hear more.', 'patient_name', { post: { text: 'Slow check-in.', author } })).toEqual([]);
    expect(flagged('Hi Robert, we would like to hear more.', 'patient_name', { post: { text: 'Slow check-in.', author } })).toEqual(['Robert']);
  });

  it('names a clinician only when answering someone, and colleagues pointed to by role pass', () => {
    expect(flagged('Please join us in welcoming Dr. Hana Sato to our cardiology team!', 'patient_name')).toEqual([]);
    expect(flagged("We're sorry Dr. Sato kept you waiting.", 'patient_name')).toEqual(['Dr. Sato']);
    expect(flagged('Our patient advocate, Gloria, will be glad to help.', 'patient_name')).toEqual([]);
    expect(flagged('Please ask for Mr. Dunn in Guest Relations.', 'patient_name')).toEqual([]);
    expect(flagged('Please give Mr. Dunn our best wishes.', 'patient_name')).toEqual(['Mr. Dunn']);
  });

  it('does not read a month before a day as a name', () => {
    expect(flagged('Our new wing opens June 3 with a community open house.', 'patient_name')).toEqual([]);
  });

  it("blocks the name of someone in the reader's family, even one the guard does not know", () => {
    expect(flagged('Please tell your uncle Thaddeus we said hello.', 'patient_name')).toEqual(['Thaddeus']);
    expect(flagged('Un saludo a su hija Xiomara.', 'patient_name')).toEqual(['Xiomara']);
    expect(flagged('Our nurses loved meeting little Zadie!', 'patient_name')).toEqual(['Zadie']);
  });

  it('lets an announcement name the colleague it presents, and blocks passing a review to a named doctor', () => {
    expect(rulesFor('Please join us in congratulating Maria Delgado, RN, on her DAISY Award. Maria was nominated by her colleagues.')).not.toContain('patient_name');
    expect(rulesFor('Welcome to the team, Dr. Hannah Okoro! Dr. Okoro is accepting new patients.')).not.toContain('patient_name');
    const post = { text: 'Best orthopedic surgeon ever, 10/10 would break a bone again' };
    expect(rulesFor("Thank you! We've forwarded this to Dr. Lindqvist and the whole ortho team.", { post })).toContain('patient_name');
  });

  it('blocks greeting the reader by a name other than the one they posted under', () => {
    const post = { text: 'Cold waiting room.', author: { handle: '@nightowl_77', displayName: 'nightowl_77' } };
    expect(flagged('Hi Derek, thank you for letting us know.', 'patient_name', { post })).toEqual(['Derek']);
    expect(flagged('Hi Mr. Delgado, our behavioral health team is sorry for the wait.', 'patient_name', { post })).toEqual(['Mr. Delgado']);
  });

  it("blocks a name the reply asks the reader to pass a message to", () => {
    expect(flagged('Tell Raj the first night is always the hardest!', 'patient_name')).toEqual(['Raj']);
  });
});

describe('names a clinician hears of, and relatives whose name the handle shares', () => {
  it('blocks a clinician who will hear the review, since that says who treated the reviewer', () => {
    expect(flagged('Thank you! Dr. Okafor will be thrilled to hear this.', 'patient_name', { post: { text: 'Best dentist in town.' } })).toEqual(['Dr. Okafor']);
  });

  it('blocks a child named in the post even when the parent posts under a handle with that name', () => {
    const ctx = { post: { text: 'My son Milo got his shots today and only cried once', author: { handle: '@milo.and.mom' } } };
    expect(flagged('Aww, tell Milo he was the bravest!', 'patient_name', ctx)).toEqual(['Milo']);
  });

  it('blocks a staff first name thanked to the reviewer', () => {
    expect(flagged('Our front desk (especially Brianna!) loves hearing this.', 'patient_name', { post: { text: 'Front desk was welcoming.' } })).toEqual(['Brianna']);
  });
});

describe('the writer’s own name', () => {
  it('reads a name alone on its line, above a team line or at the end, as a signature', () => {
    expect(rulesFor('Hello,\n\nI saw your post and would like to talk.\n\nMargaret\nPatient Experience, Lakeside General Hospital')).toEqual([]);
    expect(rulesFor('We are sorry to hear this.\n\nMargaret')).toEqual([]);
  });

  it('lets the writer’s name through wherever a template puts it, and still blocks anyone else’s', () => {
    const draft = 'Hi, my colleague Margaret will call. Margaret and Teresa are both on the team.';
    expect(flagged(draft, 'patient_name', { writer: 'Margaret Cole' })).toEqual(['Teresa']);
  });
});

describe('patient names (1.8.0)', () => {
  it('reads a lowercase title before a full stop as the end of a sentence, not a name', () => {
    expect(flagged('Messages go to the charge nurse. We would welcome a call.', 'patient_name', { post: { text: 'Nobody answers at night.' } })).toEqual([]);
  });

  it('lets staff introduce themselves as "Ana here from Patient Experience"', () => {
    expect(flagged('Thanks, everyone! Ana here from our Patient Experience team.', 'patient_name', { post: { text: 'Love these nurses' } })).toEqual([]);
  });

  it('blocks a name the post gives with "her name was…", even an uncommon one', () => {
    const post = { text: 'The night nurse was wonderful. Her name was Brisa, please thank her.' };
    expect(flagged('We will make sure Brisa hears this.', 'patient_name', { post })).toEqual(['Brisa']);
  });

  it('blocks a titled clinician named in answer to a post about a clinician the author met', () => {
    const post = { text: 'The urgent care PA was so kind to my son.' };
    expect(flagged('Thank you! Nurse Practitioner Okafor loves her work.', 'patient_name', { post })).toEqual(['Nurse Practitioner Okafor']);
    // A question about our staff is answered by announcing them.
    expect(flagged('Yes! Dr. Okafor joined our team and is accepting new patients.', 'patient_name', { post: { text: 'Any new pediatricians taking patients?' } })).toEqual([]);
  });
});

describe('patient names (1.9.0)', () => {
  it('names the clinician who gave the news when the post told of the author’s own test', () => {
    expect(rulesFor('Glad to hear it! Dr. Abernathy loved sharing that update.', { post: { text: 'Finally heard back about my MRI, thank you!' } })).toContain('patient_name');
  });

  it('lets a colleague known by a manager title pass, as a role introduces them', () => {
    expect(rulesFor('We are mourning Nurse Director Alma Reyes, who led our maternity unit for 20 years.', { post: { text: 'Sorry to hear about the nurse who died' } })).not.toContain('patient_name');
  });
});

describe('names (1.11.0)', () => {
  it('reads a month after a preposition as a month, not a first name', () => {
    expect(rulesFor('Your statement covers the lab visit in April.', { platform: 'email' })).not.toContain('patient_name');
    expect(rulesFor('Please tell April the whole team says hello.')).toContain('patient_name');
  });

  it('blocks a chaplain the post names, titled in Spanish', () => {
    const post = { text: 'Gracias a la capellán Inés por su compañía.' };
    expect(flagged('La capellán Inés le manda un abrazo.', 'patient_name', { post })).toContain('capellán Inés');
  });
});

describe('patient names (1.12.0)', () => {
  it('lets a colleague be pointed to by any non-clinical role: "our financial counselor, Maria"', () => {
    expect(flagged('Our financial counselor, Maria, can walk you through the application.', 'patient_name', { post: { text: 'How do I apply for charity care?', author: { displayName: 'Ruby Vance' } } })).toEqual([]);
  });

  it('lets a writer sign with a lowercase desk after a dash: "— Marisol, recepción"', () => {
    expect(flagged('Con gusto le ayudamos en recepción. — Marisol, recepción', 'patient_name', { post: { text: '¿A qué número llamo?', author: { displayName: 'Yesenia Cruz' } } })).toEqual([]);
  });

  it('blocks a greeting by a name the reader did not post under, whatever the name', () => {
    const author = { displayName: 'Sunny D.' };
    expect(flagged('Thanks, Sunita! We really appreciate you.', 'patient_name', { post: { text: 'Super clean office.', author } })).toEqual(['Sunita']);
    expect(flagged('Thanks, Sunny! We really appreciate you.', 'patient_name', { post: { text: 'Super clean office.', author } })).toEqual([]);
    expect(flagged('Thank you, Officer! We are grateful for everything you do.', 'patient_name', { post: { text: 'Proud to partner with the ER team.', author: { displayName: 'Millbrook PD' } } })).toEqual([]);
  });
});

describe('colleagues pointed to by their desk, and relatives by kinship (1.13.0)', () => {
  const post = { text: 'Nobody returns calls about statements.', author: { displayName: 'Omar T.' } };

  it('lets a colleague be named by a desk that treats nobody', () => {
    expect(flagged('Omar, Linda in our billing office can sort this out with you.', 'patient_name', { post })).toEqual([]);
    expect(flagged('Hola Omar, la Sra. Fuentes en Relaciones con Pacientes le puede ayudar.', 'patient_name', { post })).toEqual([]);
    expect(flagged('Puede escribirle a nuestra recepcionista principal, Linda.', 'patient_name', { post })).toEqual([]);
  });

  it('lets the writer introduce themselves as "<name> here from <a desk>", even after a greeting', () => {
    expect(flagged('Hello! Mr. Okoye here from Guest Services, and we would like to help.', 'patient_name', { post })).toEqual([]);
  });

  it('still names a first name with no desk or role', () => {
    expect(flagged('Ask for Linda when you call.', 'patient_name', { post })).toEqual(['Linda']);
  });

  it('blocks a relative the post called by a kinship title', () => {
    const told = { text: 'Thank you to the hospice nurses who sat with Aunt Bea every night.', author: { displayName: 'Joan K.' } };
    expect(flagged('Joan, Bea touched so many hearts here.', 'patient_name', { post: told })).toEqual(['Bea']);
  });
});

describe('a name after an apology or thanks (1.14.0)', () => {
  const post = { text: 'Nobody returned my calls.', author: { displayName: 'R. Okafor' } };
  it('blocks "We are so sorry, <name>" when the reader posted under another name', () => {
    expect(flagged("We're so sorry, Rosa. Please call us at (555) 010-0100.", 'patient_name', { post })).toEqual(['Rosa']);
  });
  it('lets an apology without a name pass', () => {
    expect(rulesFor("We're so sorry, truly. Please call us at (555) 010-0100.", { post })).not.toContain('patient_name');
  });
});

describe('colleagues announced as joining (1.15.0)', () => {
  it('lets an announcement name new staff without credentials', () => {
    expect(rulesFor('Good news: physical therapists Maria Lopez and Grace Chen are joining our St. Joseph’s Clinic team in May.', { post: { text: 'Any new therapists coming?' } })).not.toContain('patient_name');
  });

  it('still blocks a name in a joining sentence that speaks to the reader', () => {
    expect(rulesFor('Maria is joining you for your next session.', { post: { text: 'Who will I see next?' } })).toContain('patient_name');
  });
});
