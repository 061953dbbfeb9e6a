// Confirming that the reviewer (or their relative) was our patient is itself a disclosure: HHS fined
// providers for replies that did nothing more. "Your experience" is safe; "your stay" is not.
import { PHRASES_ES, SU_CARE_ES } from './care-phrases-es.js';
import { PHRASES_EN, YOUR_CARE_EN } from './care-phrases-en.js';
import { YOUR_RELATIVE_EN } from './care-words.js';
import { addressesReader, alternation, finding, hits, sentenceAround, wordPattern } from './match.js';
import type { Finding, Rule } from './types.js';
import { careScene } from './care-scene.js';
import { relativeInCare } from './relative-care.js';
import { careNow } from './care-now.js';
import { groundsCallButton } from './grounds.js';
import { welcomedAsPatient } from './welcome.js';
import { studyParticipation } from './study.js';
import { careStay } from './care-stay.js';
import { careReturn } from './care-return.js';

// "the discharge took so long for you": a definite encounter in a sentence addressed to the reader.
const THE_ENCOUNTER = wordPattern(
  `the\\s+(?:(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|[\\p{L}-]+)\\s+)?(?:${alternation(['discharge', 'discharge process', 'admission', 'admission process', 'surgery', 'procedure', 'appointment', 'visit', 'hospital stay', 'stay', 'exam', 'check-in', 'triage', 'iv', 'blood draw', 'delivery', 'birth', 'ambulance ride', 'transfer', 'operation', 'scan', 'biopsy', 'infusion', 'x-ray', 'mri', 'ct scan', 'ultrasound', 'injection', 'test results', 'results', 'diagnosis', 'prescription', 'medication', 'call button', 'call light', 'call bell', 'wristband', 'cast', 'stitches', 'staples', 'catheter', 'sample', 'specimen', 'blood sample', 'pills', 'dose', 'discharge instructions', 'prep', 'prep instructions', 'bowel prep', 'pre-op instructions', 'aftercare instructions', 'no-show', 'no show', 'missed appointment', 'cancellation', 'cancelled appointment', 'canceled appointment'])})(?!\\s+(?:waiting|center|centre|department|unit|team|floor|desk|wing|clinic|office|schedul[\\p{L}]*|line|area|suite|staff|services?|programs?|process\\s+is|policy|hours))`,
);

// "We guarantee you'll love the results": the reader is told how they will like a service they have not had yet.
const FORETOLD_BEFORE = /you(?:['’]ll|\s+will|['’]re\s+going\s+to)\s+(?:(?:absolutely|really|just)\s+)?(?:love|like|enjoy|adore|be\s+(?:so\s+)?(?:happy|thrilled|pleased|amazed|delighted)\s+with)\s+$/iu;

// "her care" in a sentence about "your daughter" is the daughter's care.
const THIRD_PERSON_CARE = wordPattern(`(?:his|her|their)\\s+(?:care|treatment|diagnosis|condition|surgery|procedure|medications?|results|recovery|discharge|admission|stay)`);
const YOUR_RELATIVE = wordPattern(`${YOUR_RELATIVE_EN}`, 'iu');

// Places and moments only a patient passes through ("at discharge", "in triage"), in a sentence
// that apologizes or speaks to the reader.
const PATIENT_SETTING = wordPattern(
  `(?:at|during|after|before|upon)\\s+(?:discharge|admission|check-in|triage|labor|delivery|shift\\s+change)|in\\s+(?:triage|recovery|the\\s+recovery\\s+room|pre-op|post-op|labor\\s+and\\s+delivery|the\\s+(?:er|icu|nicu)\\s+(?:bay|room|hallway))|(?:at|by|near)\\s+the\\s+nurses['’]?\\s+station|at\\s+(?:your|his|her|their)\\s+bedside|wait(?:ing|ed)?\\s+for\\s+(?:a|an|the|your)\\s+(?:room|bed|transfer)|espera\\s+(?:por|de)\\s+una\\s+(?:cama|habitación)|(?:la|su)\\s+pulsera|el\\s+brazalete`,
);

// "We looked into it and the appointment was double-booked": what an inquiry found about the reader's encounter is
// read from their record, whoever reports it. The reader's own words ("the delay you describe") pass.
const FINDING_CUE = wordPattern(
  String.raw`(?:we|i|(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:manager|director|supervisor|team|staff))\s+(?:(?:have|has)\s+)?(?:looked\s+into|reviewed|checked|confirmed|verified|investigated|spoke\s+(?:with|to)|spoken\s+(?:with|to)|talked\s+(?:with|to))|(?:we|i)['’]ve\s+(?:looked\s+into|reviewed|checked|confirmed|verified|investigated|spoken\s+(?:with|to)|talked\s+(?:with|to))|after\s+(?:reviewing|looking\s+into|checking|investigating)|(?:we\s+)?can\s+confirm|(?:our|the|an?)\s+(?:investigation|review|inquiry)\s+(?:found|showed|revealed|confirmed|determined)|(?:nurse|manager|physician|doctor|surgeon|pharmacist|supervisor|director|staff|team|records?|chart|notes|logs?|system)\s+(?:confirmed|explained|reported|stated|indicates?|shows?|showed)|stands\s+by|should\s+have\s+(?:alerted|sounded|gone\s+off|been\s+(?:answered|checked|changed|given|heard))|(?:is|are)\s+looking\s+(?:at|into)\s+why`,
  'iu',
);
const ENCOUNTER_FACT = wordPattern(
  String.raw`(?:the|that|this|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:appointment|sample|specimen|prescription|medication|call\s+light|call\s+button|bed\s+alarm|iv\s+pump|discharge\s+summary|discharge|x-ray|scan|mri|results?|biopsy|chart|record|triage\s+level|(?:nurses?|staff|physician|doctor)\s+(?:who\s+(?:were|was)\s+)?on\s+duty|specialist|scheduler|delay|wait|treatment(?:\s+decision)?|diagnosis|procedure|surgery|referral|order|dose|infusion|iv)(?![\p{L}])(?!\s+(?:that\s+)?you\s+(?:describe|described|mention|mentioned|raise|raised|shared|wrote|write))`,
);

function reportedFindings(draft: string): Finding[] {
  return hits(draft, ENCOUNTER_FACT)
    .filter((hit) => FINDING_CUE.test(sentenceAround(draft, hit.start, hit.end).text))
    .map((hit) => finding('care_relationship', 'block', hit, `"${hit.text}", reported from an inquiry, discloses the reader's own encounter.`, 'Say you have shared their concerns and would like to talk privately; report findings only in private.'));
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const DURATION = wordPattern(`(\\d{1,3}|${NUMBER_WORDS.join('|')})(?:\\s+|-)(?:(?:long|full|whole|straight)\\s+)?(hours?|hrs?|days?|nights?|weeks?|minutes?|mins?)`);
// "We aim to see everyone within 2 hours" states a standard, whatever the post said.
// So does a price or a rule for everyone: "the first 30 minutes in our garages are free".
const GENERAL_STANDARD = /(?<![\p{L}])(?:average|typical(?:ly)?|usually|most\s+patients|goal|target|aim|within|up\s+to|standard|first|always|free|parking|garages?)(?![\p{L}])/iu;

function durationKey(m: RegExpMatchArray): string {
  const n = NUMBER_WORDS.indexOf(m[1].toLowerCase());
  return `${n >= 0 ? n : Number(m[1])} ${m[2].toLowerCase().replace(/^hrs?$/, 'hour').replace(/^mins?$/, 'minute').replace(/s$/, '')}`;
}

/** "We're sorry about those 3 days" to someone who wrote of 3 days in the ICU takes their account of their care as fact. */
function echoedDurations(draft: string, postText: string | undefined): Finding[] {
  if (!postText) return [];
  const told = new Set([...postText.matchAll(DURATION)].map(durationKey));
  return hits(draft, DURATION)
    .filter((hit) => told.has(durationKey(hit.match)) && !GENERAL_STANDARD.test(sentenceAround(draft, hit.start, hit.end).text))
    .map((hit) => finding('care_relationship', 'block', hit, `"${hit.text}" repeats how long the reader's care took, which confirms it.`, 'Speak of "what you describe" without repeating its details.'));
}

// "you or your doctor", "ask your doctor": everyone has a doctor, and advice to talk to them says nothing about us.
const ANYONES_CLINICIAN = /^your\s+(?:own\s+|regular\s+|family\s+)?(?:doctor|physician|provider|pcp|primary\s+care\s+(?:doctor|physician|provider))$/iu;
const GENERAL_ADVICE_BEFORE = /(?:you\s+or|talk\s+(?:to|with)|speak\s+(?:to|with)|ask|check\s+with|consult|call)\s+$/iu;

// "Glad you're home after surgery" marks the reader's own moment of care; "nurses who visit at home after surgery" and
// "most patients go home the day after surgery" speak of what we do for anyone.
const BARE_MOMENT = wordPattern(`(?:after|before|upon|since)\\s+(?:discharge|admission|surgery|delivery|being\\s+(?:discharged|admitted|seen|roomed))`);
const FOR_ANYONE = /(?<![\p{L}])(?:people|patients|anyone|everyone|families|those|most|many|typically|usually|generally|serves?|offers?|provides?|(?:we|our\s+(?:[\p{L}-]+\s+){0,3}?(?:team|nurses|staff|therapists|program|service))\s+(?:offer|provide|serve|visit|help|support|see|come)|who\s+(?:visit|come|help|need|are))(?![\p{L}])/iu;

const SOMEONE = /(?<![\p{L}])(?:you|your|you['’](?:re|ve|ll|d)|he|she|him|his|her|he['’]s|she['’]s)(?![\p{L}])/iu;

export const careRelationship: Rule = (draft, ctx) => {
  const found: Finding[] = [...echoedDurations(draft, ctx.post?.text), ...reportedFindings(draft), ...careScene(draft), ...relativeInCare(draft, ctx.post?.text), ...careNow(draft), ...welcomedAsPatient(draft, ctx.post?.text), ...studyParticipation(draft, ctx.post?.text), ...careStay(draft), ...careReturn(draft, ctx.post?.text)];
  for (const hit of hits(draft, BARE_MOMENT)) {
    const sentence = sentenceAround(draft, hit.start, hit.end).text;
    if (FOR_ANYONE.test(sentence) && !SOMEONE.test(sentence)) continue;
    found.push(finding('care_relationship', 'block', hit, `"${hit.text}" marks a moment of the reader's own care.`, 'Say "your experience" or "what you describe" instead.'));
  }
  for (const hit of hits(draft, PATIENT_SETTING)) {
    if (!addressesReader(draft, hit.start, hit.end)) continue;
    found.push(finding('care_relationship', 'block', hit, `"${hit.text}", said to the reader, places them in our care.`, 'Say "your experience" or "what you describe" instead.'));
  }
  for (const hit of hits(draft, THIRD_PERSON_CARE)) {
    if (!YOUR_RELATIVE.test(sentenceAround(draft, hit.start, hit.end).text)) continue;
    found.push(finding('care_relationship', 'block', hit, `"${hit.text}" refers to the care of the reader's relative.`, 'Say "your family member\'s experience" only in private; in public, speak of "your experience".'));
  }
  for (const hit of hits(draft, THE_ENCOUNTER)) {
    if (!addressesReader(draft, hit.start, hit.end) || FORETOLD_BEFORE.test(draft.slice(Math.max(0, hit.start - 40), hit.start))) continue;
    found.push(finding('care_relationship', 'block', hit, `"${hit.text}" in a sentence addressed to the reader refers to their own care.`, 'Say "your experience" or "what you describe" instead.'));
  }
  for (const pattern of [YOUR_CARE_EN, PHRASES_EN, SU_CARE_ES, PHRASES_ES]) {
    for (const hit of hits(draft, pattern)) {
      if (pattern === YOUR_CARE_EN && ANYONES_CLINICIAN.test(hit.text) && GENERAL_ADVICE_BEFORE.test(draft.slice(Math.max(0, hit.start - 30), hit.start))) continue;
      found.push(
        finding(
          'care_relationship',
          'block',
          hit,
          `"${hit.text}" confirms that the reviewer or their relative received care from us, which is itself protected health information.`,
          /^(su|sus|tu|tus|cuando|durante|como|usted|l[oa]|le|según)\b/i.test(hit.text)
            ? 'Diga "su experiencia" o "lo que nos comparte" en lugar de referirse a una visita o atención.'
            : `Say "your experience" or "what you describe" instead of "${hit.text}".`,
        ),
      );
    }
  }
  return found.filter((f) => !groundsCallButton(draft, f));
};
