// A date or time of service ties the reply to a specific encounter, which identifies the patient even
// without a name. Calendar dates always count; relative ones ("last Tuesday", "yesterday") only when the
// sentence is about coming in for care, so "thank you for writing yesterday" passes.
import { addressesReader, finding, hits, sentenceAround, wordPattern } from './match.js';
import type { Finding, Rule } from './types.js';

const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const MONTHS_ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DAYS_ES = 'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo';
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

const CALENDAR = wordPattern(
  [
    String.raw`(?:${MONTHS_EN})\.?\s+${ORDINAL}(?:,?\s+\d{4})?`,
    String.raw`(?:(?:on|of|from|since)\s+)?(?:the\s+)?${ORDINAL}\s+of\s+(?:${MONTHS_EN})`,
    String.raw`(?:(?:on|of|from|since|was|is|${DAYS_EN}),?)\s+the\s+\d{1,2}(?:st|nd|rd|th)(?!\s+(?:floor|street|st|avenue|ave|level|wing|anniversary|year))`,
    String.raw`(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/\d{2,4})?|(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-\d{2,4}`,
    String.raw`\d{4}-\d{2}-\d{2}`,
    String.raw`(?:el\s+)?\d{1,2}\s+de\s+(?:${MONTHS_ES})(?:\s+(?:de|del)\s+\d{4})?`,
  ].join('|'),
);

const RELATIVE = wordPattern(
  [
    String.raw`(?:last|this\s+past|past|on|this)\s+(?:${DAYS_EN})(?:\s+(?:morning|afternoon|evening|night))?`,
    // "See you Wednesday for your session": the reader's next visit, booked.
    String.raw`(?<=see\s+(?:you|u|y['’]all)\s+(?:again\s+)?(?:on\s+|this\s+|next\s+)?)(?:${DAYS_EN})(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`(?:last|this\s+past)\s+(?:week|weekend|night|nite|month|evening)`,
    String.raw`(?:${DAYS_EN})\s+(?:morning|afternoon|evening|night)`,
    // "Saturday's triage delays": the day owns the encounter.
    String.raw`(?:${DAYS_EN})['’]s`,
    String.raw`yesterday(?:\s+(?:morning|afternoon|evening))?`,
    String.raw`earlier\s+(?:today|this\s+(?:week|morning))`,
    // "Our nurse practitioner said she was such a trooper today": a day of care, when the sentence tells of it.
    String.raw`today|tonight`,
    String.raw`this\s+(?:morning|afternoon)`,
    String.raw`(?:a\s+few|two|three|several|\d+)\s+(?:days|weeks|nights)\s+ago`,
    String.raw`the\s+other\s+(?:day|night)`,
    String.raw`over\s+the\s+(?:long\s+|holiday\s+)?(?:holiday|weekend)`,
    String.raw`(?:on\s+)?(?:new\s+year['’]?s|christmas|thanksgiving|memorial\s+day|labor\s+day|easter)(?:\s+(?:eve|day|weekend))?`,
    String.raw`(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|(?:at\s+)?\d{1,2}:\d{2}`,
    String.raw`(?:el\s+)?(?:${DAYS_ES})\s+pasado`,
    String.raw`(?:el\s+)?(?:pasado|último)\s+(?:${DAYS_ES})`,
    String.raw`(?:ayer|anoche|antier|anteayer)`,
    String.raw`(?:la\s+)?semana\s+pasada`,
    String.raw`hace\s+(?:unos|dos|tres|\d+)\s+días`,
    // Last, so "el martes pasado" is matched whole first.
    String.raw`(?:el\s+)?(?:${DAYS_ES})(?:\s+(?:por\s+la\s+(?:mañana|tarde|noche)))?`,
  ].join('|'),
);

// Sentences about arriving or being cared for: a relative date there names the encounter.
const ENCOUNTER = wordPattern(
  String.raw`(?:nurses?|doctors?|physicians?|practitioners?|providers?|techs?|therapists?|[\p{L}]+ologists?|staff|team)\s+(?:said|says|told\s+(?:us|me))\s+(?:that\s+)?(?:you|he|she|they)\s+(?:was|were|did|had)|came\s+in|came\s+to|(?:great|nice|good|lovely|wonderful|fun|a\s+(?:joy|pleasure))\s+(?:seeing|to\s+see|meeting|to\s+meet)\s+you|(?:glad|happy|relieved|grateful|thankful)\s+(?:that\s+)?you\s+(?:reached\s+out|called|came\s+(?:in|to\s+us|by)|stopped\s+by|walked\s+in|got\s+(?:help|in|seen))|your\s+(?:next\s+)?(?:session|sessions|treatment|infusion|dialysis|therapy|checkup|check-up|cleaning|shot|dose)|drove\s+(?:in|over|here|up)|(?:sorry|apologi[sz]e|apologies)\s+(?:again\s+)?(?:about|abt|for)(?=\s+(?:yesterday|today|last\s|this\s+(?:morning|afternoon)|the\s+other\s+day|(?:${DAYS_EN})(?![\p{L}])))|(?:lamentamos|sentimos|disculpe|disculpas\s+por)\s+(?:mucho\s+)?lo\s+(?:ocurrido|sucedido|que\s+(?:pasó|vivió|ocurrió))|(?:${DAYS_EN}|yesterday|today)['’]s\s+(?:[\p{L}-]+\s+)?(?:discharge|admission|surgery|appointment|appt|procedure|visit|stay|triage|delays?|wait)|esperar|esper[óo]|visited|your\s+visit|were\s+(?:here|seen|admitted|discharged|treated|in|at)|was\s+(?:here|seen|admitted|discharged|treated|triaged|roomed|registered)|arrived|checked\s+in|got\s+(?:there|here)|brought|bringing|stayed|your\s+(?:[\d:]+\s*(?:am|pm|a\.m\.|p\.m\.)?\s+)?(?:appointment|appt|slot|stay|surgery|procedure|admission|discharge|delivery|test|scan|care|treatment|prescription|medication|results)|(?:the|our)\s+(?:[\p{L}\d-]+\s+)?(?:er|ed|emergency|clinic|hospital|unit|floor|waiting\s+room|lobby)|(?:went|go|goes|going)\s+(?:so\s+|really\s+)?(?:smoothly|well|great|fine|quickly|fast)\s+for\s+you|your\s+experience|(?:er|ed|emergency|clinic|hospital|urgent\s+care)\s+(?:visit|stay|trip)s?|(?:got|get|could\s+get)\s+(?:you|him|her|them)\s+in(?![\p{L}])|in\s+and\s+out|(?:were|was)\s+(?:her|his|their|our|my)\s+(?:very\s+)?(?:first|last|final)\s+(?:patient|draw|stick|delivery|baby|case|scan|appointment|visit)|what\s+happened|charge\s+nurse|hallway|stretcher|gurney|running\s+(?:behind|late)|(?:the|our)\s+(?:OR|operating\s+room)(?![\p{L}])|(?:the|your|a)\s+(?:long\s+)?wait(?![\p{L}])|been\s+waiting|waited|(?:kept|left|sat|stood|stuck)\s+(?:\p{L}+\s+)?waiting|(?:la|su)\s+(?:larga\s+)?espera(?![\p{L}])|(?:since|until)\s+(?=\d)|shift|on\s+duty|vino|estuvo|llegó|fue\s+atendid[oa]|ingresó|dad[oa]\s+de\s+alta|ingresad[oa]|su\s+(?:visita|cita|estancia|cirugía)|(?:the|your)\s+(?:[\p{L}\d.:-]+\s+){0,2}?(?:discharge|admission|surgery|appointment|procedure|visit|stay|check-in|triage)`,
  'iu',
);

// "Your Tuesday/Thursday/Saturday shift": the reader's own standing days, as dialysis and infusion patients keep them.
// A single "your Tuesday shift" may be an employee's, so a shift counts only as a list of days.
const DAY = String.raw`(?:${DAYS_EN}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)`;
const DAY_LIST = String.raw`${DAY}s?(?:\s*(?:/|,|&|and)\s*${DAY}s?)+`;
const YOUR_DAYS = wordPattern(
  String.raw`your\s+(?:${DAY_LIST}\s+(?:shifts?|chairs?|slots?|runs?)|(?:${DAYS_EN})s?(?:\s*(?:/|,|&|and)\s*${DAY}s?)*\s+(?:slots?|sessions?|treatments?|appointments?|appts?|visits?|infusions?|dialysis|therapy|chairs?))(?![\p{L}])`,
);
// "Over the holiday weekend our urgent care saw record volumes", after an apology: how busy we were then explains the
// reader's own wait, so the time is theirs.
const BUSY_THEN = wordPattern(String.raw`(?:saw|had|handled)\s+(?:record|unusually\s+high|very\s+high|high|heavy)\s+(?:volumes?|numbers|demand)|(?:was|were)\s+(?:slammed|swamped|overwhelmed|short-?staffed)`, 'iu');
const APOLOGY = /(?<![\p{L}])(?:sorry|apologi[sz]e|apologies|lamentamos|sentimos)(?![\p{L}])/iu;

// Dates of events we invite people to ("our health fair on May 10") are about us, not a visit.
export const UPCOMING_EVENT = wordPattern(
  String.raw`join\s+us|los\s+esperamos|l[oa]s\s+invitamos|(?:ofrecerá|ofreceremos|ofrecemos)|(?:clase|clases|taller|charla|jornada|campaña)(?![\p{L}])|see\s+you\s+at|look\s+forward\s+to\s+seeing|(?:health|community|job|career|hiring|wellness|resource)\s+fair|event|open\s+house|webinar|seminar|class|classes|grand\s+opening|(?:blood|food|toy|donation)\s+drive|fundraiser|gala|5k|walk-ins\s+welcome|will\s+(?:open|reopen|close|begin|start)|(?:opens|reopens|starting|beginning)\s+(?:on\s+)?(?:${MONTHS_EN})|free\s+(?:for\s+everyone|to\s+the\s+public|to\s+all)|open\s+to\s+(?:all|everyone|the\s+public)|(?:we['’]re|we\s+are|now)\s+offering|feria|evento` +
  // "Mark your calendars: our travel health info night is April 3": an invitation, however the event is called.
  String.raw`|mark\s+(?:your|the)\s+calendars?|save\s+the\s+date|(?:info(?:rmation(?:al)?)?|education(?:al)?|q\s*&\s*a|trivia|movie|family)\s+(?:night|session|evening)s?`, 'iu');

// "Visiting hours are 8 am to 8 pm": times that describe when we are open.
// A range of times ("between 6:45 and 7:30", "de 9 a. m. a 1 p. m.") is a schedule, not a moment someone came in.
// "1–5 pm" puts the meridiem on the end of the range only.
const OPENING_HOURS = wordPattern(String.raw`\d{1,2}(?::\d{2})?\s*(?:to|until|till|-|–)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|between\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s+and\s+\d|entre\s+las\s+\d[^.!?]{0,12}?\s+y\s+las\s+\d|de\s+\d{1,2}(?::\d{2})?\s*(?:a\.\s?m\.|p\.\s?m\.)\s+a\s+\d|(?<!\d\s)(?<!\d)hours|open\s+(?:from|until|till|at|daily|every|24|around\s+the\s+clock|all\s+(?:day|night|year))|24\/7|(?:hours|days)\s+a\s+(?:day|week|year)|opens|closes|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s*(?:to|until|till|-|–)\s*\d|horario|abierto`, 'iu');

// "Tours every Saturday at 10 am", "story time every first Saturday", "all visitors enter through the ER after 9 pm": a time that recurs, or a rule
// for everyone, is a schedule too.
// So are days said in the plural or as a span: "walk-ins Tuesdays 1–5 pm", "Monday through Saturday starting at 6:30 am",
// "weekdays", "lunes a viernes".
const RECURRING = wordPattern(String.raw`(?:on\s+)?(?:${DAYS_EN})s|weekdays|weeknights|weekends|(?:${DAYS_EN}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s*(?:through|thru|to|-|–)\s*(?:${DAYS_EN}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![\p{L}])|(?:de\s+)?(?:${DAYS_ES})\s+a\s+(?:${DAYS_ES})|every\s+(?:(?:first|second|third|fourth|last|other)\s+)?(?:day|night|morning|evening|weekday|weekend|(?:${DAYS_EN})s?)|each\s+(?:day|night|morning|evening|(?:${DAYS_EN}))|daily|nightly|all\s+(?:visitors|guests|patients|families)|(?:visitors|guests)\s+(?:must|may|should|need|can|enter|use|park|check\s+in|sign\s+in|are\s+asked)|every(?:one|body)\s+(?:must|may|should|needs?|can|enters?|uses?|parks?|checks?\s+in|signs?\s+in|is\s+asked|comes?\s+in|goes)|cada\s+(?:(?:primer|segundo|tercer|último)\s+)?(?:día|noche|mañana|${DAYS_ES})|(?:primer|segundo|tercer|último)\s+(?:${DAYS_ES})\s+de\s+cada\s+mes|todos\s+los\s+(?:días|${DAYS_ES})|todas\s+las\s+(?:noches|mañanas)`, 'iu');

// "between 1 and 4 a.m. that night" is one night's log, found by looking into the reader's visit.
const ONE_OCCASION = wordPattern(String.raw`that\s+(?:night|morning|day|evening|afternoon|weekend|shift)|looked\s+into|we\s+(?:checked|reviewed)|esa\s+(?:noche|mañana|tarde)|ese\s+día`, 'iu');

// "Your mother's care was discussed with the unit's leadership this morning", "I spoke with the ER director yesterday":
// the time of our own follow-up, not of the visit, unless the words between name the visit ("reviewed your visit last
// Tuesday").
const OUR_FOLLOW_UP_BEFORE = /(?<![\p{L}])(?:discussed|reviewed|shared|forwarded|escalated|raised|passed\s+(?:along|on)|spoke|spoken|talked|met|followed\s+up)(?![\p{L}])[^.!?,;]{0,60}$/iu;
const VISIT_IN_GAP = /(?<![\p{L}])(?:(?:your|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:visit|stay|appointment|appt|surgery|procedure|admission|discharge|wait|delivery|exam|test|scan)|came\s+in|arrived|checked\s+in)(?![\p{L}])/iu;

function datesOurFollowUp(draft: string, sentenceStart: number, hitStart: number): boolean {
  const before = draft.slice(sentenceStart, hitStart);
  const verb = before.match(OUR_FOLLOW_UP_BEFORE);
  return Boolean(verb) && !VISIT_IN_GAP.test(verb![0]);
}

// "Thank you for the prayers, and all visitors enter through the ER after 9 pm": a rule for everyone in the time's own
// clause stays a schedule, even in a sentence that thanks the reader.
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(...[',', ';', '—', '–'].map((c) => text.lastIndexOf(c, start)), sentenceAround(text, start, end).start);
  const stops = [',', ';', '—', '–', '.', '!', '?'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

// "Both ERs are open 24 hours a day, including Thanksgiving": a day named in a sentence about when we are open is a
// schedule, even in an answer to the reader, unless the sentence looks back on a visit.
const WHEN_OPEN = /(?<![\p{L}])(?:open|opens|closed|closes|reopens?|24\/7)(?![\p{L}])/iu;
const LOOKS_BACK = /(?<![\p{L}])(?:was|were|came|visited|had|waited)(?![\p{L}])/iu;

export const serviceDate: Rule = (draft) => {
  const found: Finding[] = [];
  for (const hit of hits(draft, CALENDAR)) {
    const sentence = sentenceAround(draft, hit.start, hit.end).text;
    const event = UPCOMING_EVENT.test(sentence);
    if (event && !ENCOUNTER.test(sentence)) continue;
    // Announcements write dates out ("March 11"); "11/3" reads as a record being looked up.
    const numeric = /^\d/.test(hit.text);
    const personal = numeric || addressesReader(draft, hit.start, hit.end) || (ENCOUNTER.test(sentence) && !event);
    found.push(
      personal
        ? finding('service_date', 'block', hit, `"${hit.text}" is a date that can tie the reply to a specific visit.`, 'Leave dates out of public replies; the team can confirm details privately.')
        : finding('service_date', 'warn', hit, `"${hit.text}" is a date; make sure it is not the date of someone's visit.`, 'Keep dates for announcements of our own events.'),
    );
  }
  for (const hit of hits(draft, RELATIVE)) {
    const around = sentenceAround(draft, hit.start, hit.end);
    if (datesOurFollowUp(draft, around.start, hit.start)) continue;
    const sentence = around.text;
    // "We'll call you back tonight", "connect you with the unit's leadership today": the time of our follow-up.
    if (/^(?:today|tonight)$/iu.test(hit.text) && !LOOKS_BACK.test(sentence)) continue;
    const general = (UPCOMING_EVENT.test(sentence) || OPENING_HOURS.test(sentence) || RECURRING.test(sentence)) && !ONE_OCCASION.test(sentence);
    const busyThen = BUSY_THEN.test(sentence) && APOLOGY.test(draft);
    const openingDay = general && WHEN_OPEN.test(sentence) && !LOOKS_BACK.test(sentence) && !APOLOGY.test(sentence);
    if ((!ENCOUNTER.test(sentence) && !busyThen) || (general && (!addressesReader(draft, hit.start, hit.end) || RECURRING.test(clauseAround(draft, hit.start, hit.end)) || openingDay))) continue;
    found.push(
      finding('service_date', 'block', hit, `"${hit.text}" places the reader at our facility at a particular time.`, 'Remove the time reference; say "what you describe" instead.'),
    );
  }
  for (const hit of hits(draft, YOUR_DAYS)) {
    found.push(finding('service_date', 'block', hit, `"${hit.text}" gives the days the reader comes in for care.`, 'Leave their schedule out; say "what you describe" instead.'));
  }
  return found;
};
