// Care that is going on, or coming next, confirms a patient as surely as care that is over: someone sent to their
// room, the next round of their treatment, word from the ward about how they are, a wound or a walker hoped well.
// Kept apart from the phrase list so each shape stays readable and the big pattern does not grow.
import { YOUR_RELATIVE_EN } from './care-words.js';
import { finding, hits, sentenceAround, wordPattern } from './match.js';
import { UPCOMING_EVENT } from './service-date.js';
import type { Finding } from './types.js';

const STAFF = String.raw`(?:team|staff|nurses?|doctors?|physicians?|surgeons?|therapists?|techs?|pharmacists?|unit|floor|crew|[\p{L}]+ologists?|[\p{L}]+iatricians?)`;
const NUMBERED_ROOM = String.raw`(?:room|bed|bay)\s+#?\d+[a-z]?(?![\p{L}\d])`;
const THEIR_ROOM = String.raw`(?:your|his|her|their)\s+(?:room|bed|bay|bedside)(?![\p{L}])`;
const COUNT = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const ORDINAL = String.raw`(?:next|\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|final|last)`;
const COURSE = String.raw`(?:rounds?|cycles?|sessions?|infusions?|treatments?|doses?|transfusions?)`;

const SHAPES: { pattern: RegExp; why: string }[] = [
  {
    // Help sent to a numbered room, or on its way to the reader, puts someone in our building right now. Sending a
    // letter "to you" is mail, so only being on the way reaches the reader themself.
    pattern: wordPattern(
      String.raw`(?:sent|sending|send|dispatched|paged)\s+(?:(?:someone|somebody|help|security|(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:nurse|doctor|team|aide|tech|supervisor|manager|charge\s+nurse|someone))\s+)?(?:(?:up|down|over|back)\s+)?to\s+(?:${NUMBERED_ROOM}|${THEIR_ROOM})` +
        String.raw`|(?:on\s+(?:the|their|his|her|its|our)\s+way|heading|headed|coming|going|walking|running)\s+(?:(?:up|down|over|back)\s+)?to\s+(?:${NUMBERED_ROOM}|${THEIR_ROOM}|you(?![\p{L}]))`,
    ),
    why: 'sends someone to where the reader lies',
  },
  {
    // Clinical staff sent to one person right now, or that person moved to a room: "I've asked the charge nurse on
    // 4 West to go to him now", "our ER doctor will see him next", "he's been moved to a room". The immediacy is what
    // makes it care under way; "our doctors would be glad to see you" is an invitation anyone gets.
    pattern: wordPattern(
      String.raw`(?:(?:charge|head|floor|triage|er|ed|icu)\s+)?(?:nurses?|doctors?|physicians?|providers?|hospitalists?|(?:nursing\s+|house\s+)supervisor|care\s+team)\b[^.!?]{0,40}?\b(?:go\s+(?:to|and\s+see)|check\s+on|look\s+in\s+on|see|be\s+with|on\s+(?:her|his|their|the)\s+way\s+to\s+(?:help|see|check\s+on))\s+(?:him|her|them|you|${YOUR_RELATIVE_EN})\b[^.!?]{0,30}?\b(?:now|right\s+away|immediately|next|shortly|asap|as\s+we\s+speak)(?![\p{L}])` +
        String.raw`|(?:he|she|they|${YOUR_RELATIVE_EN})(?:['’]s|['’]re|\s+is|\s+are|\s+has|\s+have)\s+(?:been\s+|just\s+been\s+|now\s+been\s+)?(?:moved|taken|brought|admitted|transferred)\s+(?:up\s+|over\s+)?to\s+(?:a|the|his|her|their|your)\s+(?:[\p{L}-]+\s+)?(?:room|bed|floor|unit|ward)(?![\p{L}])`,
    ),
    why: 'sends care to one person right now',
  },
  {
    // The next session of a course of treatment: "good luck with round three", "see her back for her next port flush".
    // "Round two of the hiring fair" is somebody else's round.
    pattern: wordPattern(
      String.raw`(?:good|best\s+of)\s+luck\s+(?:with|on|for|at|in)\s+(?:(?:the|your|his|her|their)\s+)?(?:${ORDINAL}\s+${COURSE}|(?:round|cycle|session)\s+${COUNT}(?![\p{L}\d]))(?!\s+of\s)` +
        String.raw`|see\s+(?:you|him|her|them)\s+(?:back\s+|again\s+)?(?:for|at)\s+(?:your|his|her|their)\s+next(?![\p{L}])`,
    ),
    why: 'looks ahead to the next session of their treatment',
  },
  {
    // Caregivers passing on how someone is doing knew them as a patient: "the NICU team says she's gaining weight",
    // "the nurses say you rock that bald head". "Our team says you're welcome" only answers thanks.
    pattern: wordPattern(
      String.raw`${STAFF}\b[^.!?]{0,30}?\b(?:says?|said|tells?\s+(?:us|me)|told\s+(?:us|me)|reports?|reported)\s+(?:that\s+)?(?:he|she|they|you(?!['’]re\s+welcome|\s+are\s+welcome)|${YOUR_RELATIVE_EN}|the\s+(?:baby|little\s+one|twins))(?:['’](?:s|re)|\s+(?:is|are|was|were|has|have|did|looks?|rocks?|rock))(?![\p{L}])`,
    ),
    why: 'passes on word from the people caring for them',
  },
  {
    // "Which is why the pharmacist couldn't switch it" explains what staff did in the reader's own encounter.
    pattern: wordPattern(
      String.raw`(?:that['’]s|that\s+is|this\s+is|which\s+is|which['’]s)\s+why\s+(?:the|your)\s+(?:[\p{L}-]+\s+)?(?:pharmacist|nurse|doctor|physician|surgeon|tech|technician|therapist|provider|aide|front\s+desk|scheduler|[\p{L}]+ologist)s?\s+(?:couldn['’]t|could\s+not|didn['’]t|did\s+not|wasn['’]t\s+able\s+to|was\s+unable\s+to|wouldn['’]t|would\s+not|had\s+to|needed\s+to)(?![\p{L}])`,
    ),
    why: 'explains what our staff did in their encounter',
  },
  {
    // Hope for a healing body part, a little one or a new walker is hope for a patient: "hope the wrist site has
    // healed up", "glad the new walker is working out", "sleeping better since the tubes".
    pattern: wordPattern(
      String.raw`(?:hope|hoping|glad|happy|relieved|wish)\b[^.!?]{0,30}?(?:(?:the\s+)?little\s+(?:one|guy|girl|man|lady)|the\s+baby|kiddo|(?:the|your|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:site|incision|wound|stitches|cast|scar|splint|boot|brace|walker|cane|crutches|wheelchair|knee|hip|shoulder|ankle|wrist|back|ears?|eyes?|arm|leg|foot|hand|tooth|throat|chest))(?:['’]s|\s+(?:is|are|was|were|has|have)(?:\s+been)?)?\s+(?:(?:all|finally|now|already)\s+)?(?:heal(?:ed|ing)(?:\s+up)?|(?:feeling|sleeping|eating|breathing|hearing|walking)\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?(?:better|easier)|on\s+the\s+mend|recovering|working\s+out|helping)(?![\p{L}])` +
        String.raw`|(?:better|easier|improved)\s+since\s+(?:the|his|her|your|their)\s+(?:tubes|surgery|procedure|operation|shots?|injections?|meds|medication|new\s+[\p{L}-]+)(?![\p{L}])`,
    ),
    why: 'hopes a patient is healing',
  },
];

// "The care team can only share what he has authorized": the team caring for someone named in the third person.
const THEIR_CARE_TEAM = wordPattern(String.raw`(?:the|his|her)\s+care\s+team`);
const THIRD_PERSON = /(?<![\p{L}])(?:he|she|him|his|he['’]s|she['’]s)(?![\p{L}])/iu;

// "See u next yr" or "see you next time" to someone who got a flu shot books their next one, as "see you at your next visit" does; a reply
// that announces an event ("see you next year at the 5K") is meeting them there instead.
const NEXT_VISIT = wordPattern(String.raw`see\s+you\s+(?:all\s+)?(?:again\s+)?next\s+(?:year|yr|month|season|fall|winter|spring|summer|time)(?![\p{L}])(?!\s+(?:at|for)\s)`);
const EVENT = /(?<![\p{L}])(?:run|walk|race|5k|10k|fair|gala|picnic|festival|party|celebration|drive|tournament|camp|class|event|parade|concert|luncheon|fundraiser)(?![\p{L}])/iu;

export function careNow(draft: string): Finding[] {
  const out = SHAPES.flatMap(({ pattern, why }) =>
    hits(draft, pattern).map((hit) => finding('care_relationship', 'block', hit, `"${hit.text}" ${why}, which confirms they are our patient.`, 'Say "your experience" or "what you describe", and take the details to a private conversation.')),
  );
  if (!UPCOMING_EVENT.test(draft) && !EVENT.test(draft)) {
    for (const hit of hits(draft, NEXT_VISIT)) out.push(finding('care_relationship', 'block', hit, `"${hit.text}" books the reader's next visit, which confirms they are our patient.`, 'Thank them without looking ahead to their next visit.'));
  }
  for (const hit of hits(draft, THEIR_CARE_TEAM)) {
    if (!THIRD_PERSON.test(sentenceAround(draft, hit.start, hit.end).text)) continue;
    out.push(finding('care_relationship', 'block', hit, `"${hit.text}", said of someone in particular, confirms they are in our care.`, 'Explain the release process in general terms ("a patient can authorize…").'));
  }
  return out;
}
