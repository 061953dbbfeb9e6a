// Wordings that take the reader's care as ongoing or remembered, which the phrase lists miss: a check-up booked months
// ahead ("see you at your 3-month check", "come see us again in three months"), staff who expect them every week, a
// clinician who "could be there for you", a lookup under their account, their relative's room, a ward the post told as
// where they stayed, and an anniversary of their surgery ("happy surgiversary").
import { YOUR_RELATIVE_EN } from './care-words.js';
import { finding, hits, sentenceAround, wordPattern } from './match.js';
import type { Finding } from './types.js';

const SOMEONE = String.raw`(?:you|him|her|them|${YOUR_RELATIVE_EN})`;
const SPAN = String.raw`(?:\d{1,2}|a|one|two|three|four|five|six|eight|nine|ten|twelve|a\s+few|a\s+couple(?:\s+of)?)`;
const CARE_STAFF = String.raw`(?:[\p{L}]+ologists?|[\p{L}]+iatrists?|doctors?|physicians?|nurses?|surgeons?|providers?|therapists?|counsell?ors?|chaplains?|midwi(?:fe|ves)|paramedics?|medics?|techs?|care\s+team|team|staff)`;

const SHAPES: { pattern: RegExp; why: string }[] = [
  {
    // A check-up of theirs, or a return months ahead, is booked care: "see you at your 3-month check", "come see us
    // again in three months". An event anyone attends ("see you at the start line") is not theirs.
    pattern: wordPattern(
      String.raw`see\s+${SOMEONE}\s+(?:again\s+|back\s+)?(?:at|for)\s+(?:your|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:check(?:-?ups?|-?ins?)?|re-?checks?|follow-?ups?|visits?|appointments?|appts?|physicals?|cleanings?|exams?|scans?|screenings?|infusions?|sessions?|injections?|shots?|labs?|draws?)(?![\p{L}])` +
        String.raw`|(?:see\s+(?:you|him|her|them)|(?:come|stop)\s+(?:back\s+)?(?:and\s+)?see\s+us|be\s+back\s+to\s+see\s+us)\s+(?:again\s+|back\s+)?in\s+${SPAN}\s+(?:weeks?|months?|years?)(?![\p{L}])`,
    ),
    why: 'books the reader in for more care',
  },
  {
    // Staff who see them every week know them as a patient: "our nurses look forward to seeing you each week".
    pattern: wordPattern(String.raw`(?:look(?:s|ing)?\s+forward\s+to|love|loves|enjoy|enjoys|miss|misses|missed)\s+seeing\s+${SOMEONE}\s+(?:each|every)\s+(?:week|month|morning|visit|time|appointment|session|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`),
    why: 'expects the reader at their regular visits',
  },
  {
    // "Glad our counselor could be there for you": a clinician who was there for them took their call or their care.
    pattern: wordPattern(
      String.raw`(?:(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}?${CARE_STAFF}|we|i)\s+(?:could|was\s+able\s+to|were\s+able\s+to|got\s+to)\s+be\s+there\s+for\s+${SOMEONE}(?![\p{L}])` +
        String.raw`|(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}?${CARE_STAFF}\s+(?:was|were)\s+there\s+for\s+${SOMEONE}(?![\p{L}])`,
    ),
    why: 'says a clinician of ours was there for them',
  },
  {
    // "I checked under your account": a lookup in their record, whatever was found.
    pattern: wordPattern(String.raw`(?:checked|looked|searched|pulled|dug)\s+(?:it\s+up\s+|up\s+)?(?:under|in|on|into|through)\s+(?:your|his|her|their)\s+(?:patient\s+|portal\s+)?(?:account|chart|file|records?|portal|mychart|profile|history)(?![\p{L}])`),
    why: 'looks the reader up in our records',
  },
  {
    // "They were in the drawer in his room": a patient's room is where they lay.
    pattern: wordPattern(String.raw`(?:in|from|inside|under|to|outside)\s+(?:his|her|their|${YOUR_RELATIVE_EN}['’]s)\s+(?:hospital\s+|patient\s+)?room(?![\p{L}])`),
    why: 'speaks of the room someone lay in',
  },
  {
    // "He worked so hard on those dressing changes": the effort the reader or their relative put into their own treatment.
    pattern: wordPattern(String.raw`(?:you|he|she|they|${YOUR_RELATIVE_EN})\s+(?:(?:have|has)\s+)?(?:worked|work|working|pushed)\s+(?:so\s+|really\s+|very\s+|incredibly\s+|super\s+)?hard\s+(?:on|at|in|through)\s+(?:those|these|the|his|her|their|your|all\s+(?:those|the|his|her|their|your))\s+(?:[\p{L}-]+\s+)?(?:dressing\s+changes?|exercises?|therapy|therapies|sessions?|rehab|recovery|treatments?|wound\s+care|pt|ot|infusions?|dialysis|stretches|homework|appointments?)(?![\p{L}])`),
    why: 'tells of the work they put into their own treatment',
  },
  {
    // "Happy surgiversary!", "tu transplantversary": the anniversary of their operation.
    pattern: /(?<![\p{L}])(?!anniversary)[\p{L}-]{2,}versar(?:y|ies)(?![\p{L}])/giu,
    why: 'celebrates the anniversary of their treatment',
  },
];

// A numbered ward the post told as where the author or their relative stayed ("couldn't sleep for 3 nights on 5 West"):
// naming it back agrees they lay there. Thanks to the nurses of a ward ("shoutout to 5 South") tell of no stay.
const WARD = /(?<![\p{L}\d])\d{1,2}\s*(?:north|south|east|west)(?![\p{L}])/giu;
const STAYED = /(?<![\p{L}])(?:(?:\d+|a\s+few|several|two|three|four|five|six|seven|ten)\s+(?:nights?|days?|weeks?)|all\s+night|overnight|stay(?:ed|ing)?|slept|sleep|admitted|room|bed|discharged|spent|recovering|recovered|(?:i|we|he|she|they)\s+(?:was|were)\s+(?:on|in|up\s+on))(?![\p{L}])/iu;

// "The nurse manager for 5 West", "the team on 4 West": staff known by their ward, a desk to reach, not a stay.
const WARD_STAFF_BEFORE = /(?<![\p{L}])(?:manager|director|supervisor|leadership|team|staff|nurses|nursing|unit)\s+(?:for|on|of|at|in)\s+$/iu;

function echoedWard(draft: string, postText: string | undefined): Finding[] {
  if (!postText) return [];
  const key = (ward: string) => ward.toLowerCase().replace(/\s+/g, ' ');
  const stayedOn = new Set(hits(postText, WARD).filter((h) => STAYED.test(sentenceAround(postText, h.start, h.end).text)).map((h) => key(h.text)));
  return hits(draft, WARD)
    .filter((h) => stayedOn.has(key(h.text)) && !WARD_STAFF_BEFORE.test(draft.slice(Math.max(0, h.start - 40), h.start)))
    .map((h) => finding('care_relationship', 'block', h, `"${h.text}" names back the ward the post told as where someone stayed.`, 'Speak of "what you describe" and pass it on without naming the unit.'));
}

export function careReturn(draft: string, postText: string | undefined): Finding[] {
  const found = echoedWard(draft, postText);
  for (const { pattern, why } of SHAPES) {
    for (const hit of hits(draft, pattern)) {
      found.push(finding('care_relationship', 'block', hit, `"${hit.text}" ${why}, which confirms their care.`, 'Say "your experience" or "what you describe" instead.'));
    }
  }
  return found;
}
