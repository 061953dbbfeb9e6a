// A sentence that speaks to the reader about the people, places and things of clinical care ("sorry the
// hospitalist didn't come by", "hope you're walking without the cane") describes their care, in words no phrase list
// can foresee. Sentences that only invite them to talk, speak of our services in general, or thank them for
// feedback about a team pass: those are the safe replies the policy asks for.
import { CONDITIONS_EN, FIGURATIVE_EN, MEDICATIONS_EN, PROCEDURES_EN } from './clinical-lexicon.js';
import { MESSAGES, YOUR_RELATIVE_EN } from './care-words.js';
import { alternation, finding, hits, sentenceAround, wordPattern } from './match.js';
import { saidOfEveryone } from './clinical-detail.js';
import type { Finding } from './types.js';

const CARE_PEOPLE = String.raw`nurses?|doctors?|physicians?|surgeons?|hospitalists?|residents?|[\p{L}]+ologists?|[\p{L}]+iatricians?|[\p{L}]+iatrists?|techs?|technicians?|therapists?|hygienists?|dentists?|chiropractors?|optometrists?|counsell?ors?|sonographers?|midwi(?:fe|ves)|aides?|cnas?|paramedics?|phlebotomists?|pharmacists?|care\s+team|enfermer[oa]s?|médic[oa]s?`;
// "Urgent care" names a service ("our urgent care wait times"); "at urgent care" is where someone went.
const CARE_PLACES = String.raw`er|ed|(?<=(?:at|in)\s+(?:the\s+)?)urgent\s+care|intake|emergency\s+(?:room|department)|icu|nicu|picu|triage|pre-op|post-op|recovery\s+room|labor\s+and\s+delivery|l&d|dialysis|infusion\s+(?:chair|center|suite)|radiology|imaging|urgencias|emergencias|\d{1,2}\s*(?:north|south|east|west)`;
const CARE_THINGS = String.raw`iv|vitals|stitches|cast|cane|walker|crutches|wheelchair|hearing\s+aids?|ice\s+chips|call\s+(?:light|button|bell)|meal\s+tray|diet\s+tray|discharge|admission|${alternation([...PROCEDURES_EN, ...MEDICATIONS_EN, ...CONDITIONS_EN.filter((c) => !FIGURATIVE_EN.includes(c))])}`;
const CARE_WORD = wordPattern(`${CARE_PEOPLE}|${CARE_PLACES}|${CARE_THINGS}`);

// The reader, named or apologized to. Their messages and their "experience" are the safe words of a reply, so they
// do not count: "thanks for your kind words about our nurses" speaks of our nurses, not of anyone's care.
const READER_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:you|your|yours|you['’](?:re|ve|ll|d)|su|sus|usted|${YOUR_RELATIVE_EN})(?![\p{L}])`, 'iu');
const APOLOGY = /(?<![\p{L}])(?:sorry|apologi[sz]e|apologies|lamentamos|sentimos)(?![\p{L}])/iu;
const NOT_ABOUT_CARE = new RegExp(
  String.raw`(?<![\p{L}])(?:thank(?:s|\s+you|-you)|(?:your|sus?)\s+(?:kind\s+|thoughtful\s+|generous\s+)?(?:${alternation([...MESSAGES, 'experience', 'patience', 'understanding', 'support', 'kindness', 'trust', 'time', 'comentarios', 'palabras', 'reseña', 'mensaje', 'experiencia'])}))(?![\p{L}])`,
  'giu',
);
// "our ER", "the radiology department", "flu season": a service or a season of ours, not the reader's care.
const OURS_BEFORE = /(?:our|nuestr[oa]s?|(?:i['’]m|i\s+am|as)\s+(?:the|an?))\s+(?:[\p{L}'’&-]+\s+){0,3}$/iu;
const SERVICE_AFTER = /^['’]?s?\s+(?:[\p{L}-]+\s+)?(?:department|dept|center|centre|unit|units|team|teams|staff|station|season|restrictions?|awareness|month|week|survivors?|programs?|services?|options|resources|information|wing|clinic|classes|education|fair|director|manager|supervisor|educator|leadership|leaders?|chief)(?![\p{L}])/iu;
// Invitations, statements about our services, and generalities: the shapes of a safe reply.
const SAFE_FRAME = new RegExp(
  String.raw`(?<![\p{L}])(?:please|feel\s+free|don['’]t\s+hesitate|(?:we|i)(?:['’]d|\s+would)\s+(?:like|love|welcome|appreciate)|(?:contact(?:ing)?|call(?:ing)?|reach(?:ing)?(?:\s+out)?|email(?:ing)?|messag(?:e|ing)|writ(?:e|ing)\s+to)\s+(?:us|our|me|\(?\d|[\w.+-]+@)|if\s+(?:you|anyone|someone)|so\s+(?:that\s+)?we\s+can|(?:shared|passed|forwarded|sent)\s+(?:your|this|it|them)|every\s+patient|all\s+(?:our\s+)?patients|patients\s+(?:deserve|should)|(?:are|is)\s+(?:open|available)|all\s+(?:visitors|guests|families)|(?:visitors|guests)\s+(?:must|may|should|need)|todos\s+los\s+(?:visitantes|pacientes)|(?:enter|entran?)\s+(?:through|by|via|por)|can\s+(?:feel|be|get|seem)|we(?:['’]re|\s+are)\s+(?:working|committed)|take\s+[^.!?]{0,30}\s+seriously|recogni[sz]\p{L}*|celebrat\p{L}*|covers|coverage|in-network|por\s+favor|llámenos|comuníquese|call\s+(?:my|our)\s+(?:desk|line|cell|office|number)|(?:i|we)(?:['’]ll|\s+will|\s+can)\s+(?:get|connect|put|transfer|route)\s+you\s+(?:through\s+)?(?:to|with)\s+(?:a|an|the|our)|(?:you|anyone|everyone)\s+can\s+(?:now\s+|also\s+|still\s+)?(?:get|schedule|book|request|find|sign\s+up\s+for|walk\s+in\s+for|come\s+in\s+for)\s+(?:a|an|free|walk-in|same-day))(?![\p{L}])`,
  'iu',
);

// "Our front desk can help you choose a new pediatrician", "we can match you with a dermatologist": a clinician the
// reader has yet to pick treats nobody yet.
const CLINICIAN_TO_COME_BEFORE = /(?<![\p{L}])(?:choose|choosing|find|finding|pick|picking|select|selecting|match(?:ed|ing)?\s+(?:you\s+)?with|connect(?:ed|ing)?\s+(?:you\s+)?with|establish(?:ing)?\s+(?:care\s+)?with)\s+(?:a|an|another|the\s+right)\s+(?:new\s+)?(?:[\p{L}-]+\s+)?$/iu;

export function careScene(draft: string): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const hit of hits(draft, CARE_WORD)) {
    const sentence = sentenceAround(draft, hit.start, hit.end);
    if (seen.has(sentence.start) || SAFE_FRAME.test(sentence.text) || saidOfEveryone(draft, hit.start, hit.end)) continue;
    if (OURS_BEFORE.test(draft.slice(sentence.start, hit.start)) || CLINICIAN_TO_COME_BEFORE.test(draft.slice(Math.max(sentence.start, hit.start - 50), hit.start)) || SERVICE_AFTER.test(draft.slice(hit.end, hit.end + 40))) continue;
    const rest = sentence.text.replace(NOT_ABOUT_CARE, ' ');
    if (!READER_WORDS.test(rest) && !APOLOGY.test(sentence.text)) continue;
    seen.add(sentence.start);
    out.push(finding('care_relationship', 'block', hit, `"${hit.text}", in a sentence to the reader, describes their care.`, 'Speak of "your experience" and invite them to talk privately; leave out who treated them and where.'));
  }
  return out;
}
