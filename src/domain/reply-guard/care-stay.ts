// Staff telling of someone's time with us confirm that they were our patient, in wordings the phrase lists miss:
// colleagues who came by a ward to see her, a unit that will miss seeing him, "you were her first draw", a visit that
// went quickly ("we got you in and out"), a return expected ("when you come back to us"), and a recipient or patient
// whose recovery is reported to a third party.
import { YOUR_RELATIVE_EN } from './care-words.js';
import { finding, hits, wordPattern } from './match.js';
import type { Finding } from './types.js';

const WARD = String.raw`(?:\d{1,2}\s*(?:north|south|east|west)|(?:the|our)\s+(?:[\p{L}-]+\s+)?(?:unit|ward|floor|nicu|icu|picu))(?![\p{L}])`;
const SOMEONE = String.raw`(?:you|him|her|them|${YOUR_RELATIVE_EN})`;
const LITTLE_ONE = String.raw`(?:a|an|our|your|the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:baby|babe|little\s+one|newborn|kiddo|boy|girl|guy|pumpkin|peanut|patient)`;

const SHAPES: { pattern: RegExp; why: string; staffToo?: boolean }[] = [
  {
    // "The whole office came by to see her on 4 North", "we'll miss seeing him every day on the unit".
    pattern: wordPattern(
      String.raw`(?:see|seeing|saw|visit|visiting|visited|check(?:ing|ed)?\s+on|by\s+to\s+see)\s+${SOMEONE}\s+(?:(?:every\s+day|daily|each\s+day|every\s+morning)\s+)?(?:on|in|at|up\s+on)\s+${WARD}` +
        String.raw`|(?:miss|missed|loved|enjoyed|love|adored)\s+(?:seeing|having)\s+(?:${SOMEONE}|${LITTLE_ONE})\b[^.!?]{0,30}?\b(?:on|in|at)\s+${WARD}`,
    ),
    why: 'places someone on one of our wards',
    staffToo: true,
  },
  {
    // "You were her first draw of the day", "he was our last delivery before midnight".
    pattern: wordPattern(String.raw`(?:you|he|she|${YOUR_RELATIVE_EN})\s+(?:were|was)\s+(?:her|his|their|our|my)\s+(?:very\s+)?(?:first|last|final|\d+(?:st|nd|rd|th))\s+(?:patient|draw|stick|delivery|baby|case|scan|appointment|visit|procedure|shot|vaccine|surgery|x-ray)(?![\p{L}])`),
    why: 'counts the reader among the patients a colleague saw',
  },
  {
    // "Glad we could get you in and out", "so glad you got in quick", "we got her in right away".
    pattern: wordPattern(
      String.raw`(?:got|could\s+get|were\s+able\s+to\s+get|managed\s+to\s+get)\s+${SOMEONE}\s+in\s+(?:and\s+out|(?:so\s+|really\s+|super\s+)?(?:quick(?:ly)?|fast|right\s+away|promptly))` +
        String.raw`|(?:you|he|she|they|${YOUR_RELATIVE_EN})\s+got\s+(?:seen\s+|in\s+)(?:so\s+|really\s+|super\s+)?(?:quick(?:ly)?|fast|right\s+away|promptly)`,
    ),
    why: 'tells back a visit',
  },
  {
    // "When you come back to us, we'll…", "next time you return to our clinic": a return presumes a first stay.
    pattern: wordPattern(String.raw`(?:when|whenever|next\s+time|if|once)\s+(?:you|${YOUR_RELATIVE_EN})\s+(?:come\s+back|comes\s+back|return|returns)\s+(?:to\s+(?:us|see\s+us|our\s+(?:[\p{L}-]+\s+)?(?:hospital|clinic|unit|floor|er|ed|office|practice|center))|here)(?![\p{L}])` +
        String.raw`|(?:cuando|si|la\s+próxima\s+vez\s+que)\s+(?:usted\s+)?(?:regrese|vuelva)\s+(?:con\s+nosotros|a\s+vernos|aquí|a\s+nuestr[oa]\s+(?:clínica|hospital|consultorio))(?![\p{L}])`),
    why: 'expects the reader back',
  },
  {
    // "The recipient of his kidney is doing well", "the patient from the crash is recovering": a recovery reported to
    // a third party is that person's condition. Said of patients in general ("studies show that patients recover faster") it
    // is not, so only one person or the recipients count.
    pattern: wordPattern(
      String.raw`(?:(?:the|this)\s+(?:recipient|patient|gentleman|lady|man|woman|driver|child|teen|teenager|victim|cyclist|pedestrian|passenger)|the\s+(?:recipients|two\s+patients|passengers))(?:\s+(?:of|from|who|that|in|after)\s+[^.!?]{1,40}?)?(?:\s+is|\s+are|\s+was|['’]s)\s+(?:now\s+|still\s+)?(?:doing\s+(?:well|great|better|fine|ok(?:ay)?)|recovering|back\s+home|home\s+(?:now|safe|and))(?![\p{L}])`,
    ),
    why: 'reports how someone in our care is doing',
  },
];

// A colleague leaving ("we'll miss seeing her on the unit after 30 years") is missed as staff, not as a patient.
const STAFF_FAREWELL = /(?<![\p{L}])(?:retir\p{L}*|colleague|coworker|co-worker|career|farewell|last\s+shift|years\s+of\s+service)(?![\p{L}])/iu;

export function careStay(draft: string): Finding[] {
  const farewell = STAFF_FAREWELL.test(draft);
  return SHAPES.flatMap(({ pattern, why, staffToo }) =>
    staffToo && farewell
      ? []
      : hits(draft, pattern).map((hit) => finding('care_relationship', 'block', hit, `"${hit.text}" ${why}, which confirms they were our patient.`, 'Thank them without telling back their time with us; take details to a private conversation.')),
  );
}
