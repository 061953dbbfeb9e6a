// English wordings that confirm someone was in our care: "your stay", "when you were admitted", "the nurses
// who treated your mother", "we hope you're feeling better".
import { CONDITIONS_EN, MEDICATIONS_EN, PROCEDURES_EN } from './clinical-lexicon.js';
import { ANY_MODIFIER, CARE_NOUNS_EN, MESSAGES, MODIFIERS_EN, RELATIVES_EN, RELATIVE_POSSESSIVE, YOUR_RELATIVE_EN } from './care-words.js';
import { alternation, wordPattern } from './match.js';
import { SOMEONE_BROUGHT_IN } from './third-party.js';

export const YOUR_CARE_EN = wordPattern(
  // A procedure or medication of "yours" ("your chemo") confirms treatment as much as "your visit".
  `your(?:\\s+${RELATIVE_POSSESSIVE})?(?:\\s+(?:${alternation(MODIFIERS_EN)}|${ANY_MODIFIER})){0,2}\\s+(?:${alternation([...CARE_NOUNS_EN, ...PROCEDURES_EN, ...MEDICATIONS_EN])}|[\\p{L}]+(?:ologist|iatrician|iatrist|ician)s?(?<!politicians?|musicians?|magicians?|electricians?|technicians?))`,
);


// Care staff, including any "-ologist" or "-iatrician".
// Anyone who treats, in any trade: "as your dentist", "our phlebotomists said you were the sweetest".
const CLINICIAN = String.raw`(?:[\p{L}]+ologists?|[\p{L}]+iatricians?|[\p{L}]+iatrists?|doctors?|physicians?|nurses?|surgeons?|providers?|dentists?|hygienists?|orthodontists?|optometrists?|opticians?|chiropractors?|pharmacists?|phlebotomists?|therapists?|counsell?ors?|midwi(?:fe|ves)|paramedics?|medics?|techs?|technicians?|technologists?|sonographers?|aides?|hospitalists?|pcps?|care\s+(?:team|providers?))`;
const STAFF = String.raw`(?:the\s+|your\s+|our\s+)?(?:[\p{L}]+ologists?|[\p{L}]+iatricians?|[\p{L}]+iatrists?|nurses?|doctors?|physicians?|surgeons?|hospitalists?|residents?|interns?|techs?|technicians?|therapists?|aides?|cnas?|midwi(?:fe|ves)|paramedics?|pharmacists?|phlebotomists?|providers?|specialists?|staff|team|er\s+doctor|attending)`;

export const PHRASES_EN = wordPattern(
  [
    `(?:when|while|since|after|before|the\\s+(?:day|night|time))\\s+(?:you|your\\s+${RELATIVE_POSSESSIVE}|${YOUR_RELATIVE_EN}|he|she|they)\\s+(?:came\\s+in|came\\s+(?:here|to\\s+(?:us|our|the\\s+(?:er|hospital|clinic|emergency)))|visited|arrived|stayed|checked\\s+in|(?:were|was)\\s+(?:here|in\\s+(?:our|the)\\s+(?:er|ed|icu|hospital|clinic|emergency|care|unit|waiting)|with\\s+us|at\\s+our|seen|admitted|discharged|treated|brought\\s+in|being\\s+(?:seen|treated)))`,
    `during\\s+(?:your|his|her|their)(?:\\s+[\\p{L}'’-]+){0,2}\\s+(?:visit|stay|time|admission|appointment|treatment|procedure|surgery|care|recovery|delivery|labor|hospitalization|exam|session|wait|check-in|transfer)`,
    `as\\s+your\\s+(?:(?:regular|family|primary|own)\\s+)?(?:${CLINICIAN}|treating\\s+[\\p{L}]+|hospital|clinic)`,
    `(?:you|${YOUR_RELATIVE_EN})\\s+(?:were|was|had\\s+been|have\\s+been|got|are\\s+being|were\\s+being)\\s+(?:admitted|readmitted|discharged|treated|seen|diagnosed|misdiagnosed|overmedicated|undermedicated|examined|prescribed|operated\\s+on|transferred|triaged|hospitalized|sedated|intubated|induced|evaluated|assessed|x-rayed|checked\\s+in|our\\s+patients?|a\\s+patient|in\\s+our\\s+care|under\\s+our\\s+care|in\\s+the\\s+(?:er|icu|nicu|emergency\\s+(?:room|department)|hospital)|here)`,
    `(?:you|${YOUR_RELATIVE_EN})\\s+(?:received|underwent|had|got)\\s+(?:(?:such|the|some|excellent|great|good|wonderful|amazing|compassionate|quality|top-notch|outstanding|poor|bad|substandard)\\s+){0,2}(?:care|treatment|surgery|a\\s+procedure|your\\s+procedure|an?\\s+(?:mri|ct|x-ray|ultrasound|scan|exam|biopsy|operation|infusion|injection|test))`,
    `(?:we|our\\s+(?:[\\p{L}-]+\\s+)?(?:team|staff|doctors?|nurses?|physicians?|providers?|surgeons?|er|ed|midwives|therapists?))\\s+(?:(?:could|were\\s+able\\s+to|got\\s+to|loved|enjoyed|were\\s+honored\\s+to)\\s+)?(?:treated|treating|saw|admitted|discharged|examined|diagnosed|operated\\s+on|cared\\s+for|care\\s+for|caring\\s+for|(?:took|take|taking)\\s+(?:such\\s+)?(?:(?:good|great|wonderful|excellent|amazing|special|fantastic)\\s+)?care\\s+of|sedated|transferred|triaged)\\s+(?:you|your\\s+(?!(?:${alternation(MESSAGES)})(?![\\p{L}]))[\\p{L}'’-]+)`,
    `(?:you|he|she|${YOUR_RELATIVE_EN})\\s+(?:were|was|got)\\s+(?:sent\\s+(?:home|upstairs|back|away)|left\\s+(?:in|on|alone|without|unattended)|released|kept\\s+(?:overnight|waiting)|moved\\s+to|given|roomed|placed|put\\s+(?:in|on)|taken\\s+(?:back|to)|called\\s+back|registered|in\\s+the\\s+hallway|on\\s+a\\s+stretcher)`,
    `(?:you|${YOUR_RELATIVE_EN})\\b[^.!?]{0,40}?\\b(?:to\\s+be|before\\s+being|without\\s+being)\\s+(?:seen|triaged|admitted|discharged|examined|treated|roomed|called\\s+back|evaluated|assessed)`,
    `(?:you|${YOUR_RELATIVE_EN})\\s+(?:spent|waited|sat|lay|laid|slept|stayed|experienced|endured|had|fell|were\\s+left|passed\\s+away|died|delivered|gave\\s+birth)\\b[^.!?]{0,40}?\\b(?:in|at|on)\\s+(?:our|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:er|ed|emergency\\s+(?:room|department)|icu|nicu|picu|hospital|waiting\\s+room|unit|clinic|urgent\\s+care|hallway|lobby|recovery\\s+room|triage|care)`,
    `(?:you|${YOUR_RELATIVE_EN})\\b[^.!?]{0,40}?\\b(?:while\\s+)?(?:in|under)\\s+our\\s+care`,
    `while\\s+(?:in|under)\\s+our\\s+care`,
    `(?:you|${YOUR_RELATIVE_EN})\\s+(?:get|got|getting|grow|grew|growing)\\s+(?:stronger|better|healthier)`,
    `the\\s+(?:day|night|evening|morning|afternoon|weekend)\\s+(?:you|${YOUR_RELATIVE_EN})\\s+(?:came|arrived|visited|were|was|got|checked)`,
    `(?:scheduled|booked|arranged|ordered|prescribed|set\\s+up)\\s+for\\s+(?:you|${YOUR_RELATIVE_EN})`,
    // Without "your", the moment may be anyone's ("nurses who visit at home after surgery"): care-relationship.ts weighs it.
    `(?:after|before|upon|since)\\s+your\\s+(?:discharge|admission|surgery|delivery)`,
    `being\\s+roomed`,
    `${YOUR_RELATIVE_EN}\\s+(?:walk|walked|leave|left|go|went|come|came)\\s+(?:out\\s+of|home\\s+from|out\\s+the\\s+doors\\s+of)\\s+(?:the|our)\\s+(?:hospital|er|icu|nicu|clinic|unit)`,
    `(?:no\\s+)?(?:le|les)\\s+(?:(?:haya|hayan|había|habían|ha|han)\\s+)?(?:explicado|atendido|revisado|llamado|informado|dado|operado|examinado|tratado|cuidado)`,
    `(?:new\\s+)?addition\\s+to\\s+your\\s+family|(?:on|for)\\s+the\\s+(?:new\\s+)?(?:baby|little\\s+one|bundle\\s+of\\s+joy)`,
    `(?:${STAFF})\\s+(?:didn['’]t|did\\s+not|never|failed\\s+to|wouldn['’]t|refused\\s+to)\\s+(?:explain|tell|inform|check|listen|answer|call|update|examine|see|treat|introduce|wash|respond|come)\\b[^.!?]{0,40}?(?<![\\p{L}])(?:you|your)`,
    `you\\s+(?:weren['’]t|were\\s+not|wasn['’]t|was\\s+not)\\s+(?:offered|given|seen|treated|checked|examined|told|informed|admitted|discharged|prescribed|triaged|evaluated|assessed|tested|fed)`,
    `no\\s+(?:le|les)\\s+(?:explicó|explicara|explicaran|atendió|atendiera|atendieran|revisó|revisara|revisaran|llamó|llamara|llamaran|informó|informara|informaran|dio|diera|dieron|dieran)`,
    `(?:his|her|their)\\s+(?:recent\\s+)?(?:stay|visit|admission|hospitalization|discharge|appointment|surgery|procedure|treatment|time)\\s+(?:in|at|with)\\s+(?:us|our|the)`,
    `us\\s+(?:to\\s+)?(?:care\\s+for|treat|take\\s+care\\s+of|look\\s+after)\\s+(?:you|your|him|her|them)(?![\\p{L}])`,
    // Hosting told as care: "we loved having you and baby girl with us".
    `(?:loved|enjoyed|miss|missed|miss\\s+having)\\s+having\\s+(?:you|him|her|them)(?:\\s+and\\s+(?:[\\p{L}]+\\s+){1,3}?)?\\s*(?:with\\s+us|here|around|on\\s+(?:the|our)\\s+(?:unit|floor|ward))`,
    // Someone who looked the reader up holds their record: "pulled up your info", "found your chart".
    `(?:pulled|looked|brought)\\s+up\\s+(?:your|his|her|their)\\s+(?:info|information|chart|record|records|file|account|details|history)|(?:found|located|opened|accessed)\\s+(?:your|his|her|their)\\s+(?:chart|medical\\s+records?|records|file|info|information|history)`,
    // The one colleague on duty at the reader's encounter: "shared your account with the physician who was on shift".
    `(?:physician|doctor|nurse|provider|surgeon|staff(?:\\s+member)?|team|resident|tech|technician|hospitalist|attending)s?\\s+(?:who|that)\\s+(?:was|were)\\s+(?:on\\s+(?:shift|duty|call)|working)(?:\\s+(?:that|when|then))?`,
    `(?:when|by\\s+the\\s+time|once)\\s+(?:you|${YOUR_RELATIVE_EN}|he|she|they)\\s+(?:got|showed\\s+up|pulled\\s+up|walked\\s+in)(?:\\s+(?:there|here|in))?(?![\\p{L}])(?!\\s+(?:home|a\\s+chance|the\\s+chance))`,
    `(?:with|see|keep)\\s+the\\s+same\\s+(?:provider|doctor|physician|surgeon|nurse|therapist|specialist|[\\p{L}]+ologist)`,
    `(?:welcom(?:e|ed|ing)|deliver(?:ed|ing)?)\\s+your\\s+(?:${alternation(RELATIVES_EN)}|twins|little\\s+one|baby\\s+(?:boy|girl))|(?:into|to)\\s+the\\s+world(?:,\\s*little\\s+one)?(?=[!.,]|\\s+(?:little|baby|sweet))|welcome\\s+to\\s+the\\s+world`,
    `(?:when|after|before|the\\s+(?:day|night|time))\\s+you\\s+brought\\s+(?:${YOUR_RELATIVE_EN}|him|her|them)\\s+(?:in|here|to\\s+(?:us|our|the))`,
    `(?:you|${YOUR_RELATIVE_EN})\\s+(?:had\\s+to\\s+)?wait(?:ed)?\\b[^.!?]{0,30}?\\bfor\\s+(?:a|an|the|your)\\s+(?:bed|room|doctor|nurse|provider|surgeon|physician|specialist|scan|x-ray|mri|ct|test|results|medication|pain\\s+medication|prescription|discharge|surgery|procedure|iv|transfer|ambulance|wheelchair|interpreter)`,
    `(?:${YOUR_RELATIVE_EN}|(?:the\\s+)?little\\s+(?:guy|one|girl|man|lady|fighter)|(?:mom|dad|mum|grandma|grandpa|baby))\\s+(?:is|['’]s|was|got|went|came|made\\s+it|(?:is|['’]s)\\s+(?:enjoying\\s+being|happy\\s+to\\s+be|glad\\s+to\\s+be|settling\\s+in\\s+at))\\s+(?:back\\s+)?home`,
    `back\\s+to\\s+(?:her|his|their|your)\\s+old\\s+sel(?:f|ves)|(?:see|seeing|hear|hearing)\\s+(?:that\\s+)?(?:you|he|she|they)(?:['’]re|\\s+are|['’]s|\\s+is)?\\s+(?:walking|running|driving|eating|up\\s+and\\s+about)\\s+again`,
    `(?:having|had|have)\\s+you\\s+(?:in|on|at)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+)?(?:nicu|icu|picu|unit|ward|floor|er|ed|hospital|clinic)`,
    `(?:${YOUR_RELATIVE_EN}['’]s|his|her|their)\\s+(?:last|final)\\s+(?:days|hours|moments|weeks)`,
    `(?:you['’]re|you\\s+are|you\\s+got|you\\s+went|you\\s+made\\s+it)\\s+(?:back\\s+)?home\\s+(?:from\\s+the\\s+hospital|safe|and\\s+(?:recovering|doing|feeling|resting|healing))`,
    `(?:who|that)\\s+(?:did|performed|drew|took|read|ran|placed|started|administered|stitched|set|scheduled|cancelled|canceled|rescheduled|handled)\\s+your`,
    `(?:before|after|when|until)\\s+(?:you|${YOUR_RELATIVE_EN}|he|she|they)\\s+(?:went|got|were\\s+sent|was\\s+sent)\\s+home`,
    `(?:nurse|doctor|physician|surgeon|tech|technician|therapist|provider|resident|aide|paramedic|midwife|anesthesiologist|radiologist|phlebotomist|pharmacist|receptionist|staff)s?\\s+(?:was|were|seemed|seems|felt|looked|acted|got)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:to|with)\\s+(?:you|${YOUR_RELATIVE_EN})(?![\\p{L}])`,
    `(?:get|got|find|found|give|gave|assign|assigned)\\s+(?:you|${YOUR_RELATIVE_EN})\\s+(?:a\\s+|an\\s+)?(?:bed|room|wheelchair|blanket|iv|cast|appointment|prescription)`,
    `(?:birth|delivery|arrival)\\s+of\\s+your\\s+(?:${alternation(RELATIVES_EN)}|twins|little\\s+one|baby\\s+(?:boy|girl))`,
    `(?:nurses?|doctors?|physicians?|staff|surgeons?|providers?|team|techs?|aides?|therapists?|residents?|paramedics?|(?:er|ed)\\s+staff)\\b[^.!?]{0,30}?\\b(?:check(?:ed)?\\s+on|saw|examined|treated|cared\\s+for|looked\\s+at|attend(?:ed)?\\s+to|discharged|admitted|assessed|triaged|transferred|medicated|monitored|sedated|stitched|bandaged|x-rayed|answered\\s+(?:your|his|her)\\s+call\\s+(?:light|button))\\s+(?:you|${YOUR_RELATIVE_EN})`,
    `(?:his|her|their|your)\\s+(?:[\\p{L}\\d-]+\\s+)?(?:time|week|weeks|days?|nights?|months?)\\s+(?:(?:in|at|on)\\s+our\\s+(?:[\\p{L}&-]+\\s+){0,3}?(?:care|hospital|unit|er|ed|icu|nicu|center|centre|clinic|facility|ward|floor)|with\\s+us|here)`,
    `(?:the\\s+)?(?:doctor|physician|nurse|surgeon|provider|staff(?:\\s+member)?|tech(?:nician)?|team|therapist|specialist|paramedic|resident|midwife|crew|emts?|medics?|ambulance\\s+crew|driver)s?\\s+(?:who|that)\\s+(?:treated|saw|cared\\s+for|examined|discharged|admitted|helped|took\\s+care\\s+of|operated\\s+on|delivered|brought|transported|drove|carried|wheeled|picked\\s+up)\\s+(?:you|your|him|her|them)(?![\\p{L}])`,
    `(?:as|being)\\s+our\\s+patient`,
    `you\\s+(?:are|were)\\s+(?:our|a|an)\\s+(?:[\\p{L}-]+\\s+)?patient`,
    `(?:according\\s+to|per)\\s+(?:our|your)\\s+(?:records|chart|notes|medical\\s+records?)`,
    // "the intake form you signed", "the program you started with us", "you no-showed twice": their own care.
    `(?:forms?|consent|paperwork|waiver|agreement|intake)\\s+you\\s+(?:signed|filled\\s+out|completed|initialed)|(?:program|treatment|therapy|sessions?|plan)\\s+you\\s+(?:started|began|attended|completed|finished)|you\\s+(?:started|began|completed|attended|finished)\\s+(?:[\\p{L}-]+\\s+){0,3}?with\\s+us|you\\s+no[-\\s]?showed|you\\s+(?:missed|skipped|cancell?ed)\\s+(?:\\p{L}+\\s+){0,2}?(?:appointments?|appts?|sessions?|visits?)|(?:retrieval|procedure|surgery|treatment|case|results?)\\s+like\\s+yours`,
    // "our system shows you received three reminder calls": a lookup of the reader's own record.
    `our\\s+(?:records|chart|notes|files)\\s+(?:show|indicate|say|confirm|reflect)|your\\s+(?:account|file|chart|record)\\s+(?:shows?|indicates?|reflects?)|our\\s+(?:system|scheduling\\s+system|logs?)\\s+(?:shows?|indicates?|confirms?)\\s+(?:that\\s+)?(?:you|your)(?![\\p{L}])`,
    `(?:welcome|glad\\s+to\\s+have)\\s+you\\s+back\\s+(?:to|at)\\s+(?:our|the)\\s+(?:hospital|clinic|er|emergency)`,
    // "the treatment you received", "the care your mother got": the reader's care, named after the fact.
    `(?:${alternation([...CARE_NOUNS_EN, ...PROCEDURES_EN, ...CONDITIONS_EN])})\\s+(?:that\\s+)?(?:you|${YOUR_RELATIVE_EN})\\s+(?:received|had|got|underwent|went\\s+through)`,
    `(?:being|been)\\s+(?:such\\s+)?(?:a|an|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?patient(?![\\p{L}])`,
    // Wishing a recovery says the reader, or someone of theirs, was ill or hurt.
    `(?:hope|glad|happy|relieved|wish)\\b[^.!?]{0,30}?(?:you|he|she|they|${YOUR_RELATIVE_EN})(?:\\s+(?:are|is|were|was)|['’](?:re|s))?\\s+(?:feeling\\s+better|recovering|healing|on\\s+the\\s+mend|back\\s+on\\s+(?:your|his|her|their)\\s+feet)`,
    `(?:help(?:ed)?|get)\\s+(?:you|him|her|them)\\s+(?:get\\s+)?back\\s+on\\s+(?:your|his|her|their)\\s+feet`,
    `(?:speedy|quick|smooth)\\s+recovery|get\\s+well\\s+soon`,
    `(?:honou?r|privilege|pleasure|glad|happy|pleased)\\s+to\\s+(?:have\\s+)?(?:cared|care|treated|treat|looked|look)\\s+(?:for\\s+|after\\s+)?(?:you|him|her|them|your)(?![\\p{L}])`,
    `(?:caring|cared)\\s+for\\s+(?:you|him|her|them)\\s+(?:was|is|has\\s+been)\\s+(?:(?:such|truly|an?)\\s+){0,2}(?:honou?r|privilege|pleasure|joy|gift)`,
    `(?:you|he|she|${YOUR_RELATIVE_EN})(?:['’]re|['’]s|\\s+(?:are|is))\\s+(?:breathing\\s+(?:easier|better|on\\s+(?:his|her|your)\\s+own)|out\\s+of\\s+(?:the\\s+)?(?:hospital|icu|nicu|danger|woods))`,
    `(?:glad|happy|pleased)\\s+to\\s+(?:have|see|treat)\\s+you\\s+(?:back|again|every|each|weekly|monthly|twice|three\\s+times|\\d)`,
    `(?:treat|see|care\\s+for)\\s+you\\s+(?:every|each|twice|three\\s+times|weekly|monthly)`,
    // What a caregiver thought of the reader as a person ("she said u were the sweetest", "the nurses thought you were
    // so brave") tells that she met them; "they said you are welcome" only passes on thanks.
    `(?:she|he|they|everyone|we\\s+all|(?:the|our)\\s+(?:[\\p{L}-]+\\s+)?(?:team|staff|crew|unit|floor|${CLINICIAN}))\\s+(?:(?:still|all|both)\\s+)?(?:said|says|thought|thinks|told\\s+(?:us|me))\\s+(?:that\\s+)?you\\s+(?:were|are|was)\\s+(?:(?:such|so|the|a|an|really|truly|just|absolutely|her|his|their|our)\\s+){0,3}(?:sweet(?:est|heart)?|kind(?:est)?|brav(?:e|est)|lovel(?:y|iest)|delight(?:ful)?|joy|trooper|champ|rock\\s*star|fighter|funn(?:y|iest)|favou?rite|gem|angel|pleasure|strong(?:est)?|tough(?:est)?|best\\s+patient|model\\s+patient|patient)(?![\\p{L}])`,
    // "How well she took care of you": whoever "she" is, someone cared for the reader.
    `(?:she|he|they)\\s+(?:(?:really|truly|so|always)\\s+)?(?:took\\s+(?:such\\s+)?(?:(?:good|great|wonderful|excellent|amazing|special)\\s+)?care\\s+of|cared\\s+for|looked\\s+after|stitched\\s+up)\\s+(?:you|${YOUR_RELATIVE_EN})(?![\\p{L}])`,
    // Care staff who remember or miss the reader knew them as a patient.
    `(?:team|staff|nurses?|doctors?|physicians?|surgeons?|unit|ward|floor|crew|caregivers?|midwives|therapists?)\\b[^.!?]{0,25}?\\b(?:remembers?|remembered|miss(?:es)?|still\\s+talks?\\s+about|(?:can['’]t|cannot|won['’]t)\\s+stop\\s+talking\\s+about|keeps?\\s+talking\\s+about|(?:loved|enjoyed)\\s+(?:meeting|getting\\s+to\\s+know)|(?:was|were|is|are)\\s+honou?red\\s+to\\s+(?:be\\s+with|care\\s+for|look\\s+after)|(?:is|are)\\s+(?:so\\s+|very\\s+|all\\s+)?proud\\s+of|says?\\s+hi\\s+to|sends?\\s+(?:their\\s+|its\\s+)?(?:love|best|regards|hugs)\\s+to)\\s+(?:(?:how|what|when|the\\s+(?:day|night|way))\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:you|he|she|they)|you|your|him|her|them|the\\s+(?:twins|triplets|babies|baby|little\\s+ones?|newborns?))(?![\\p{L}])`,
    `(?:team|staff|nurses?|doctors?|unit|ward|floor|crew|caregivers?|therapists?)\\b[^.!?]{0,25}?\\b(?:says?\\s+hi|sends?\\s+(?:their\\s+|its\\s+)?(?:love|best|regards|hugs))\\b[^.!?]{0,30}?\\b(?:wants?|hopes?)\\s+you`,
    `(?:thrilled|glad|happy|delighted|proud|relieved)\\b[^.!?]{0,20}?(?:you|he|she|they|${YOUR_RELATIVE_EN})(?:['’]re|['’]s|\\s+(?:are|is))\\s+(?:doing\\s+(?:so\\s+|much\\s+)?(?:well|better|great)|home\\b|healthy)`,
    `(?:we|staff|they|nurses?|doctors?)\\s+(?:kept|held|left|moved|sent)\\s+(?:you|${YOUR_RELATIVE_EN})\\s+(?:overnight|waiting|in\\s+the\\s+(?:hallway|er|ed|waiting\\s+room)|home|upstairs|to\\s+(?:another|a\\s+different)\\s+(?:unit|floor|room|hospital))`,
    `(?:while|when)\\s+(?:you|he|she|they|${YOUR_RELATIVE_EN})\\s+(?:was|were)\\s+on\\s+(?:our|the)\\s+(?:unit|floor|ward|[\\p{L}\\d-]+\\s+(?:unit|floor|ward))`,
    `(?:surgeon|doctor|physician|[\\p{L}]+ologist|specialist|nurse|provider|care\\s+team|pcp)\\s+(?:would\\s+(?:like|love)|wants|will|is\\s+(?:happy|glad))\\s+(?:to\\s+)?(?:see|examine|check\\s+on|follow\\s+up\\s+with)\\s+you`,
    `get\\s+you\\s+(?:in\\s+)?(?:to\\s+see|in\\s+with|an?\\s+(?:appointment|bed|room)|scheduled|seen)`,
    `(?:you|your\\s+[\\p{L}]+)\\s+(?:were|was)\\s+in\\s+(?:room|bed|bay)\\s+\\d+`,
    `(?:nurses?|doctors?|physicians?|surgeons?|staff|aides?|techs?|therapists?|providers?|residents?|interpreters?|chaplains?)\\b[^.!?]{0,40}?\\b(?:woke|wake|waking|examined|examining|examine|bathed|bathing|turned|visited|came\\s+(?:in|into)|talking\\s+about|talked\\s+about)\\b[^.!?]{0,25}?(?<![\\p{L}])(?:you|your)(?![\\p{L}])(?!\\s+(?:${alternation(MESSAGES)}|kind\\s+words|compliments?)(?![\\p{L}]))`,
    `you(?:['’]re|\\s+are|\\s+get)\\s+(?:admitted|readmitted|discharged|hospitalized)`,
    `(?:trust(?:ing|ed)?|entrust(?:ing|ed)?)\\s+us\\s+with\\s+(?:your|the)\\s+(?:[\\p{L}'’-]+\\s+)?(?:health|care|life|baby|delivery|surgery|treatment)`,
    `(?:your|his|her|their)\\s+(?:new\\s+)?(?:cast|brace|splint|sling|crutches|hearing\\s+aids?|staples|catheter|pacemaker|implant|insulin\\s+pump|cpap)(?![\\p{L}])`,
    `(?:meet|meeting|met)\\s+your\\s+(?:new\\s+)?(?:baby|daughter|son|twins|triplets|little\\s+one|newborn)`,
    // A device or medicine of the reader's ("the new cast", "the new hearing aids") and how it works for them.
    `(?:the|your)\\s+new\\s+(?:cast|brace|splint|crutches|hearing\\s+aids?|glasses|lenses|medications?|meds|prescription|inhaler|insulin|pump|pacemaker|implant|dentures?|sling|boot|walker|wheelchair|cpap|catheter|dressing|knee|hip|pain\\s+(?:plan|meds|medications?|regimen)|treatment\\s+plan|care\\s+plan|regimen|dose|dosage|therapy)\\s+(?:is|are)\\s+(?:more\\s+comfortable|helping|working|fitting|better|treating\\s+you)`,
    `(?:gave|given|give|giving)\\s+(?:you|${YOUR_RELATIVE_EN})\\s+(?:the\\s+|a\\s+)?(?:wrong|incorrect|extra|double|missed)\\s+(?:dose|medication|medicine|prescription|pills?|shot|injection|blood|iv)`,
    // Staff of a clinical department who dealt with the reader: radiology, the lab, the pharmacy.
    `(?:staff|team|nurses?|techs?|technicians?|someone|people)\\s+(?:in|at|on|from)\\s+(?:our\\s+|the\\s+)?(?:[\\p{L}]+ology|lab|laboratory|pharmacy|imaging|er|ed|icu|nicu|emergency\\s+(?:room|department)|surgery|maternity|labor\\s+and\\s+delivery|pediatrics|dialysis|infusion)\\b[^.!?]{0,30}?(?<![\\p{L}])(?:you|your)(?![\\p{L}])`,
    `your\\s+(?:room|bed)\\s+(?:number|#)`,
    // What was wrong with the reader while they were with us: "while you were in pain", "in labor".
    `(?:while|when|as)\\s+(?:you|he|she|they|${YOUR_RELATIVE_EN})\\s+(?:were|was)\\s+(?:in\\s+(?:so\\s+much\\s+)?(?:pain|labor|labour|agony|distress|recovery|surgery|the\\s+(?:er|icu|nicu|hospital))|sick|ill|unwell|bleeding|vomiting|unconscious|sedated|under\\s+anesthesia|hurting|struggling\\s+to\\s+breathe|pregnant|dying)`,
    `(?:go|goes|went|going|gone)\\s+into\\s+(?:early\\s+|preterm\\s+)?(?:labor|labour)|(?:mom|mother|mama|mum)\\s+and\\s+(?:baby|babies|newborn|twins)\\s+(?:are|were)\\s+(?:doing\\s+)?(?:well|great|healthy|home|safe|fine|thriving)`,
    // Clinical hands on the reader's body: "treated your ankle", "drawing your blood".
    `(?:treat(?:ed|ing)?|examin(?:e|ed|ing)|stitch(?:ed|ing)?|sutur(?:e|ed|ing)|bandag(?:e|ed|ing)|x-ray(?:ed|ing)?|splint(?:ed|ing)?|drain(?:ed|ing)?|dress(?:ed|ing))\\s+your\\s+(?!(?:${alternation([...MESSAGES, 'case', 'experience', 'matter', 'issue', 'issues', 'call', 'inquiry', 'privacy', 'information', 'data', 'family', 'time', 'needs'])})(?![\\p{L}]))[\\p{L}'’-]+|(?:draw|draws|drawing|drew|drawn|took|take|taking|taken)\\s+(?:your|his|her|their)\\s+blood`,
    `(?:helped|got|supported|carried|saw|could\\s+help)\\s+(?:you|${YOUR_RELATIVE_EN})\\s+through`,
    `(?:repeat|repeated|repeating|give|gave|giving|tell|told|telling|explain|explained|explaining)\\s+your\\s+(?:[\\p{L}]+\\s+)?(?:history|story|symptoms|medications|allergies)\\s+(?:to|for)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:nurses?|doctors?|staff|providers?|physicians?|people)`,
    // Moving the patient around the building: "getting you to radiology".
    `(?:getting|get|got|take|took|taking|bring|brought|bringing|wheel(?:ed|ing)?|move|moved|moving|transport(?:ed|ing)?)\\s+(?:you|${YOUR_RELATIVE_EN})\\s+(?:(?:down|up|back|over)\\s+)?to\\s+(?:the\\s+|our\\s+)?(?:radiology|imaging|x-ray|ct|mri|surgery|or|icu|nicu|er|ed|lab|floor|unit|recovery|pre-op|post-op|dialysis|ultrasound|[\\p{L}]+ology)(?![\\p{L}])`,
    `(?:find|found|get|got|have|had|assign|assigned)\\s+(?:a|an|the)\\s+(?:bed|room|wheelchair|blanket)\\s+(?:ready\\s+)?for\\s+(?:you|${YOUR_RELATIVE_EN})`,
    `(?:you|${YOUR_RELATIVE_EN})\\s+(?:didn['’]t|did\\s+not|never|weren['’]t|were\\s+not)\\s+(?:get|receive|given)\\s+(?:a|an|your|the|any)\\s+(?:meal\\s+tray|tray|meal|dinner|lunch|breakfast|blanket|pillow|bed|room|wheelchair|pain\\s+medication|medication|meds|ice\\s+chips)`,
    `(?:chaplain|nurses?|doctors?|staff|team|volunteers?|social\\s+workers?|aides?)\\b[^.!?]{0,30}?\\b(?:sit|sat|sitting|stay|stayed|pray|prayed|praying)\\s+with\\s+(?:you|your)(?![\\p{L}])(?!\\s+(?:${alternation(MESSAGES)})(?![\\p{L}]))`,
    `(?:patch(?:ed)?|stitch(?:ed)?|sew(?:ed)?|fix(?:ed)?)\\s+(?:you|him|her|them)\\s+up|(?:got|get)\\s+(?:you|him|her|them)\\s+(?:patched|stitched|sewn|fixed)\\s+up`,
    `(?:you|he|she|they|${YOUR_RELATIVE_EN})\\s+(?:was|were)\\s+(?:such\\s+)?(?:a\\s+joy|a\\s+pleasure|a\\s+delight|an\\s+honou?r)\\s+to\\s+(?:have|care\\s+for|treat|look\\s+after|nurse)`,
    `you(?:['’]ll|\\s+will|\\s+should)\\s+(?:hear|get\\s+a\\s+call)\\s+from\\s+(?:the|your|our)\\s+(?:surgeon|doctor|physician|nurse|provider|care\\s+team|specialist|[\\p{L}]+ologist)`,
    `(?:reaction|complications?)\\s+(?:that\\s+)?(?:you|${YOUR_RELATIVE_EN})\\s+(?:had|suffered|experienced|developed)`,
    `(?:insurance|insurer|medicaid|medicare|tricare|aetna|cigna|humana|anthem|kaiser|blue\\s+(?:cross|shield)|united(?:healthcare)?|(?:your|the)\\s+plan)\\s+(?:didn['’]t|did\\s+not|wouldn['’]t|won['’]t|refused\\s+to|declined\\s+to)\\s+(?:cover|pay\\s+for|approve)\\s+(?:the|your)`,
    `(?:you|${YOUR_RELATIVE_EN})\\s+(?:were|was|got|have\\s+been|had\\s+been)\\s+(?:double[-\\s])?(?:billed|charged|invoiced|overcharged|sent\\s+to\\s+collections)`,
    `(?:adjust(?:ed)?|chang(?:e|ed)|increas(?:e|ed)|lower(?:ed)?|switch(?:ed)?|stop(?:ped)?|start(?:ed)?|refill(?:ed)?)\\s+your\\s+(?:dose|dosage|meds|medications?|prescription|${alternation(MEDICATIONS_EN)})`,
    `(?:team|staff|nurses?|doctors?|physicians?|providers?|specialists?)\\b[^.!?]{0,30}?\\bto\\s+(?:evaluate|examine|treat|assess|triage|admit|discharge|stabilize)\\s+(?:you|${YOUR_RELATIVE_EN})`,
    `(?:visitors?|visiting\\s+hours?|visits?)\\s+(?:for|with|to)\\s+${YOUR_RELATIVE_EN}|(?:visit|see|be\\s+with)\\s+${YOUR_RELATIVE_EN}\\s+(?:in|on|at)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+)?(?:unit|floor|ward|icu|nicu|er|room|hospital)`,
    `next\\s+time\\s+(?:you|${YOUR_RELATIVE_EN})\\s+(?:come\\s+in|(?:are|is)\\s+(?:here|in|admitted)|visit(?:s)?\\s+(?:us|the\\s+(?:er|ed|clinic|hospital))|need\\s+care)`,
    `(?:note|flag|alert)\\s+(?:to|in|on)\\s+(?:your|his|her|their)\\s+(?:record|chart|file|account|profile)`,
    `(?:trust(?:ing|ed)?|choos(?:e|ing)|chose)\\s+us\\s+(?:during|through|in)\\s+(?:such\\s+)?(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?(?:time|moment|day|night|ordeal|week)`,
    `get\\s+(?:you|${YOUR_RELATIVE_EN})\\s+in\\s+(?:for|to\\s+see|with)`,
    // A specialist who eased the reader names the procedure they had ("the anesthesiologist put you at ease"); "our
    // staff made you feel comfortable" only echoes their praise.
    `(?:[\\p{L}]+ologists?|[\\p{L}]+iatricians?|surgeons?|anesthetists?|midwi(?:fe|ves))\\b[^.!?]{0,20}?\\b(?:put|made|kept|helped)\\s+(?:you|${YOUR_RELATIVE_EN})\\s+(?:at\\s+ease|(?:so\\s+|more\\s+)?comfortable|feel\\s+(?:safe|better|comfortable|heard|at\\s+ease))`,
    // Caregivers of a ward who think of a patient knew them: "our hospice team thinks of her".
    `(?:hospice|palliative(?:\\s+care)?|icu|nicu|picu|oncology|maternity|labor\\s+and\\s+delivery|nursing|unit|floor|ward|er|ed)\\s+(?:team|staff|nurses|caregivers)\\b[^.!?]{0,25}?\\b(?:thinks?|thought|thinking|prays?|praying|cherish(?:es|ed)?|loved)\\s+(?:(?:of|about|for)\\s+)?(?:you|your|him|her|them)(?![\\p{L}])(?!\\s+(?:${alternation(MESSAGES)}|kind\\s+words|compliments?)(?![\\p{L}]))`,
    `(?:bedside\\s+manner|care|treatment|wait)\\s+(?:that\\s+)?(?:you|${YOUR_RELATIVE_EN})\\s+(?:experienced|encountered|were\\s+shown|were\\s+given|received|got)`,
    // A practice greeting the reader as one of its own: "loyal customer of our pharmacy" ("welcome to the practice" is
    // welcome.ts's).
    `(?:being|been)\\s+(?:such\\s+)?(?:a|an|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:customer|client|member)\\s+of\\s+(?:ours|our\\s+(?:pharmacy|clinic|practice|office|hospital|lab|center|centre|program))|(?:loyal|long-?time|longtime|valued|regular|faithful)\\s+(?:patients?|customers?|clients?)\\s+(?:of\\s+ours|all\\s+these\\s+years|for\\s+(?:so\\s+many|many|\\d+)\\s+years)|(?:being|been)\\s+(?:such\\s+)?(?:a|an|our)\\s+(?:loyal|long-?time|longtime|valued|regular|faithful)\\s+(?:patient|customer|client)(?![\\p{L}])`,
    `(?:glad|happy|thrilled|excited)\\s+to\\s+have\\s+(?:you|your\\s+(?:family|kids|children|little\\s+ones?))\\s+as\\s+(?:a\\s+|our\\s+|new\\s+)*patients?`,
    // A next session booked for the reader: "see you at the next one", "see you at your next visit".
    `see\\s+you\\s+(?:at|for)\\s+(?:the|your)\\s+next\\s+(?:one|visit|appointment|appt|session|check-?up|cleaning|treatment|infusion|class)|see\\s+you\\s+next\\s+(?:visit|session|appointment|appt|week\\s+for)`,
    // Word passed to a relative about their care: "tell your sister the maternity team is cheering for her".
    `(?:tell|give)\\s+${YOUR_RELATIVE_EN}\\b[^.!?]{0,60}?\\b(?:team|staff|nurses?|doctors?|we|everyone)\\b[^.!?]{0,30}?\\b(?:cheering|rooting|praying|thinking\\s+of|proud|wish(?:es|ing)?|sends?|sending)`,
    // A slip at a step of the reader's own visit: "sorry about the mix-up at pickup".
    `(?:sorry|apologi[sz]e|apologies)\\b[^.!?]{0,40}?\\b(?:at|during)\\s+(?:your\\s+)?(?:pickup|pick-up|check-?in|check-?out|registration|intake|discharge|drop-?off)(?![\\p{L}])`,
    // Word from us to a child or relative we met: "Biscuit says hi back to your girl".
    `says?\\s+hi\\s+(?:back\\s+)?to\\s+(?:your\\s+(?:girl|boy|little\\s+(?:one|guy|girl|man|lady))|${YOUR_RELATIVE_EN})(?![\\p{L}])`,
    SOMEONE_BROUGHT_IN,
    // Someone else's care confirmed in the third person: "the teen is being cared for by our trauma team", "is in good
    // hands with our team". Statements about every patient are a standard, not a disclosure.
    `(?<!(?:patients?|everyone|anyone|all|each|who|that)\\s+)(?:is|are|was|were)\\s+(?:being\\s+)?(?:cared\\s+for|treated|seen|looked\\s+after|monitored)\\s+(?:by|in|at)\\s+(?:our|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:team|staff|unit|er|ed|icu|nicu|picu|doctors|nurses|physicians|hospital|center|floor)(?![\\p{L}])`,
    `(?<!(?:patients?|everyone|anyone|all|each)\\s+)(?:is|are)\\s+in\\s+(?:(?:very|such)\\s+)?(?:good|great|the\\s+best|safe|capable|caring|excellent)\\s+hands\\s+(?:with|at|here)`,
    `pull(?:ed|s|ing)?\\s+through`,
    // An implant or a replaced joint of the reader's: "enjoying the new knee".
    `(?:the|your|his|her|their)\\s+new\\s+(?:knees?|hips?|shoulders?|ankles?|elbows?|heart\\s+valve|valve|lens(?:es)?|teeth|kidney|liver|heart|lungs?|pacemaker|joint|hearing\\s+aids?|implants?|crowns?|dentures|cornea)(?![\\p{L}])(?!\\s+(?:center|centre|unit|wing|program|institute|clinic|building|team|service|suite|floor|lab|pavilion|tower))`,
    // A child's procedure: "the little guy's ear tubes".
    `(?:little\\s+(?:guy|one|girl|man|lady|fighter)|baby|kiddo|${YOUR_RELATIVE_EN})['’]s\\s+(?:new\\s+)?(?:${alternation([...CARE_NOUNS_EN, ...PROCEDURES_EN, ...MEDICATIONS_EN, ...CONDITIONS_EN])})`,
    // A course of treatment counted for the reader: "your 2nd round", "her last cycle".
    `(?:your|his|her|their)\\s+(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|next|last|final)\\s+(?:round|cycle|dose|infusion|session|treatment|transfusion)s?(?![\\p{L}])`,
    // A reading of someone's vitals is a finding of their exam: "a fever of 104".
    `(?:fever|temperature|temp|blood\\s+pressure|bp|heart\\s+rate|pulse|oxygen(?:\\s+level)?|o2(?:\\s+sats?)?|sats|blood\\s+sugar|glucose|a1c)\\s+(?:of|at|was|reading\\s+of|was\\s+at)\\s+\\d+(?:[./]\\d+)?`,
    // A delay of our care room the reader sat through: "your patience while the OR was running behind".
    `(?:your|the)\\s+patience\\s+while\\s+(?:the|our)\\s+(?:or|operating\\s+room|surgeons?|surgical\\s+team|er|ed|icu|lab|imaging|radiology|pharmacy|infusion\\s+center|clinic)(?![\\p{L}])`,
    // A vaccine or test the reader got: "glad u got ur shot".
    `(?:you|${YOUR_RELATIVE_EN})\\s+(?:got|had|received|get|finally\\s+got)\\s+(?:your|the|a|an|his|her|their)\\s+(?:(?:flu|covid|covid-19|booster|tetanus|first|second|third|1st|2nd|3rd|last|final|annual)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:shots?|vaccines?|vaccinations?|immunizations?|jabs?|boosters?|doses?|infusions?|scans?|stitches|cast|bloodwork|blood\\s+work|labs?|results)(?![\\p{L}])`,
    // Where someone of theirs lies now: "mention he's in 6 East".
    `(?:he|she|they|${YOUR_RELATIVE_EN})(?:['’]s|['’]re|\\s+is|\\s+are|\\s+was|\\s+were)\\s+(?:still\\s+)?(?:in|on|at)\\s+(?:\\d{1,2}\\s*(?:north|south|east|west|[a-d])|(?:the\\s+)?(?:icu|nicu|picu|ccu|er|ed|step-?down|telemetry|room\\s+\\d+|bed\\s+\\d+))(?![\\p{L}])`,
    // Directions to a numbered ward, given to someone writing about a patient, say where that patient lies: "5 West is on
    // the fifth floor", "head up to 6 East".
    `\\d{1,2}\\s*(?:north|south|east|west)\\s+(?:is|are)\\s+(?:right\\s+|just\\s+)?(?:on|up\\s+on|at|in)\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+)?(?:floor|level|tower|wing|building)|(?:head|go|come|walk|take\\s+the\\s+elevators?)\\s+(?:straight\\s+)?(?:up\\s+|over\\s+|down\\s+)?to\\s+\\d{1,2}\\s*(?:north|south|east|west)(?![\\p{L}])`,
    // Someone's condition given to a third party: "the gentleman is stable", "she is in fair condition".
    // "The gentleman brought in from the Route 9 crash is stable": a clause may sit between the person and their condition;
    // "she is comfortable" is how hospice and the ward say it.
    `(?:he|she|they|(?:the|this|that)\\s+(?:gentleman|lady|man|woman|patient|driver|child|boy|girl|teen|teenager|victim|baby|student|resident|cyclist|pedestrian|rider|passenger|worker|hiker|runner)(?:\\s+(?:who|that|brought|taken|flown|airlifted|rushed|transported|admitted|injured|hurt|involved|hit|found|pulled|rescued|from|in|on|at|after)\\s+[^.!?]{1,50}?)?|${YOUR_RELATIVE_EN})(?:['’]s|\\s+is|\\s+was|\\s+are|['’]re)\\s+(?:now\\s+|still\\s+)?(?:stable|in\\s+(?:stable|critical|serious|fair|good|guarded)\\s+condition|resting\\s+comfortably|(?:very\\s+|quite\\s+)?comfortable(?!\\s+(?:with|to|in|using|enough|for|about)(?![\\p{L}]))|pain-free|in\\s+no\\s+pain|out\\s+of\\s+surgery|in\\s+surgery|awake\\s+and\\s+(?:talking|alert)|(?:alert|awake|responsive)\\s+and\\s+[\\p{L}]+|improving(?=\\s*(?:[.!,;]|$|\\s+(?:every|each|day|steadily|slowly|quickly|now|and)(?![\\p{L}])))|sedated|intubated)(?![\\p{L}])`,
    // A visit that took no time is a visit all the same: "glad you got in and out so fast".
    `(?:you|${YOUR_RELATIVE_EN}|he|she|they)\\s+(?:got|were|was)\\s+in\\s+and\\s+out`,
    // A companion of ours in their recovery: "a privilege to walk alongside him".
    `(?:privilege|honou?r|pleasure|joy)\\s+to\\s+(?:walk\\s+(?:alongside|with)|journey\\s+with|be\\s+(?:part\\s+of|with))\\s+(?:you|him|her|them|your)(?![\\p{L}])`,
    // A favourite of the ward: "your pup was the star of the ED".
    `(?:star|favou?rite|darling|sweetheart|hit|talk)\\s+of\\s+(?:the|our)\\s+(?:er|ed|unit|floor|ward|nicu|icu|picu|clinic|hospital|waiting\\s+room|infusion\\s+(?:center|suite)|rehab\\s+gym|\\d{1,2}\\s*(?:north|south|east|west))(?![\\p{L}])`,
    // Research participation is care: "the study you're enrolled in", "your trial coordinator". "If you're enrolled…" only asks.
    `(?:study|trial|program|registry)\\s+(?:that\\s+)?(?:you|he|she|they|${YOUR_RELATIVE_EN})(?:['’]re|\\s+are|\\s+were|['’]s|\\s+is|\\s+was)\\s+(?:enrolled|participating|taking\\s+part)\\s+in|(?<!if\\s)(?:you|${YOUR_RELATIVE_EN})(?:['’]re|\\s+are|\\s+were|\\s+is|\\s+was)\\s+(?:enrolled|participating|taking\\s+part)\\s+in\\s+(?:our|the|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:study|trial|program|registry)|your\\s+(?:study|trial|research)\\s+(?:coordinator|team|nurse|visits?|enrollment|participation)`,
    // A lookup under their account: "we found it under account …".
    `(?:found|located|pulled\\s+up|see)\\s+(?:it|you|them|your\\s+[\\p{L}]+)\\s+(?:under|in|on)\\s+(?:your\\s+|the\\s+|our\\s+)?(?:account|file|chart|record|system)(?![\\p{L}])`,
    // Care going on now for someone of the reader's: "the team caring for him", "the charge nurse is on the way to him".
    `(?:team|staff|nurses?|doctors?|physicians?|providers?|people|folks)\\s+(?:caring\\s+for|treating|looking\\s+after|attending\\s+to|working\\s+on)\\s+(?:him|her|them|${YOUR_RELATIVE_EN})(?![\\p{L}])`,
    `(?:nurse|doctor|physician|provider|surgeon|charge\\s+nurse|resident|hospitalist|[\\p{L}]+ologist)s?\\s+(?:is|are|will\\s+be|['’]ll\\s+be)\\s+(?:on\\s+(?:the|their|her|his)\\s+way\\s+to|with|in\\s+to\\s+see|over\\s+to\\s+see)\\s+(?:him|her|them|you|${YOUR_RELATIVE_EN})(?![\\p{L}])`,
    // A room or bed number tells where someone lies: "caring for him in room 14".
    `(?:him|her|them|you|${YOUR_RELATIVE_EN})\\b[^.!?]{0,30}?\\b(?:in|to|at)\\s+(?:room|bed|bay)\\s+#?\\d+[a-z]?(?![\\p{L}\\d])|(?:stop|come|go|drop)\\s+by\\s+(?:room|bed|bay)\\s+#?\\d+[a-z]?(?![\\p{L}\\d])|(?:nurse|doctor|staff|team|someone)\\b[^.!?]{0,20}?\\bin\\s+(?:room|bed|bay)\\s+#?\\d+[a-z]?(?![\\p{L}\\d])`,
  ].join('|'),
);
