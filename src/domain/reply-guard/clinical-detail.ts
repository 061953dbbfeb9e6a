// Diagnoses, procedures and medications in a reply describe a patient's treatment, which HHS fined
// providers for. Naming a service we offer ("our oncology team") is not PHI, so department use passes;
// a term tied to the reader ("your chemo") or echoed back from their post confirms their care and blocks;
// any other clinical term only warns, because it may still hint at the reader's care.
import {
  CLINICAL_ES,
  CONDITION_ACRONYMS,
  CONDITIONS_EN,
  FIGURATIVE_EN,
  MEDICATIONS_EN,
  PROCEDURES_EN,
  SPECIALTIES_EN,
  SPECIALTIES_ES,
} from './clinical-lexicon.js';
import { addressesReader, alternation, escapeRegExp, finding, hits, sentenceAround, wordPattern } from './match.js';
import { SOMEONE_BROUGHT_IN } from './third-party.js';
import type { Finding, Rule } from './types.js';

const TERMS = [...CONDITIONS_EN, ...PROCEDURES_EN, ...MEDICATIONS_EN, ...CLINICAL_ES];
const TERM_PATTERN = wordPattern(alternation([...TERMS, ...SPECIALTIES_EN, ...SPECIALTIES_ES]));
const ACRONYM_PATTERN = wordPattern(alternation(CONDITION_ACRONYMS), 'gu');
const ACRONYMS = new Set(CONDITION_ACRONYMS);
const CLINICAL = new Set([...TERMS, ...CONDITION_ACRONYMS].map((t) => t.toLowerCase()));
const FIGURATIVE = new Set(FIGURATIVE_EN);

const SERVICE_AFTER =
  /^(?:\s*(?:&|and|y|\/)\s*[\p{L}-]+|\s+(?!(?:was|is|were|are|has|had|went|for|to|in|at|on|and|or|you|your)\b)[\p{L}-]+)?\s+(?:department|dept|departments|unit|units|center|centre|centers|clinic|clinics|team|teams|services?|programs?|floor|wing|ward|staff|nurses|physicians|doctors|providers|specialists|practice|office|suite|area|waiting\s+room|(?:front\s+)?desk|phone\s+line|van|vans|bus|schedulers?|scheduling|lobby|patients|group|division|volunteers?|line|hotline|support\s+groups?|education|educators?|navigators?|coordinators?|classes|screenings?\s+events?|season|shots?|checks|vaccines?|vaccinations?|boosters?|testing|awareness|month|prevention|research|outbreak|pandemic|guidelines|protocols?|precautions|policy|policies|rules|restrictions|screenings?|survivors?|walk|run|fundraiser|options|resources|information|info|leadership|leaders|managers?|hours|schedule|fridges?|freezers?|refrigerators?|storage|supply|supplies|shipments?|stock|inventory)(?![\p{L}])/iu;
// "Our dialysis nurse residency", "hospice volunteer training": work and training we offer staff, not anyone's care.
const JOB_AFTER = /^\s+(?:(?:nurse|nursing|volunteer|tech|technician|staff|care)\s+)?(?:residency|residencies|fellowships?|training|jobs?|positions?|openings?|careers?|hiring)(?![\p{L}])/iu;
// "Prenatal care is still offered at North", "flu vaccine is walk-in at St. Mary's": a term said to be offered, available
// or walk-in names a service of ours. "Your biopsy is available in the portal" stays the reader's (PERSONAL_BEFORE).
const OFFERED_AFTER = /^\s+(?:is|are)\s+(?:still\s+|also\s+|now\s+|only\s+)?(?:offered|available|provided|walk-?in|by\s+appointment)(?![\p{L}])/iu;
// "interns in internal medicine, pediatrics, surgery and psychiatry": a term listed beside names that can only be
// departments is one too. Neighbours that are clinical terms themselves ("chemo and radiation") do not count.
const DEPARTMENTS = alternation(SPECIALTIES_EN.filter((t) => !CLINICAL.has(t.toLowerCase())));
const LISTED_AFTER_DEPARTMENT = new RegExp(`(?<![\\p{L}])(?:${DEPARTMENTS}),?\\s+(?:(?:and|or|&)\\s+)?$`, 'iu');
const LISTED_BEFORE_DEPARTMENT = new RegExp(`^,?\\s+(?:(?:and|or|&)\\s+)?(?:${DEPARTMENTS})(?![\\p{L}])`, 'iu');
const SERVICE_BEFORE_EN = /(?:chief|head|director|department|division|chair|vice\s+chair|school|college)\s+of\s+$/iu;
const SERVICE_BEFORE_ES = /(?:(?:departamentos?|servicios?|áreas?|unidad(?:es)?|equipos?|centros?|clínicas?|salas?|programas?|clases?|grupos?)\s+de\s+(?:la\s+|el\s+)?)$/iu;
// "Congratulations on finishing radiation!" celebrates the reader's own treatment.
const CONGRATS_BEFORE = /(?:congratulations|congrats|way\s+to\s+go|well\s+done|felicidades|enhorabuena)\s+(?:on|for|por)\s+(?:(?:finishing|completing|beating|surviving|your|terminar|completar|su)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const PERSONAL_BEFORE = /(?:^|[^\p{L}])(?:your|you|you're|you’re|yours|su|sus|tu|tus|usted|le|his|her|their)(?:[^\p{L}.!?]+[\p{L}'’-]+){0,4}[^\p{L}.!?]+$/iu;

// "the antibiotics you were given"
// "cold trays while recovering from a C-section": the recovery is someone's, from their own procedure.
const RECOVERING_BEFORE = /(?:while|as|after)\s+(?:(?:you|she|he)\s+(?:were|was)\s+)?recovering\s+from\s+(?:an?|the|your|his|her)?\s*$/iu;
const PERSONAL_AFTER = /^\s+(?:that\s+|which\s+)?(?:you|he|she|they)\s+(?:were\s+(?:given|prescribed|sent\s+home\s+with)|received|had|got|underwent|take|took|are\s+taking|were\s+on|are\s+on)(?![\p{L}])/iu;

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
  if (words.length > 1 && words.some((w) => CLINICAL.has(w.toLowerCase()) && mentions(w, postText))) return true;
  return mentions(term, postText);
}

function mentions(term: string, postText: string): boolean {
  return mentionAt(term, postText) >= 0;
}

/** Where the post mentions the term ("miscarriage" / "miscarried"), or -1. */
function mentionAt(term: string, postText: string): number {
  const stem = term.length > 6 ? term.slice(0, Math.max(5, term.length - 3)) : term;
  return postText.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(stem).replace(/\s+/g, '\\s+')}${ACRONYMS.has(term) ? '(?![\\p{L}])' : ''}`, ACRONYMS.has(term) ? 'u' : 'iu'));
}

// "Does Riverbend have an addiction program?", "¿Tienen vacunas contra la gripe?": asking what we offer discloses
// nothing about the asker, so answering with the same words confirms nothing. "My son has autism, do you have…" does.
const ASKS_WHAT_WE_OFFER = /(?<![\p{L}])(?:do|does|are|is|can|where)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:have|offer|provide|do|doing|offering|still|accept|take|get|find)(?![\p{L}])|(?:^|[¿\s])(?:tienen|ofrecen|hay|dan|hacen|aceptan)(?![\p{L}])/iu;
const DISCLOSES_OWN = /(?<![\p{L}])(?:my|i\s+have|i['’]ve|i\s+was|i\s+am|i['’]m|mi|mis|tengo|padezco|me\s+diagnosticaron)(?![\p{L}])/iu;

function askedAboutService(term: string, postText: string | undefined): boolean {
  if (!postText) return false;
  // The whole term, not its first letters: "a sleep study" asked about does not ask about sleep apnea.
  const at = mentionAt(term, postText);
  if (at < 0) return false;
  const sentence = sentenceAround(postText, at, at + term.length).text;
  return /\?/.test(postText.slice(at)) && ASKS_WHAT_WE_OFFER.test(sentence) && !DISCLOSES_OWN.test(sentence);
}

/** The post mentions the term only in a question that tells nothing of the author's own care. */
function askedInQuestion(term: string, postText: string | undefined): boolean {
  const at = postText ? mentionAt(term, postText) : -1;
  if (at < 0) return false;
  const sentence = sentenceAround(postText!, at, at + term.length).text;
  return sentence.trim().endsWith('?') && !DISCLOSES_OWN.test(sentence);
}

// "your hip is feeling better": a body part of the reader's described as healing or hurting.
const BODY_STATE = wordPattern(
  String.raw`(?:your|his|her|their|su|sus|(?<=(?:hope|glad|sorry|wish|hear)[^.!?]{0,20})the)\s+(?:(?:little\s+one|baby|son|daughter|child|mom|dad|mother|father|husband|wife)['’]s\s+)?(?:(?:left|right|broken|injured|sore)\s+)?(?:hip|hips|knee|knees|back|shoulder|neck|ankle|wrist|arm|leg|foot|hand|heart|lungs?|kidneys?|liver|stomach|belly|head|eyes?|ears?|skin|wound|incision|stitches|spine|pelvis|rodilla|cadera|espalda|hombro|brazo|pierna|herida)\s+(?:is|was|are|were|has\s+been|feels|felt|still|keeps|está|estaba|esté|estén|siga|sigue)\s+(?:still\s+|now\s+|much\s+|a\s+lot\s+)?(?:feeling|healing|better|worse|great|good|fine|amazing|strong|stronger|recovering|sore|swollen|broken|fractured|injured|infected|bleeding|hurting|improving|mejor|peor|sanando)|(?:su|sus)\s+(?:rodilla|cadera|espalda|hombro|brazo|pierna|herida|pie|mano|cuello|tobillo)\s+(?:sane|sanen|mejore|mejoren|se\s+recupere|se\s+cure)|` +
    // A recovery wished from a body part names the injury: "se recupere pronto de su cadera", "recovering from her knee".
    String.raw`(?:se\s+(?:recupere|recuperen|mejore|mejoren)|recover(?:s|ing|y)?)\s+(?:(?:muy\s+)?pronto\s+|quickly\s+|soon\s+|well\s+|fully\s+)?(?:de|from)\s+(?:su|sus|la|el|your|his|her|their)\s+(?:(?:left|right|broken|injured)\s+)?(?:hip|knee|back|shoulder|neck|ankle|wrist|arm|leg|foot|hand|spine|pelvis|cadera|rodilla|espalda|hombro|brazo|pierna|pie|mano|cuello|tobillo|muñeca)(?![\p{L}])`,
);

// "the pathology came back benign": a result read out to the reader is their record.
const RESULT = wordPattern(
  String.raw`(?:the|your|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:pathology|biopsy|results?|labs?|lab\s+work|scan|tests?|culture|x-?rays?|mri|ct|mammogram|screening|bloodwork|panel)\s+(?:came\s+back|was|were|is|are|showed?|looks?|looked)\s+(?:\p{L}+\s+)?(?:benign|malignant|negative|positive|normal|clear|abnormal|fine|clean|cancerous|elevated|inconclusive)|(?:el|la|los|las|su|sus)\s+(?:resultados?|biopsia|patología|análisis)\s+(?:salió|salieron|fue|fueron|dio|dieron)\s+(?:benign[oa]s?|negativ[oa]s?|positiv[oa]s?|normal(?:es)?)`,
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
const PLAIN_VERDICT = String.raw`nothing\s+(?:that\s+)?(?:needs|requires|needed|required|calls\s+for)\s+(?:any\s+)?(?:follow-?up|attention|action|treatment|concern)|nothing\s+(?:concerning|abnormal|alarming|worrisome|worrying|to\s+worry\s+about)|checked\s+out\s+(?:just\s+)?(?:great|fine|good|ok(?:ay)?|normal|perfect(?:ly)?|healthy|clear)`;
const STANDS_ALONE = new RegExp(`^(?:${PLAIN_VERDICT})$`, 'iu');
const TEST_VERDICT = wordPattern(
  String.raw`${PLAIN_VERDICT}|(?:it|they|everything|all)(?:\s+(?:from|on|in|of)\s+(?:that|the|this|those|your)\s+[\p{L}-]+)?\s+(?:\p{L}+\s+)?(?:looked|looks|came\s+back|was|were|is|are)\s+(?:all\s+)?(?:clear|normal|fine|clean|benign|negative|good)|(?:todo|nada)\s+(?:salió|está|estaba)\s+(?:normal|bien|limpio)`,
);

function readResults(draft: string, postText = ''): Finding[] {
  const testInPost = TEST_WORD.test(postText);
  const verdicts = hits(draft, TEST_VERDICT).filter((hit) => (testInPost && STANDS_ALONE.test(hit.text)) || TEST_WORD.test(sentenceAround(draft, hit.start, hit.end).text));
  return [...hits(draft, RESULT), ...hits(draft, TEST_FOUND), ...verdicts].map((hit) =>
    finding('clinical_detail', 'block', hit, `"${hit.text}" discloses a test result.`, 'Never discuss results in public; invite them to contact the patient experience team privately.'),
  );
}

export const clinicalDetail: Rule = (draft, ctx) => {
  const found: Finding[] = readResults(draft, ctx.post?.text);
  for (const hit of hits(draft, BODY_STATE)) {
    found.push(finding('clinical_detail', 'block', hit, `"${hit.text}" describes the reader's (or their relative's) health.`, 'Leave health details out of public replies; invite them to contact the patient experience team privately.'));
  }
  for (const hit of [...hits(draft, TERM_PATTERN), ...hits(draft, ACRONYM_PATTERN)]) {
    const term = normalize(hit.text);
    const before = draft.slice(Math.max(0, hit.start - 60), hit.start);
    const after = draft.slice(hit.end, hit.end + 40);
    // Specialty names alone ("emergency", "cardiology") describe us; only clinical terms can describe a patient.
    if (!CLINICAL.has(term) || SERVICE_AFTER.test(after) || JOB_AFTER.test(after) || SERVICE_BEFORE_EN.test(before) || SERVICE_BEFORE_ES.test(before)) continue;
    const listedWithDepartments = LISTED_AFTER_DEPARTMENT.test(before) || LISTED_BEFORE_DEPARTMENT.test(after);
    // A term the post told as the author's own stays an echo however the reply frames it; one the post only asked about
    // ("is flu vaccine walk-in?") may be answered as a service.
    const namesService = (OFFERED_AFTER.test(after) || listedWithDepartments) && !PERSONAL_BEFORE.test(before);
    if (namesService && (!inPost(hit.text, ctx.post?.text) || askedInQuestion(hit.text, ctx.post?.text))) continue;
    const sentence = sentenceAround(draft, hit.start, hit.end).text;
    const asked = askedAboutService(hit.text, ctx.post?.text);
    // A figurative word, or the service the reader asked about, is theirs only when the reply says so outright.
    const onlyOutright = FIGURATIVE.has(term) || asked;
    const personal =
      !HYPOTHETICAL_BEFORE.test(before) && (
      PERSONAL_BEFORE.test(before) || SOMEONE_IN_SENTENCE.test(sentence) || RECOVERING_BEFORE.test(before) || CONGRATS_BEFORE.test(before) || PERSONAL_AFTER.test(after) || (RECOVERY_WISH_ES.test(sentence) && DEFINITE_BEFORE.test(before)) ||
      (!onlyOutright && THE_DIRECT.test(before) && !PREVENTION_BEFORE.test(before)) ||
      (!onlyOutright && addressesReader(draft, hit.start, hit.end)));
    const echoed = inPost(hit.text, ctx.post?.text) && !asked;
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
