// Arguing with or correcting a patient in public escalates the complaint and often discloses care details
// to win the point. A warning, not a block: the sentence may be fine once reworded.
import { finding, hits, wordPattern } from './match.js';
import type { Rule } from './types.js';

const BLAME = wordPattern(
  [
    String.raw`you\s+(?:failed|neglected|forgot|refused|declined|chose|decided)\s+to`,
    // "the nurse who saw you didn't listen" blames the nurse, not the reader.
    String.raw`(?<!(?:who|that|make\s+sure|ensure)\s+(?:[\p{L}]+(?:\s+[\p{L}]+)?\s+)?)you\s+(?:(?:simply|just|clearly|also|still)\s+)?(?:did\s+not|didn['’]t|never)\s+(?:follow|call|show|tell|inform|provide|bring|return|mention|disclose|pay|read|comply|wait|confirm|respond|answer|cancel)`,
    String.raw`you\s+(?:should|could|would)\s+have`,
    String.raw`usted\s+no\s+(?:presentó|trajo|llamó|siguió|completó|envió|avisó|pagó|llenó|firmó|respondió|mostró)`,
    String.raw`if\s+you\s+had(?:\s+(?:only|just))?`,
    String.raw`(?:as\s+)?you\s+were\s+(?:told|informed|advised|instructed|warned|notified)`,
    String.raw`you\s+were\s+(?:being\s+)?(?:rude|aggressive|abusive|disruptive|belligerent|combative|hostile|yelling|intoxicated|drunk|noncompliant|non-compliant|late)`,
    String.raw`you\s+(?:left|walked\s+out)\s+(?:before|against|without)`,
    String.raw`against\s+medical\s+advice`,
    String.raw`you\s+were\s+(?:not|never)\s+(?:mistreated|ignored|neglected|harmed|disrespected|dismissed|rushed)`,
    String.raw`(?:explained|told|informed|reminded|warned|showed)\s+(?:[^.!?]{0,40}?\s)?(?:to\s+)?you\s+(?:several|multiple|many|numerous|two|three|more\s+than\s+once|repeatedly|again)`,
    String.raw`(?:doesn['’]t|does\s+not|don['’]t|do\s+not)\s+reflect\s+what\s+(?:actually\s+|really\s+)?happened`,
    String.raw`you\s+(?:may\s+have\s+|must\s+have\s+)?(?:misunderstood|misheard|misread|misremember(?:ed)?|confused)`,
    String.raw`usted\s+no\s+(?:quiso|siguió|cumplió|llamó|esperó|trajo|tomó|se\s+presentó|leyó)`,
    String.raw`you\s+(?:arrived|showed\s+up|came\s+in)\s+(?:intoxicated|drunk|high|impaired|without)`,
    String.raw`you\s+(?:arrived|showed\s+up|came|were)\s+(?:\d+\s+minutes\s+)?late|you\s+missed\s+(?:your|the|several|multiple)`,
    String.raw`(?:our\s+(?:staff|team|nurses|doctors)|we)\s+did\s+(?:nothing\s+wrong|everything\s+(?:right|correctly|by\s+the\s+book))`,
    String.raw`(?:do\s+not|don['’]t|does\s+not|doesn['’]t)\s+support\s+your\s+(?:claims?|account|version|story|allegations?)`,
    String.raw`(?:that|this|it)(?:\s+is|['’]s)\s+(?:simply\s+|just\s+|absolutely\s+)?(?:not\s+(?:true|accurate|correct|what\s+happened|the\s+case)|false|untrue|inaccurate|incorrect|a\s+lie|misleading)`,
    String.raw`(?:your|this)\s+(?:review|post|account|version|claim|story)\s+(?:is|contains)\s+(?:(?:pretty|very|quite|rather|a\s+bit|somewhat|highly|really|simply|completely)\s+)?(?:false|untrue|inaccurate|misleading|not\s+accurate|exaggerated)`,
    // Pointing at the sign, the flyer or the camera: the reader should have known, or is not believed.
    String.raw`(?:clearly|plainly|prominently)\s+(?:posted|listed|marked|signed|stated|displayed)|(?:posted|listed|marked|displayed)\s+(?:at|on)\s+every|(?:shouldn['’]t|should\s+not)\s+have\s+been\s+(?:a\s+)?(?:surprise|surprising|news)|(?:está|estaba|están|estaban)\s+(?:publicad|anunciad|señalad)[oa]s?\s+en`,
    String.raw`(?:isn['’]t|is\s+not|wasn['’]t|was\s+not)\s+what\s+(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:footage|cameras?|records?|logs?|video|witnesses|staff)\s+(?:shows?|showed|says?|said|recorded)|our\s+(?:security\s+)?(?:footage|cameras?|video)\s+(?:shows?|showed|clearly)`,
    String.raw`(?:your|this|the)\s+(?:review|post|story|account)\s+(?:leaves\s+out|omits|fails\s+to\s+mention|doesn['’]t\s+mention|does\s+not\s+mention|neglects\s+to\s+mention)|(?:you\s+were|were)\s+asked\s+(?:\p{L}+\s+times|repeatedly|several\s+times|multiple\s+times|more\s+than\s+once)`,
    String.raw`you\s+(?:literally|actually|clearly|obviously)\s+(?:\p{L}+ed|left|came|went|got|took|drove|parked|ran)(?![\p{L}])|usted\s+llegó\s+(?:tarde|cuando|después)`,
    String.raw`(?:you\s+are|you['’]re)\s+(?:wrong|mistaken|lying|exaggerating|misrepresenting)`,
    // A duty laid on every patient, said to one who complains, lays the fault on them: "it's every patient's responsibility
    // to follow it", "patients are responsible for knowing their benefits".
    String.raw`(?:it['’]s|it\s+is|it\s+was|that['’]s|that\s+is|remains)\s+(?:ultimately\s+|always\s+)?(?:every|each|the|a)\s+(?:patient|visitor|customer|guest|member|parent|caregiver)['’]s\s+(?:own\s+)?responsibility|(?:patients|visitors|customers|members|parents)\s+are\s+(?:ultimately\s+|solely\s+|always\s+)?responsible\s+for|es\s+responsabilidad\s+(?:de\s+(?:cada|todo)\s+paciente|del\s+paciente)`,
    String.raw`(?:your\s+own\s+fault|you\s+(?:caused|brought)\s+this|responsibility\s+(?:was|is)\s+yours|it\s+was\s+your\s+responsibility)`,
    String.raw`(?:according\s+to|per)\s+our\s+records`,
    String.raw`(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:records|notes|chart|staff|system|logs?|schedule|files?)\s+(?:we\s+\p{L}+\s+)?(?:shows?|indicates?|says?|reflects?)\s+(?:that\s+)?your?(?![\p{L}])`,
    // A system or log cited as proof, whatever it is said to show: "our system shows three reminder texts were sent".
    String.raw`(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:system|logs?)\s+(?:clearly\s+)?(?:shows?|showed|indicates?|indicated|reflects?|confirms?|confirmed)(?![\p{L}])`,
    // Flat denials of the reader's account: "that isn't accurate", "that's not how we operate", "specimens don't get lost here".
    String.raw`(?:that|this|it)\s+(?:isn['’]t|wasn['’]t|is\s+not|was\s+not)\s+(?:true|accurate|correct|what\s+happened|the\s+case)|(?:that|this)(?:['’]s|\s+is)\s+not\s+how\s+we\s+(?:operate|work|do\s+things)|(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+(?:get\s+lost|go\s+missing)\s+(?:at|in|here)|(?:does\s+not|doesn['’]t|do\s+not|don['’]t|would\s+never|never)\s+turn\s+(?:anyone|anybody|people|patients)\s+away`,
    String.raw`you\s+(?:never|(?:still\s+)?(?:haven['’]t|have\s+not)(?:\s+yet)?)\s+(?:returned|return|sent|send|signed|sign|submitted|submit|brought|bring|picked\s+up|pick\s+up|completed|complete|filled\s+out|fill\s+out|showed\s+up|show\s+up|called|call|paid|pay|responded|respond|answered|answer)(?![\p{L}])`,
    String.raw`had\s+you\s+(?:followed|called|come|read|listened|told|taken|waited|arrived|brought)`,
    String.raw`your\s+(?:[\p{L}]+\s+){0,3}?(?:is|was|are|were)\s+(?:simply\s+|completely\s+|totally\s+|greatly\s+|highly\s+)?(?:false|untrue|inaccurate|misleading|exaggerated|wrong|incorrect|not\s+accurate|not\s+true)`,
    String.raw`you\s+need\s+to\s+understand|(?:please\s+)?understand\s+that\s+you`,
    String.raw`(?:there\s+were|we\s+had)\s+(?:sicker|more\s+critical|more\s+urgent)\s+patients`,
    String.raw`(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+on\s+you|you\s+were\s+the\s+one\s+who|before\s+(?:accusing|blaming|attacking)\s+us|you\s+(?:ignored|disregarded|refused)\s+(?:the|our|his|her|their)`,
    // Vouching for the call the reader complains of: "a pressure of 180/110 is not nothing — our nurse did exactly the right thing".
    String.raw`(?:our\s+(?:[\p{L}-]+\s+){0,2}(?:staff|team|nurses?|doctors?|providers?|paramedics?|crew|medics?|aides?)|we)\s+(?:did\s+(?:exactly\s+|absolutely\s+|just\s+)?the\s+right\s+thing|made\s+the\s+(?:right|correct)\s+call)|(?:is|was)\s+(?:not|n['’]t)\s+(?:nothing|an\s+overreaction)(?![\p{L}])`,
    String.raw`(?:our\s+(?:[\p{L}-]+\s+){0,2}(?:staff|team|employees?|nurses?|doctors?|guards?|officers?)|we)\s+did\s+nothing\s+wrong|(?:answered|addressed|responded\s+to)\s+(?:this|the)\s+same\s+(?:complaint|issue|question)`,
    String.raw`as\s+(?:(?:our|the|your)\s+[\p{L}-]+|we|i)\s+(?:already\s+)?(?:explained|told|said)\s+(?:to\s+)?you`,
    // The cause placed on the reader ("the delay was due to your forms"), or on patients like them.
    String.raw`(?:due\s+to|because\s+of|caused\s+by|the\s+result\s+of)\s+your\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:forms?|paperwork|behaviou?r|actions?|choices?|decision|failure|lateness|tardiness|delay|mistake|error|attitude|conduct|refusal)`,
    String.raw`(?:our\s+(?:[\p{L}-]+\s+){0,2}(?:staff|team|nurses?|doctors?|providers?)|we)\s+(?:followed|acted\s+(?:according\s+to|within))\s+(?:all\s+|the\s+|our\s+)?(?:protocols?|procedures?|policy|policies|guidelines|standards)`,
    String.raw`patients\s+who\s+(?:are|were|become|get)\s+(?:rude|abusive|aggressive|disruptive|hostile|violent)\b[^.!?]{0,40}?\b(?:should|will|must|can)\s+expect`,
    String.raw`(?:lo\s+que\s+usted\s+(?:describe|dice|cuenta)|su\s+(?:versión|relato|reseña))\s+no\s+es\s+(?:cierto|verdad|exacto)`,
    String.raw`(?:usted|tú)\s+no\s+(?:siguió|cumplió|llamó|se\s+presentó)|(?:eso|esto)\s+(?:no\s+es\s+(?:cierto|verdad)|es\s+falso)|según\s+nuestros\s+registros`,
    // "Así no es como trabajamos", "no es así como operamos": the flat "that's not how we operate", in Spanish.
    String.raw`(?:así|eso)\s+no\s+es\s+como\s+(?:trabajamos|operamos|funcionamos|hacemos\s+las\s+cosas)|no\s+es\s+así\s+como\s+(?:trabajamos|operamos|funcionamos)`,
    // Denying we were the cause, or sending the reader to look again, disputes their account all the same.
    String.raw`(?:do\s+not|don['’]t)\s+(?:believe|think)\s+(?:that\s+)?(?:our|we|the\s+(?:hospital|clinic))(?![\p{L}])[^.!?]{0,40}?(?:was|were|is|are)\s+(?:the\s+)?(?:cause|responsible|to\s+blame|at\s+fault)`,
    String.raw`you\s+(?:heard|saw|noticed|experienced)\s+(?:was|were)\s+not\s+(?:our|from\s+(?:us|our))|maybe\s+(?:take\s+a\s+look|check|read|look)(?![\p{L}])[^.!?]{0,30}?before`,
    // An owner defending the practice: disagreeing, calling the review unfair, vouching that nobody did it.
    String.raw`(?:we|i)\s+(?:strongly\s+|respectfully\s+|completely\s+)?disagree|misrepresent\p{L}*|won['’]t\s+apologi[sz]e|(?:unfair|inaccurate|untrue)\s+(?:and|or)\s+(?:unfair|inaccurate|untrue)|(?:not|isn['’]t)\s+a\s+fair(?:\s+or\s+accurate)?\s+(?:description|picture|representation|review|account)|(?:a\s+)?(?:fair|accurate)\s+picture|(?:hurtful|unfair)\s+and\s+(?:inaccurate|untrue|false)|reviews?\s+like\s+this\s+(?:is|are)\s+unfair`,
    String.raw`(?:nobody|no\s+one)\s+(?:on|in|at)\s+our\s+(?:[\p{L}-]+\s+)?(?:staff|office|team|clinic|practice)\s+(?:\p{L}+\s+)?(?:yells|yelled|lied|lies|shouts|shouted|was\s+rude|is\s+rude)|(?:has|have)\s+never\s+(?:yelled|shouted|lied|been\s+rude)|(?:that['’]s|that\s+is)\s+not\s+what\s+happens\s+here|we\s+stand\s+(?:by|behind)\s+(?:them|him|her|our\s+(?:team|staff|providers?|clinicians|nurses|doctors|therapists|optometrists))|(?:patients|people)\s+who\s+(?:actually\s+)?(?:do|follow|take|complete)\s+(?:their|the)\s+`,
    // Citing what was documented or done against the reader's account of it.
    String.raw`(?:our|your|the)\s+(?:provider|doctor|physician|therapist|nurse|dentist|hygienist|team|clinician)\s+documented|(?:left|sent)\s+you\s+(?:\p{L}+\s+)?(?:voicemails?|messages?|letters?|reminders?|notices?)|tried\s+(?:calling|to\s+call|reaching|to\s+reach|contacting)\s+[^.!?]{0,40}?(?:twice|\d+\s+times|three\s+times|several\s+times|multiple\s+times|repeatedly)|you\s+(?:missed|cancell?ed)\s+without\s+(?:calling|notice)|\d+\s+(?:minutes|hours|days)(?:\s+[\p{L}-]+){0,3},?\s+not\s+\d+|,?\s+not\s+an?\s+(?:error|mistake)|(?:not|wasn['’]t|isn['’]t)\s+(?:an?\s+)?(?:error|mistake|fault|failure)\s+(?:on\s+our\s+(?:side|part|end)|of\s+ours)|(?:charges?|bill|balance|copays?|fees?|amounts?)\s+(?:is|are|was|were)\s+(?:correct|accurate|valid)`,
    String.raw`no\s+refleja\s+la\s+realidad|es\s+injust[oa]|no\s+es\s+correcto\s+decir|per\s+our\s+(?:notes|chart|files)`,
    // Our records cited against the reader's account ("our records show the session was marked as a no-show", "… that
    // a reminder was sent"), and a charge or a decision said not to be a mistake ("so the $85 balance isn't a mistake").
    // Records that bear the reader out ("the booking did come through") dispute nothing.
    String.raw`our\s+(?:[\p{L}-]+\s+)?(?:records|notes|chart|charts|files?|logs?|documentation)\s+(?:clearly\s+|also\s+)?(?:show|showed|shows|indicate|indicated|indicates|say|said|says|reflect|reflected|reflects|confirm|confirmed|confirms|state|stated|states)(?![\p{L}])(?=[^.!?]{0,60}?(?<![\p{L}])(?:no[-\s]?show|missed|(?:was|were)\s+(?:marked|seen|called|sent|given|notified|reminded|told|informed|offered|discharged|cancell?ed|late|printed|included|listed|documented|provided|explained|reviewed|mailed|emailed)|you\s+(?:never|didn['’]t|did\s+not|were|left|declined|refused|arrived|cancell?ed|received|signed))(?![\p{L}]))|(?:is|was|are|were)(?:n['’]t|\s+not)\s+(?:an?\s+)?(?:mistake|error|billing\s+error)(?![\p{L}])|nuestros\s+registros\s+(?:muestran|indican|dicen)`,
    // Counting our attempts to reach the reader answers "you ghosted me" with our side of it: "our team emailed you twice".
    String.raw`(?:we|our\s+(?:[\p{L}-]+\s+){0,2}?(?:team|office|staff|recruiters?|scheduler|schedulers|nurse|front\s+desk))\s+(?:already\s+|actually\s+)?(?:emailed|called|texted|messaged|contacted|mailed|phoned|wrote\s+to|reached\s+out\s+to)\s+you\s+(?:twice|three\s+times|several\s+times|multiple\s+times|many\s+times|repeatedly|more\s+than\s+once|\d+\s+times)`,
    String.raw`fue\s+usted\s+quien|usted\s+fue\s+quien|you\s+no[-\s]?showed|(?:explained|stated|listed|outlined|disclosed|written)\s+(?:on|in)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:form|paperwork|consent|waiver|agreement)\s+you\s+signed`,
  ].join('|'),
);

export const blaming: Rule = (draft) =>
  hits(draft, BLAME).map((hit) =>
    finding('blaming', 'warn', hit, `"${hit.text}" argues with or blames the reader.`, 'Acknowledge their experience without disputing it, and move the conversation offline.'),
  );
