// Diagnoses, procedures and medications in a reply describe a patient's treatment, which HHS fined
// providers for. Naming a service we offer ("our oncology team") is not PHI, so department use passes;
// a term tied to the reader ("your chemo") or echoed back from their post confirms their care and blocks;
// any other clinical term only warns, because it may still hint at the reader's care.
import {
  BODY_HARMS_EN,
  BODY_HARMS_ES,
  BODY_PARTS_EN,
  BODY_PARTS_ES,
  BODY_TROUBLES_EN,
  BODY_TROUBLES_ES,
  CLINICAL_ES,
  CONDITION_ACRONYMS,
  CONDITIONS_EN,
  FIGURATIVE_EN,
  MEDICATIONS_EN,
  POSSESSED_ONLY_EN,
  PROCEDURES_EN,
  SPECIALTIES_EN,
  SPECIALTIES_ES,
} from './clinical-lexicon.js';
import { addressesReader, alternation, escapeRegExp, finding, hits, sentenceAround, wordPattern } from './match.js';
import { SOMEONE_BROUGHT_IN } from './third-party.js';
import { echoedMeasures } from './body-measure.js';
import { echoedPrep } from './echoed-prep.js';
import type { Finding, Rule } from './types.js';

const TERMS = [...CONDITIONS_EN, ...PROCEDURES_EN, ...MEDICATIONS_EN, ...CLINICAL_ES];
const TERM_PATTERN = wordPattern(alternation([...TERMS, ...SPECIALTIES_EN, ...SPECIALTIES_ES]));
// "CT" but not "Hartford, CT 06101".
const ACRONYM_PATTERN = wordPattern(`(?:${alternation(CONDITION_ACRONYMS)})(?!\\s+\\d{5})`, 'gu');
const ACRONYMS = new Set(CONDITION_ACRONYMS);
// Clinical words of the lexicon, lowercased; acronyms are kept apart so that "pet" or "tea" in a post is not "PET" or "TEA".
const LEXICON = new Set(TERMS.map((t) => t.toLowerCase()));
const CLINICAL = new Set([...LEXICON, ...CONDITION_ACRONYMS.map((t) => t.toLowerCase())]);
const FIGURATIVE = new Set(FIGURATIVE_EN);

// A part of the body and what is wrong with it or done to it ("knee pain", "a broken wrist", "chest x-ray", "dolor de
// rodilla", "la cadera fracturada"): a condition however it is worded, though no list could name every pairing.
// Harm words that are also everyday verbs ("pulled back", "slipped back") stay off "back"; "new" goes only with a joint or
// an organ someone receives ("the new hip").
const PARTS_EN = alternation(BODY_PARTS_EN);
const PARTS_BUT_BACK_EN = alternation(BODY_PARTS_EN.filter((p) => p !== 'back' && p !== 'face' && p !== 'head'));
const HARMS_EN = alternation(BODY_HARMS_EN.filter((h) => h !== 'new' && h !== 'replaced' && h !== 'repaired'));
const BODY_COMPOUND = wordPattern(
  [
    String.raw`(?:${PARTS_EN})\s+(?:${alternation(BODY_TROUBLES_EN)})`,
    String.raw`(?:${HARMS_EN})\s+(?:(?:left|right|upper|lower)\s+)?(?:${PARTS_BUT_BACK_EN})`,
    String.raw`(?:bad|injured|broken|sore|stiff|hurt|fractured|herniated)\s+(?:lower\s+|upper\s+)?back|(?:new|replaced|repaired|transplanted)\s+(?:(?:left|right)\s+)?(?:hips?|knees?|shoulders?|joints?|kidney|liver|heart|lungs?|valve|cornea)`,
    String.raw`(?:${alternation(BODY_TROUBLES_ES)})\s+(?:de|en|del)\s+(?:(?:la|el|los|las|su|sus)\s+)?(?:${alternation(BODY_PARTS_ES)})(?!\s+de\s+obra)`,
    String.raw`(?:${alternation(BODY_PARTS_ES.filter((p) => p !== 'pie' && p !== 'mano'))})\s+(?:${alternation(BODY_HARMS_ES.filter((h) => !/^nuev/.test(h)))})|(?:cadera|rodilla|hombro|riñón|corazón|hígado)\s+nuev[oa]|nuev[oa]\s+(?:cadera|rodilla|hombro|riñón|corazón|hígado|pulmón|válvula|córnea)`,
  ].join('|'),
);
const WHOLE_COMPOUND = new RegExp(`^(?:${BODY_COMPOUND.source})$`, 'iu');
const isCompound = (text: string) => WHOLE_COMPOUND.test(text);

// "your shot", "her cast", "his next cleaning", "su receta": words that name care only when they are someone's.
const POSSESSED_PATTERN = wordPattern(alternation(POSSESSED_ONLY_EN));
const POSSESSED = new Set(POSSESSED_ONLY_EN.map((t) => t.toLowerCase()));
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:your|his|her|their|su|sus|tu|tus)\s+(?:[\p{L}\d'’-]+\s+){0,2}$/iu;
// "People who do their home exercises", "patients with their own insulin": anyone's, not the reader's.
const ANYONES_BEFORE = /(?<![\p{L}])(?:people|patients|those|anyone|everyone|everybody|families|parents|adults|kids|children|folks|members|someone|somebody)\s+(?:who|that|with|bring|brings|should|can|need\s+to|needs\s+to)(?![\p{L}])[^.!?]{0,40}?(?<![\p{L}])their\s+(?:[\p{L}\d'’-]+\s+){0,2}$/iu;
// "Hope the cast comes off soon", "glad the shot didn't hurt": what happened to it, hoped or told to the reader.
const HAPPENED_AFTER = /^\s+(?:(?:comes?|came|coming|is\s+coming|gets?|got)\s+off|(?:went|goes|is\s+going)\s+(?:well|smoothly|ok(?:ay)?|fine|great)|(?:didn['’]t|did\s+not|doesn['’]t|won['’]t)\s+hurt|(?:is|was|has\s+been)\s+(?:healing|helping|working|off))(?![\p{L}])/iu;

// "Strep is going around every classroom", "la escasez de medicamentos para el TDAH nos afecta a todos", "RSV season is
// rough on families": a condition said of everyone is nobody's diagnosis, though one the post told as the author's own is
// still an echo of it.
const SAID_OF_EVERYONE = /(?<![\p{L}])(?:going\s+around|(?:so\s+much\s+|much\s+|far\s+|a\s+lot\s+)?more\s+common\s+than|(?:so|very|really|incredibly|extremely)\s+common|affects?\s+(?:so\s+)?(?:many|us\s+all|all\s+of\s+us|everyone|millions)|(?:nos\s+)?afecta\s+a\s+(?:todos|much[oa]s)|escasez|shortages?|backorder(?:ed)?|on\s+the\s+rise|spreading|circulating|rough\s+on\s+(?:families|everyone|kids|parents)|(?:people|patients|folks|residents|guests|families)\s+we\s+(?:serve|feed|see|treat|care\s+for)|(?:many|most|some|lots)\s+of\s+(?:our|the)\s+(?:patients|people|residents|guests|families)|(?:muy|tan|bastante)\s+com[úu]n(?:es)?|(?:es|son)\s+com[úu]n(?:es)?)(?![\p{L}])/iu;

/** Whether the words around a term say it of everyone: "strep is going around", "la escasez de medicamentos para el TDAH". */
export function saidOfEveryone(draft: string, start: number, end: number): boolean {
  const sentence = sentenceAround(draft, start, end);
  const from = Math.max(sentence.start, start - 40);
  return SAID_OF_EVERYONE.test(draft.slice(from, Math.min(sentence.start + sentence.text.length, end + 50)));
}

// "RSV season is rough on families", to someone whose post told of their toddler's RSV, repeats it all the same.
const SEASON_AFTER = /^\s+(?:season|outbreak|epidemic|pandemic|surge|wave|shortage)(?![\p{L}])/iu;

// "Hope the little one is sleeping better since the tubes": a past event of someone's, hoped well.
const SINCE_THE_BEFORE = /(?:^|[^\p{L}])(?:since|after|before)\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu;
const WISH = /(?<![\p{L}])(?:hope|hoping|glad|wish|sorry|ojalá|esperamos)(?![\p{L}])/iu;

// "You can get a flu shot at any of our sites", "we offer MRI on Saturdays", "our clinic treats migraines": a term
// offered to anyone is a service of ours, even in a sentence that says "you". "Your flu shot" stays the reader's.
const NOT_POSSESSIVE = String.raw`(?!(?:your|his|her|their|my|you)(?![\p{L}]))`;
const AVAILABLE_BEFORE = new RegExp(
  String.raw`(?:` +
    // "You can get a flu shot", "anyone can walk in for a TB test".
    String.raw`(?:you|anyone|everyone|patients|families|people|adults|kids|children|members|residents|students|employees)\s+(?:can|may|could)\s+(?:now\s+|also\s+|still\s+|easily\s+)?(?:get|schedule|book|request|receive|have|find|access|come\s+in\s+for|walk\s+in\s+for|stop\s+by\s+for|sign\s+up\s+for)` +
    // "We offer", "our clinic treats", "Riverbend Occupational Health offers … physicals and drug screens".
    String.raw`|(?:we|our\s+(?:[\p{L}&'’-]+\s+){0,3}?(?:teams?|clinics?|center|centre|pharmac(?:y|ies)|office|practice|hospital|sites?|locations?|department|lab|providers?|staff|nurses|doctors|physicians|unit|program))\s+(?:now\s+|also\s+|still\s+|proudly\s+|gladly\s+)?(?:offers?|provides?|performs?|does|do|gives?|administers?|accepts?|has|have|runs?|hosts?)` +
    String.raw`|offers|offering|provides|providing|ofrecemos|ofrece|ofrecen|brindamos|realizamos|contamos\s+con|accepting\s+(?:new\s+)?patients\s+for|(?:plans?|insurers?|insurance|medicare|medicaid)\s+(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:cover|covers|pay\s+for|pays\s+for)` +
    String.raw`)\s+(?:${NOT_POSSESSIVE}[\p{L}\d-]+,?\s+(?:(?:and|or|&)\s+)?){0,4}$` +
    // "Walk-in flu shots", "free sports physicals", "for routine eye exams": the terms of an offer to anyone.
    String.raw`|(?:^|[^\p{L}])(?:walk-?in|same-day|free|low-cost|no-cost|drive-?(?:thru|through)|for\s+(?:routine|annual|yearly|preventive|screening))\s+(?:${NOT_POSSESSIVE}[\p{L}\d-]+\s+)?$`,
  'iu',
);
const SCHEDULE_AFTER = /^\s+(?:(?:is|are)\s+)?(?:(?:los|todos\s+los|cada)\s+(?:lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|días|fines\s+de\s+semana)|(?:on|every|each)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend|weeknight|day|night|morning|evening)s?|week|month)|(?:all|most)\s+(?:day|week)|daily|weekly|year-round|around\s+the\s+clock|24\/7)(?![\p{L}])/iu;

const SERVICE_AFTER =
  /^(?:\s*(?:&|and|y|\/)\s*(?!(?:your|his|her|their|my)(?![\p{L}]))[\p{L}-]+(?:\s+[\p{L}-]+)?|\s+(?!(?:was|is|were|are|has|had|went|for|to|in|at|on|and|or|you|your)\b)[\p{L}\d-]+)?\s+(?:department|dept|departments|unit|units|center|centre|centers|clinic|clinics|team|teams|services?|programs?|floor|wing|ward|staff|nurses|physicians|doctors|providers|specialists|practice|office|suite|area|waiting\s+room|(?:front\s+)?desk|phone\s+line|van|vans|bus|schedulers?|scheduling|lobby|patients|group|division|volunteers?|line|hotline|support\s+groups?|education|educators?|navigators?|coordinators?|classes|screenings?\s+events?|season|shots?|checks|vaccines?|vaccinations?|boosters?|testing|awareness|month|prevention|research|outbreak|pandemic|guidelines|protocols?|precautions|policy|policies|rules|restrictions|screenings?|survivors?|walk|run|fundraiser|options|resources|information|info|leadership|leaders|managers?|hours|schedule|fridges?|freezers?|refrigerators?|storage|supply|supplies|shipments?|stock|inventory|suites|rooms?|therapists?|capabilit(?:y|ies)|lab|5k|10k|gala|golf|tournament|benefit|drive|auction|luncheon|race|fair|expo|open\s+house|seminars?|webinars?|talks?|lectures?|workshops?|camp|foundation|fund|requirements?|mandates?)(?![\p{L}])/iu;
// "Our dialysis nurse residency", "hospice volunteer training": work and training we offer staff, not anyone's care.
const EQUIPMENT_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:machines?|scanners?|equipment|technology|units?|tables?|rooms?|suites?)(?![\p{L}])/iu;
const JOB_AFTER = /^\s+(?:(?:nurse|nursing|volunteer|tech|technician|staff|care)\s+)?(?:residency|residencies|fellowships?|training|jobs?|positions?|openings?|careers?|hiring)(?![\p{L}])/iu;
// "Prenatal care is still offered at North", "flu vaccine is walk-in at St. Mary's": a term said to be offered, available
// or walk-in names a service of ours. "Your biopsy is available in the portal" stays the reader's (PERSONAL_BEFORE).
const OFFERED_AFTER = /^\s+(?:(?:is|are)\s+(?:still\s+|also\s+|now\s+|only\s+|always\s+)?(?:offered|available|provided|walk-?in|by\s+appointment|free(?!\s+(?:of|from)\s))|(?:still\s+|also\s+|now\s+)?(?:available|offered)\s+(?:at|in|on|for|every|this|all|daily|weekdays?|seven|by))(?![\p{L}])/iu;
// "interns in internal medicine, pediatrics, surgery and psychiatry": a term listed beside names that can only be
// departments is one too. Neighbours that are clinical terms themselves ("chemo and radiation") do not count.
const DEPARTMENTS = alternation(SPECIALTIES_EN.filter((t) => !CLINICAL.has(t.toLowerCase())));
const LISTED_AFTER_DEPARTMENT = new RegExp(`(?<![\\p{L}])(?:${DEPARTMENTS}),?\\s+(?:(?:and|or|&)\\s+)?$`, 'iu');
const LISTED_BEFORE_DEPARTMENT = new RegExp(`^,?\\s+(?:(?:and|or|&)\\s+)?(?:${DEPARTMENTS})(?![\\p{L}])`, 'iu');
// "Head of cardiology", "questions about COVID-19 vaccines": a field of ours, or anyone's questions about it.
const SERVICE_BEFORE_EN = /(?:chief|head|director|department|division|chair|vice\s+chair|school|college)\s+of\s+$/iu;
// "Questions about diabetes", "our team treats depression and anxiety": conditions spoken of in general, warned about
// but nobody's in particular, even in a sentence that says "you".
const GENERAL_BEFORE = new RegExp(
  String.raw`(?:(?:questions?|information|info|details|facts|myths|learn\s+more)\s+(?:about|on|regarding)|including|such\s+as|incluyendo|tales\s+como|(?:treats?|treating|speciali[sz]es?\s+in|(?:care|caring)\s+for\s+(?:people|patients|adults|kids|children|teens|families)\s+(?:with|living\s+with)|helps?\s+(?:people|patients|adults|kids|children|teens|families)\s+(?:with|manage|living\s+with)))\s+(?:${NOT_POSSESSIVE}[\p{L}\d-]+,?\s+(?:(?:and|or|&)\s+)?){0,4}$`,
  'iu',
);
// "La clínica de cuidado de heridas", "la feria de vacunación", "pruebas gratuitas de presión arterial": a service of ours.
const SERVICE_BEFORE_ES = /(?:(?:departamentos?|servicios?|áreas?|unidad(?:es)?|equipos?|centros?|clínicas?|salas?|programas?|clases?|grupos?|ferias?|campañas?|jornadas?|pruebas?\s+(?:gratuitas?|gratis)|exámenes\s+(?:gratuitos|gratis)|chequeos\s+(?:gratuitos|gratis))\s+(?:[\p{L}]+\s+)?de\s+(?:la\s+|el\s+|los\s+|las\s+)?(?:[\p{L}]+\s+(?:de|del|para)\s+(?:(?:la|el|los|las)\s+)?)?)$/iu;
// "Congratulations on finishing radiation!" celebrates the reader's own treatment.
const CONGRATS_BEFORE = /(?:congratulations|congrats|way\s+to\s+go|well\s+done|felicidades|enhorabuena)\s+(?:on|for|por)\s+(?:(?:finishing|completing|beating|surviving|your|terminar|completar|su)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;
// "Keep taking those blood pressure meds": told to go on with a treatment, the reader is on it.
const KEEP_ON_BEFORE = /(?<![\p{L}])(?:keep(?:\s+(?:on|up))?|continue|stay\s+on|stick\s+with)\s+(?:(?:taking|using|doing|with)\s+)?(?:those|these|the|that|this)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const PERSONAL_BEFORE = /(?:^|[^\p{L}])(?:your|you|you're|you’re|yours|su|sus|tu|tus|usted|le|his|her|their)(?:[^\p{L}.!?]+[\p{L}'’-]+){0,4}[^\p{L}.!?]+$/iu;

// "the antibiotics you were given"
// "cold trays while recovering from a C-section": the recovery is someone's, from their own procedure.
// "He was admitted with pneumonia", "she's been on dialysis", "mom's chemo", "fue hospitalizada por neumonía": care
// given to one person, whoever they are.
const CARED_FOR_BEFORE = new RegExp(
  String.raw`(?:(?<!(?:can|may|could|will|would|to|should|must)\s+be\s+)(?:was|were|been|got|gets|is\s+being|are\s+being)\s+(?:diagnosed|treated|admitted|readmitted|hospitali[sz]ed|seen|tested|screened|operated\s+on|rushed\s+in|brought\s+in|airlifted|flown\s+in|transferred|discharged|sent\s+home)\s+(?:with|for|after|due\s+to|following)|(?:you|he|she|they)(?:['’]re|['’]s|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+have\s+been|['’]ve\s+been|['’]s\s+been)\s+(?:now\s+|still\s+|back\s+|already\s+)?(?:on|off|through|done\s+with|finished\s+with)|(?:fue|ha\s+sido|estuvo|está|estaba)\s+(?:diagnosticad|tratad|internad|hospitalizad|ingresad|atendid|operad)[oa]s?\s+(?:de|por|con)|(?:mom|mum|mom-mom|dad|mother|father|husband|wife|son|daughter|baby|grandma|grandpa|grandmother|grandfather|brother|sister|hubby|kiddo|little\s+one)['’]s)\s+(?:(?:a|an|the|his|her|their|severe|mild|bad|possible|suspected|acute|un|una|el|la|su)\s+){0,2}$`,
  'iu',
);
const RECOVERING_BEFORE = /(?:while|as|after)\s+(?:(?:you|she|he)\s+(?:were|was)\s+)?recovering\s+from\s+(?:an?|the|your|his|her)?\s*$/iu;
const RELATIVES_ES = 'hij[oa]s?|espos[oa]|marido|madre|mamá|padre|papá|herman[oa]s?|abuel[oa]s?|bebé|niñ[oa]|pareja|ti[oa]|niet[oa]s?|familiar'
// "la cirugía de su esposo" is the husband's.
const PERSONAL_AFTER = new RegExp(String.raw`^\s+(?:that\s+|which\s+)?(?:you|he|she|they)\s+(?:were\s+(?:given|prescribed|sent\s+home\s+with)|received|had|got|underwent|take|took|are\s+taking|were\s+on|are\s+on)(?![\p{L}])|^\s+(?:de|del)\s+(?:su|tu|sus|tus)\s+(?:${RELATIVES_ES})(?![\p{L}])`, 'iu');

// "que se recupere pronto de la neumonía": a recovery wished to the reader names their illness. (A sentence that
// otherwise speaks to the reader counts through `addressesReader`.)
const RECOVERY_WISH_ES = /(?<![\p{L}])se\s+(?:recupere|mejore|sienta)(?![\p{L}])/iu;
// "the epidural", "the news about the tumor": a definite clinical event is someone's own.
const THE_DIRECT = /(?:^|[^\p{L}])(?:the|his|her|their|el|la|del|al)\s+$/iu;
// "vaccines against the flu" offer prevention to everyone; nobody's illness is meant.
// "If you ever have chest pain, call 911" advises anyone; it says nothing about the reader's care.
const HYPOTHETICAL_BEFORE = /(?:if|when|whenever|should)\s+(?:you|anyone|someone|your\s+[\p{L}]+)\s+(?:ever\s+)?(?:have|has|get|gets|experience|feel|notice|develop|are\s+having|is\s+having)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const PREVENTION_BEFORE = /(?:contra|against|prevent|preventing|prevenir)\s+(?:the|la|el)\s+$/iu;
// "bringing in a teenager with a serious head injury": the condition of one person we took in.
const SOMEONE_IN_SENTENCE = wordPattern(SOMEONE_BROUGHT_IN, 'iu');
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|his|her|their|that|this|el|la|los|las)\s+(?:[\p{L}-]+\s+)?$/iu;

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** Whether the post mentions the term, in any form ("miscarriage" / "miscarried"), or a shorter term within it ("celiac"). */
function inPost(term: string, postText: string | undefined): boolean {
  if (!postText) return false;
  const words = term.split(/\s+/);
  if (words.length > 1 && words.some((w) => LEXICON.has(w.toLowerCase()) && mentions(w, postText))) return true;
  return mentions(term, postText);
}

function mentions(term: string, postText: string): boolean {
  return mentionAt(term, postText) >= 0;
}

/** Where the post mentions the term ("miscarriage" / "miscarried"), or -1. */
function mentionAt(term: string, postText: string): number {
  const stem = term.length > 6 ? term.slice(0, Math.max(5, term.length - 3)) : term;
  // A short word must end where the post's does: "flu" is not in "fluids", nor "iv" in "ivory".
  const whole = ACRONYMS.has(term) || term.length <= 3;
  return postText.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(stem).replace(/\s+/g, '\\s+')}${whole ? '(?![\\p{L}])' : ''}`, ACRONYMS.has(term) ? 'u' : 'iu'));
}

// "Does Riverbend have an addiction program?", "Are there any trials for lupus?", "¿Tienen vacunas contra la gripe?": asking what we offer discloses
// nothing about the asker, so answering with the same words confirms nothing. "My son has autism, do you have…" does.
const ASKS_WHAT_WE_OFFER = /(?<![\p{L}])(?:do|does|are|is|can|where)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:have|offer|provide|do|doing|offering|still|accept|take|get|find)(?![\p{L}])|(?:are|is)\s+there\s+(?:any|an?|some)(?![\p{L}])|(?:^|[¿\s])(?:tienen|ofrecen|hay|dan|hacen|aceptan)(?![\p{L}])/iu;
// "Do I have to go to Columbus?" asks; "I have diabetes" tells.
const DISCLOSES_OWN = /(?<![\p{L}])(?:my|i\s+have(?!\s+to(?![\p{L}]))|i['’]ve|i\s+was|i\s+am|i['’]m|mi|mis|tengo|padezco|me\s+diagnosticaron)(?![\p{L}])/iu;

/** Where the post mentions the term, or failing that a clinical word of it ("heart catheterizations" for "cardiac
 * catheterization"), with the length of what it matched. */
function mentionOf(term: string, postText: string): { at: number; length: number } | null {
  const at = mentionAt(term, postText);
  if (at >= 0) return { at, length: term.length };
  for (const word of term.split(/\s+/)) {
    if (word === term || !LEXICON.has(word.toLowerCase())) continue;
    const wordAt = mentionAt(word, postText);
    if (wordAt >= 0) return { at: wordAt, length: word.length };
  }
  return null;
}

// "Looking for a dialysis center near Cedar Falls taking new patients" asks what we offer without a question mark.
const SEEKS_SERVICE = /(?<![\p{L}])(?:looking\s+for|searching\s+for|in\s+search\s+of|recommendations?\s+for|anyone\s+(?:know|recommend)\s+(?:a|an|of|any|good))\s+(?:a|an|any|some|good|the)?\s*(?:[\p{L}-]+\s+){0,2}?(?:centers?|centres?|clinics?|programs?|providers?|doctors?|practices?|places?|groups?|services?|specialists?|units?)(?![\p{L}])/iu;

function askedAboutService(term: string, postText: string | undefined): boolean {
  if (!postText) return false;
  // The whole term, not its first letters: "a sleep study" asked about does not ask about sleep apnea.
  const found = mentionOf(term, postText);
  if (!found) return false;
  const sentence = sentenceAround(postText, found.at, found.at + found.length).text;
  return ((/\?/.test(postText.slice(found.at)) && ASKS_WHAT_WE_OFFER.test(sentence)) || SEEKS_SERVICE.test(sentence)) && !DISCLOSES_OWN.test(sentence);
}

/** The post names the term only as a service of ours ("donated to the hospice fund", "the burn unit's nurses"), which
 * tells nothing of the author's own care; a post that also tells of it as theirs ("my dad's hospice nurse") does. */
function serviceInPost(term: string, postText: string | undefined): boolean {
  const found = postText ? mentionOf(term, postText) : null;
  if (!found || DISCLOSES_OWN.test(sentenceAround(postText!, found.at, found.at + found.length).text)) return false;
  // The post may word it otherwise ("miscarried" for "miscarriage"): step over as many words as the term has.
  const words = term.trim().split(/\s+/).length;
  const after = postText!.slice(found.at).replace(new RegExp(`^[\\p{L}\\d'’-]+(?:\\s+[\\p{L}\\d'’-]+){${words - 1}}`, 'u'), '');
  return SERVICE_AFTER.test(after);
}

/** The post mentions the term only in a question that tells nothing of the author's own care. */
function askedInQuestion(term: string, postText: string | undefined): boolean {
  const found = postText ? mentionOf(term, postText) : null;
  if (!found) return false;
  const sentence = sentenceAround(postText!, found.at, found.at + found.length).text;
  return sentence.trim().endsWith('?') && !DISCLOSES_OWN.test(sentence);
}

// "your hip is feeling better": a body part of the reader's described as healing or hurting.
const BODY_STATE = wordPattern(
  String.raw`(?:your|his|her|their|su|sus|(?<=(?:hope|glad|sorry|wish|hear)[^.!?]{0,20})the)\s+(?:(?:little\s+one|baby|son|daughter|child|mom|dad|mother|father|husband|wife)['’]s\s+)?(?:(?:left|right|broken|injured|sore)\s+)?(?:hip|hips|knee|knees|back|shoulder|neck|ankle|wrist|arm|leg|foot|hand|heart|lungs?|kidneys?|liver|stomach|belly|head|eyes?|ears?|skin|wound|incision|stitches|spine|pelvis|chin|lips?|forehead|eyebrow|cheek|nose|jaw|scalp|fingers?|thumb|toes?|elbow|knuckles?|cut|gash|rodilla|cadera|espalda|hombro|brazo|pierna|herida|barbilla|frente|labio|dedo)(?:\s+(?:site|area|incision|wound|cut|scar|stitches|bruise))?\s+(?:is|was|are|were|has\s+been|has|have|feels|felt|still|keeps|got|está|estaba|esté|estén|siga|sigue)\s+(?:still\s+|now\s+|much\s+|a\s+lot\s+|all\s+|finally\s+)?(?:feeling|healing|healed(?:\s+up)?|(?:stitched|patched|sewn|glued|bandaged|fixed)(?:\s+up)?|splinted|casted|in\s+a\s+cast|on\s+the\s+mend|better|worse|great|good|fine|amazing|strong|stronger|recovering|sore|swollen|broken|fractured|injured|infected|bleeding|hurting|improving|mejor|peor|sanando)|(?:su|sus)\s+(?:rodilla|cadera|espalda|hombro|brazo|pierna|herida|pie|mano|cuello|tobillo)\s+(?:sane|sanen|mejore|mejoren|se\s+recupere|se\s+cure)|` +
    // A recovery wished from a body part names the injury: "se recupere pronto de su cadera", "recovering from her knee".
    String.raw`(?:se\s+(?:recupere|recuperen|mejore|mejoren)|recover(?:s|ing|y)?)\s+(?:(?:muy\s+)?pronto\s+|quickly\s+|soon\s+|well\s+|fully\s+)?(?:de|from)\s+(?:su|sus|la|el|your|his|her|their)\s+(?:(?:left|right|broken|injured)\s+)?(?:hip|knee|back|shoulder|neck|ankle|wrist|arm|leg|foot|hand|spine|pelvis|cadera|rodilla|espalda|hombro|brazo|pierna|pie|mano|cuello|tobillo|muñeca)(?![\p{L}])`,
);

// "the pathology came back benign": a result read out to the reader is their record.
const RESULT = wordPattern(
  String.raw`(?:the|your|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:pathology|biopsy|results?|labs?|lab\s+work|scan|tests?|culture|x-?rays?|mri|ct|mammogram|screening|bloodwork|panel)\s+(?:came\s+back|was|were|is|are|showed?|looks?|looked|reads?|turned\s+out)\s+(?:\p{L}+\s+)?(?:benign|malignant|negative|positive|normal|clear|abnormal|fine|clean|cancerous|elevated|inconclusive)|(?:el|la|los|las|su|sus)\s+(?:resultados?|biopsia|patología|análisis|prueba|estudio)\s+(?:salió|salieron|fue|fueron|dio|dieron)\s+(?:benign[oa]s?|negativ[oa]s?|positiv[oa]s?|normal(?:es)?|bien)` +
    // "Your X-rays looked much better at the recheck", "his numbers were great": how a named test of someone's compares
    // is a result too, though "better" alone says nothing of "the survey results".
    String.raw`|(?:the|your|his|her|their|ur)\s+(?:[\p{L}-]+\s+)?(?:x-?rays?|scans?|mri|ct|labs?|lab\s+work|bloodwork|blood\s+work|biopsy|mammogram|ultrasound|echo|ekg|numbers|levels|a1c|counts?|panel|pap|swab|culture|tb\s+test|test\s+results|blood\s+test|imaging|pathology)\s+(?:look|looks|looked|came\s+back|were|was|is|are|read|reads|showed?)\s+(?:(?:much|so|a\s+lot|a\s+little|a\s+bit|really|very|pretty)\s+)?(?:better|worse|great|good|stable|unchanged|improved|healthy|perfect|reassuring|concerning|fine)` +
    // "You tested negative", "she tested positive for flu", "salió positivo".
    String.raw`|(?:you|he|she|they|your\s+[\p{L}]+|(?:his|her|their)\s+[\p{L}]+)\s+(?:tested|came\s+back|screened)\s+(?:positive|negative)|(?:salió|salieron|dio|dieron)\s+(?:positiv[oa]s?|negativ[oa]s?)\s+(?:a|para|en)`,
);

// "Your pressure was through the roof", "his potassium was a little low", "con la presión tan alta que traía": a vital
// sign or a level of someone's is a reading from their record.
const VITAL_STATE = wordPattern(
  String.raw`(?:(?:your|his|her|their|ur)\s+(?:blood\s+)?(?:pressure|sugars?|glucose|potassium|sodium|oxygen(?:\s+levels?)?|sats|heart\s+rate|pulse|temp(?:erature)?|fever|levels|numbers|a1c|counts?|iron|hemoglobin|white\s+count|platelets?)|(?:the|that)\s+(?:blood\s+(?:pressure|sugars?)|glucose|potassium|sodium|oxygen\s+(?:levels?|sats)|heart\s+rate|fever|a1c|white\s+count|platelet\s+count|hemoglobin))\s+(?:was|is|were|are|got|went|had\s+been|has\s+been|stays?|stayed|kept|ran|runs|came\s+back)\s+(?:(?:so|very|really|a\s+(?:little|bit)|dangerously|quite|too|pretty|way|still)\s+)?(?:high|low|elevated|up|down|normal|better|worse|stable|dangerous(?:ly)?|through\s+the\s+roof|off\s+the\s+charts|spiking|dropping)` +
    String.raw`|(?:la|su|tu)\s+(?:presión|azúcar|glucosa|temperatura|fiebre|hemoglobina|oxigenación)\s+(?:arterial\s+)?(?:(?:tan|muy|bastante|algo|un\s+poco|demasiado)\s+)?(?:alta|baja|elevada)|(?:la|su|tu)\s+(?:presión|azúcar|glucosa|temperatura|fiebre)\s+(?:arterial\s+)?(?:estaba|está|estuvo|salió|subió|bajó|se\s+(?:subió|bajó|disparó))`,
);

// "The swallow study showed a mild delay": what a test of someone's found is their result, whatever it found.
const TEST_FOUND = wordPattern(
  String.raw`(?:the|your|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:study|tests?|scan|biopsy|x-?rays?|mri|ct|ultrasound|labs?|bloodwork|panel|culture|mammogram|echo|ekg|work-?up|estudio|prueba|análisis)\s+(?:showed|shows|revealed|found|detected|indicated|confirmed|mostró|reveló|encontró|detectó)\s+(?:a|an|some|no|mild|moderate|severe|signs?|evidence|nothing|un|una|signos)(?![\p{L}])`,
);
// "Everything from that draw has been finalized with nothing that needs follow-up", "reviewed your scan and it looked
// clear": a verdict on a test named in the same sentence reads out its result.
const TEST_WORD = wordPattern(String.raw`echo|ekg|ecg|eeg|draw|labs?|lab\s+work|bloodwork|blood\s+work|results?|scans?|tests?|biopsy|study|x-?rays?|mri|ct|ultrasound|mammogram|screening|panel|culture|pathology|sample|specimen|análisis|resultados?|estudios?|muestra`, 'iu');
// "Nothing that needs follow-up", "his ears checked out great": a verdict that needs no test named beside it when the
// post has named one ("still waiting on my mammogram results"); "it was good" does.
const PLAIN_VERDICT = String.raw`nothing\s+(?:that\s+)?(?:needs|requires|needed|required|calls\s+for)\s+(?:any\s+)?(?:follow-?up|attention|action|treatment|concern)|nothing\s+(?:concerning|abnormal|alarming|worrisome|worrying|to\s+worry\s+about)|checked\s+out\s+(?:just\s+)?(?:great|fine|good|ok(?:ay)?|normal|perfect(?:ly)?|healthy|clear)|(?:share|shared|sharing|give|gave|giving|deliver|delivered)\s+(?:you\s+)?the\s+good\s+news`;
const STANDS_ALONE = new RegExp(`^(?:${PLAIN_VERDICT})$`, 'iu');
const TEST_VERDICT = wordPattern(
  String.raw`${PLAIN_VERDICT}|(?:it|they|everything|all)(?:\s+(?:from|on|in|of)\s+(?:that|the|this|those|your)\s+[\p{L}-]+)?\s+(?:\p{L}+\s+)?(?:looked|looks|came\s+back|was|were|is|are)\s+(?:all\s+)?(?:clear|normal|fine|clean|benign|negative|good)|(?:todo|nada)\s+(?:salió|está|estaba)\s+(?:normal|bien|limpio)`,
);

// "The NICU team says she's gaining weight and breathing on her own": how one person is doing is their condition.
const HEALTH_PROGRESS = wordPattern(
  String.raw`(?:she|he|they|your\s+(?:[\p{L}-]+\s+)?(?:baby|son|daughter|mom|dad|mother|father|husband|wife|little\s+one|child|grandma|grandpa|grandmother|grandfather))(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:now\s+|finally\s+|already\s+|still\s+)?(?:gaining\s+weight|breathing\s+on\s+(?:her|his|their|its)\s+own|off\s+(?:the\s+)?(?:ventilator|vent|oxygen|bipap|cpap|feeding\s+tube)|eating\s+on\s+(?:her|his|their)\s+own|out\s+of\s+(?:the\s+)?(?:icu|nicu|picu|isolation)|in\s+remission|cancer-free|seizure-free|sober|stable|intubated|sedated|conscious|awake\s+and\s+talking)`,
);

// "Your 20 units was a conservative starting dose", "added contrast once you were on the table", "your 8-week scan", "in
// the third trimester", "born at 29 weeks": a dose, a contrast agent, a week of pregnancy are someone's treatment even
// without a drug's name.
const CONTEXT_TERM = wordPattern(
  String.raw`\d+(?:\.\d+)?\s*(?:mg|milligrams?|mcg|micrograms?|ml|cc)|(?:your|his|her|their)\s+\d+\s+units|\d+\s+units\s+of\s+[\p{L}]+|(?<=(?:add(?:ed|ing)?|gave|give|given|use[ds]?|inject(?:ed|ing)?|with|without|needed|need|got)\s+(?:the\s+|iv\s+)?)contrast(?!\s+(?:to|with|between|of|in)(?![\p{L}]))|\d{1,2}[-\s]weeks?\s+(?:scan|ultrasound|sonogram|appointment|check(?:-?up)?|visit|anatomy\s+scan)|(?:first|second|third|1st|2nd|3rd|last)\s+trimester|born\s+(?:at\s+|just\s+)?\d{2}\s+weeks|primer\s+trimestre|segundo\s+trimestre|tercer\s+trimestre`,
);

// "The whole cath lab team says hi and wants you to…", "the group therapy staff say he's welcome": staff of a clinical
// service passing word to or about one person say which care that person had.
const STAFF_REMARK_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:team|teams|staff|nurses?|doctors|physicians|providers|therapists?|crew|unit|floor|family)\s+(?:(?:all|still|already|here)\s+)?(?:says?|said|sends?|miss(?:es)?|remembers?|(?:is|are)\s+(?:so\s+|all\s+|always\s+)?(?:proud|cheering|thinking|praying|glad\s+to\s+have|happy\s+to\s+have|thrilled\s+to\s+have)|loved|wants?|hopes?|can['’]t\s+wait)\s+(?:(?:of|for|to\s+see)\s+)?(?:hi|hello|(?:their\s+|our\s+)?love|you|him|her|them|he|she|they|your)(?![\p{L}])/iu;

// "Your radiologist said it's most likely just dense tissue": a clinician of someone's giving their reading is a result.
const CLINICIAN_READING = wordPattern(
  String.raw`(?:your|his|her|their)\s+(?:[\p{L}]+ologists?|[\p{L}]+iatricians?|doctors?|physicians?|surgeons?|providers?|nurses?|care\s+team|specialists?|pcp)\s+(?:said|says|thinks|thought|believes|believed|told\s+us|feels|felt)\s+(?:that\s+)?(?:it['’]s|it\s+is|it\s+was|it\s+looks|there['’]s|there\s+is|this\s+is|you['’]re|you\s+are|she['’]s|he['’]s)`,
);

function readResults(draft: string, postText = ''): Finding[] {
  const testInPost = TEST_WORD.test(postText);
  const verdicts = hits(draft, TEST_VERDICT).filter((hit) => (testInPost && STANDS_ALONE.test(hit.text)) || TEST_WORD.test(sentenceAround(draft, hit.start, hit.end).text));
  return [...hits(draft, RESULT), ...hits(draft, TEST_FOUND), ...hits(draft, CLINICIAN_READING), ...verdicts].map((hit) =>
    finding('clinical_detail', 'block', hit, `"${hit.text}" discloses a test result.`, 'Never discuss results in public; invite them to contact the patient experience team privately.'),
  );
}

// "Bypass recovery takes time" to someone whose father just had a triple bypass: the recovery is named after the
// procedure the post told as theirs, whatever the lexicon knows of it. "Addiction recovery programs" is a service.
const RECOVERY_FROM = wordPattern(String.raw`([\p{L}-]{4,})\s+(?:recovery|recoveries|rehab|healing|aftercare)`);
const NOT_A_PROCEDURE = new Set(['speedy', 'quick', 'smooth', 'full', 'fast', 'long', 'slow', 'your', 'their', 'road', 'home', 'good', 'great', 'easy', 'steady', 'whole', 'strong', 'swift', 'early', 'total', 'complete']);

function echoedRecovery(draft: string, postText: string | undefined): Finding[] {
  if (!postText) return [];
  return hits(draft, RECOVERY_FROM)
    .filter((hit) => {
      const word = hit.match[1].toLowerCase();
      if (NOT_A_PROCEDURE.has(word) || SERVICE_AFTER.test(draft.slice(hit.end, hit.end + 60))) return false;
      const told = hits(postText, wordPattern(escapeRegExp(word)));
      return told.some((t) => DISCLOSES_OWN.test(sentenceAround(postText, t.start, t.end).text));
    })
    .map((hit) => finding('clinical_detail', 'block', hit, `"${hit.text}" names the procedure the post told of, which confirms it publicly.`, 'Leave clinical details out of public replies; invite them to contact the patient experience team privately.'));
}

export const clinicalDetail: Rule = (draft, ctx) => {
  const found: Finding[] = [...readResults(draft, ctx.post?.text), ...echoedRecovery(draft, ctx.post?.text), ...echoedMeasures(draft, ctx.post?.text), ...echoedPrep(draft, ctx.post?.text)];
  for (const hit of [...hits(draft, BODY_STATE), ...hits(draft, HEALTH_PROGRESS)]) {
    found.push(finding('clinical_detail', 'block', hit, `"${hit.text}" describes the reader's (or their relative's) health.`, 'Leave health details out of public replies; invite them to contact the patient experience team privately.'));
  }
  for (const hit of hits(draft, VITAL_STATE)) {
    // "La presión alta es muy común": with the generic article, Spanish names the condition, not someone's reading.
    if (/^la\s/iu.test(hit.text) && saidOfEveryone(draft, hit.start, hit.end)) continue;
    found.push(finding('clinical_detail', 'block', hit, `"${hit.text}" reads out someone's vital signs or levels.`, 'Leave health details out of public replies; invite them to contact the patient experience team privately.'));
  }
  for (const hit of hits(draft, POSSESSED_PATTERN)) {
    const before = draft.slice(Math.max(0, hit.start - 60), hit.start);
    const after = draft.slice(hit.end, hit.end + 40);
    if (!POSSESSED.has(normalize(hit.text)) || SERVICE_AFTER.test(after)) continue;
    const happened = ((THE_DIRECT.test(before) && HAPPENED_AFTER.test(after)) || SINCE_THE_BEFORE.test(before)) && (addressesReader(draft, hit.start, hit.end) || WISH.test(sentenceAround(draft, hit.start, hit.end).text));
    if ((!POSSESSIVE_BEFORE.test(before) || ANYONES_BEFORE.test(before)) && !happened) continue;
    found.push(finding('clinical_detail', 'block', hit, `"${hit.text}" describes the reader's (or their relative's) care.`, 'Leave clinical details out of public replies; invite them to contact the patient experience team privately.'));
  }
  const contextual = new Set(hits(draft, CONTEXT_TERM).map((h) => h.start));
  for (const hit of [...hits(draft, TERM_PATTERN), ...hits(draft, ACRONYM_PATTERN), ...hits(draft, BODY_COMPOUND), ...hits(draft, CONTEXT_TERM)]) {
    const term = normalize(hit.text);
    const before = draft.slice(Math.max(0, hit.start - 60), hit.start);
    const after = draft.slice(hit.end, hit.end + 60);
    const staffRemark = STAFF_REMARK_AFTER.test(after);
    if (staffRemark && CLINICAL.has(term)) {
      found.push(finding('clinical_detail', 'block', hit, `"${hit.text}": word from its staff about one person says which care they had.`, 'Pass on thanks without naming the service or the person; invite them to contact the patient experience team privately.'));
      continue;
    }
    // "We installed a new MRI machine at North": our equipment, unless the sentence is about the reader ("the CT scanner
    // was down when you came in").
    if (EQUIPMENT_AFTER.test(after) && !addressesReader(draft, hit.start, hit.end)) continue;
    // Specialty names alone ("emergency", "cardiology") describe us; only clinical terms can describe a patient.
    const seasonEcho = SEASON_AFTER.test(after) && inPost(hit.text, ctx.post?.text) && !askedInQuestion(hit.text, ctx.post?.text);
    if ((!CLINICAL.has(term) && !isCompound(hit.text) && !contextual.has(hit.start)) || (SERVICE_AFTER.test(after) && !seasonEcho) || JOB_AFTER.test(after) || SERVICE_BEFORE_EN.test(before) || SERVICE_BEFORE_ES.test(before)) continue;
    const listedWithDepartments = LISTED_AFTER_DEPARTMENT.test(before) || LISTED_BEFORE_DEPARTMENT.test(after);
    // A term the post told as the author's own stays an echo however the reply frames it; one the post only asked about
    // ("is flu vaccine walk-in?") may be answered as a service.
    const offeredToAnyone = (AVAILABLE_BEFORE.test(before) || SCHEDULE_AFTER.test(after)) && !POSSESSIVE_BEFORE.test(before);
    const namesService = ((OFFERED_AFTER.test(after) || listedWithDepartments) && !PERSONAL_BEFORE.test(before)) || offeredToAnyone;
    if (namesService && (!inPost(hit.text, ctx.post?.text) || askedInQuestion(hit.text, ctx.post?.text))) continue;
    const sentence = sentenceAround(draft, hit.start, hit.end).text;
    const asked = askedAboutService(hit.text, ctx.post?.text);
    // A figurative word, or the service the reader asked about, is theirs only when the reply says so outright.
    const onlyOutright = FIGURATIVE.has(term) || asked;
    const general = (GENERAL_BEFORE.test(before) && !POSSESSIVE_BEFORE.test(before)) || ANYONES_BEFORE.test(before) || seasonEcho;
    const ofEveryone = saidOfEveryone(draft, hit.start, hit.end);
    const personal =
      !HYPOTHETICAL_BEFORE.test(before) && !general && (
      PERSONAL_BEFORE.test(before) || KEEP_ON_BEFORE.test(before) || CARED_FOR_BEFORE.test(before) || SOMEONE_IN_SENTENCE.test(sentence) || RECOVERING_BEFORE.test(before) || CONGRATS_BEFORE.test(before) || PERSONAL_AFTER.test(after) || (RECOVERY_WISH_ES.test(sentence) && DEFINITE_BEFORE.test(before)) ||
      (!onlyOutright && !ofEveryone && THE_DIRECT.test(before) && !PREVENTION_BEFORE.test(before)) ||
      (!onlyOutright && !ofEveryone && addressesReader(draft, hit.start, hit.end)));
    // A term the post only asked about ("Do I need a referral for a mammogram?") tells nothing of the author's care.
    const echoed = inPost(hit.text, ctx.post?.text) && !asked && !askedInQuestion(hit.text, ctx.post?.text) && !serviceInPost(hit.text, ctx.post?.text);
    if (personal || echoed) {
      found.push(
        finding(
          'clinical_detail',
          'block',
          hit,
          personal
            ? `"${hit.text}" describes the reader's (or their relative's) condition or treatment.`
            : `"${hit.text}" repeats a clinical detail from the post, which confirms it publicly.`,
          'Leave clinical details out of public replies; invite them to contact the patient experience team privately.',
        ),
      );
    } else if (!asked) {
      // The service the reader asked about, answered in its own words, is allowed outright (policy rule 4).
      found.push(
        finding(
          'clinical_detail',
          'warn',
          hit,
          `"${hit.text}" is a clinical term; make sure it does not hint at the reader's care.`,
          'Refer to the department or service in general terms, or leave it out.',
        ),
      );
    }
  }
  return found;
};
