// Naming a patient or relative in a public reply identifies them. The reviewer's public display name may
// be used to greet them (they chose it), but not a real name they did not post under, nor anyone else's
// name: relatives and staff named in the post, or any personal name the guard recognizes.
import { FIRST_NAMES } from './first-names.js';
import { addressesReader, escapeRegExp, finding, hits, sentenceAround } from './match.js';
import type { Finding, Level, Rule, RuleContext } from './types.js';

const FIRST = new Set(FIRST_NAMES);
// Short forms people go by, so a real name is still caught when the reply uses the familiar form.
const NICKNAMES: Record<string, string[]> = {
  david: ['dave'], michael: ['mike'], james: ['jim', 'jimmy'], thomas: ['tom', 'tommy'], joseph: ['joe', 'joey'],
  steven: ['steve'], stephen: ['steve'], daniel: ['dan', 'danny'], matthew: ['matt'], nicholas: ['nick'],
  anthony: ['tony'], jennifer: ['jen', 'jenny'], elizabeth: ['liz', 'beth', 'betsy', 'lizzie'], katherine: ['kate', 'katie', 'kathy'],
  catherine: ['cathy', 'kate', 'katie'], margaret: ['meg', 'maggie', 'peggy'], susan: ['sue', 'susie'], christopher: ['chris'],
  christine: ['chris', 'christy'], benjamin: ['ben'], gregory: ['greg'], jeffrey: ['jeff'], kenneth: ['ken', 'kenny'],
  timothy: ['tim'], andrew: ['andy', 'drew'], robert: ['rob', 'bob', 'bobby'], william: ['bill', 'billy', 'will'],
  richard: ['rick', 'rich', 'dick'], patricia: ['pat', 'patty', 'trish'], patrick: ['pat'], samuel: ['sam'], samantha: ['sam'],
  alexander: ['alex'], alexandra: ['alex'], guadalupe: ['lupe', 'lupita'], josé: ['pepe'], jose: ['pepe'], francisco: ['paco', 'pancho'],
  ignacio: ['nacho'], rebecca: ['becky'], deborah: ['deb', 'debbie'], victoria: ['vicky', 'tori'], jessica: ['jess'],
};
// Only abbreviations take a period: "the charge nurse. We'd…" ends a sentence, it names nobody.
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Rev|Sr|Sra|Srta|Dra)\.?|Miss|Doctor|Nurse|Chaplain|Capellán|capellán|Pastor|Reverend|Rabbi|Imam|Father|Don|Doña|doña|Señor|Señora|Señorita|señor|señora|señorita|nurse|doctor|enfermera|enfermero|doctora)`;
const TITLED_NAME = new RegExp(String.raw`(?<![\p{L}])${TITLE}\s+(?:(?:Practitioner|Manager|Supervisor|Navigator|Educator|Director|Specialist|Assistant)\s+)?(\p{Lu}[\p{L}'’-]+)`, 'gu');
// Possessives ("Emily's") are cut so the name itself is looked up.
const CAPITALIZED = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;
const RELATIVE_WORDS = String.raw`(?:husband|wife|son|daughter|mother|mom|mum|father|dad|brother|sister|grandmother|grandma|grandfather|grandpa|grandson|granddaughter|niece|nephew|cousin|stepson|stepdaughter|aunt|uncle|baby|child|partner|fianc[eé]e?|friend|neighbor|esposo|esposa|hijo|hija|madre|mamá|padre|papá|hermano|hermana|abuelo|abuela|nieto|nieta|sobrino|sobrina|primo|prima|tío|tía|little\s+one)`;
const RELATION_NAME = new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur|[Mm]i|[Nn]uestr[oa])\s+${RELATIVE_WORDS}\s*,?\s+(\p{Lu}[\p{L}'’-]+)`, 'gu');
// "Everyone who cared for Grandpa Lou": a kinship title used as a name's prefix says whose relative it is, without "my".
const KINSHIP_NAME = /(?<![\p{L}])(?:[Gg]rand(?:pa|ma|dad|mom|mother|father)|[Gg]ranny|[Nn]ana|[Pp]op-?[Pp]op|[Aa]unt(?:ie)?|[Uu]ncle|[Cc]ousin|[Tt]ía|[Tt]ío|[Aa]buel(?:it)?[oa])\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu;
// In a reply, "your grandmother Rose", "su esposo Ernesto", "little Ava" or "tell Raj…" names someone close to the reader.
const READERS_RELATIVE_NAME = new RegExp(String.raw`(?:\b(?:[Yy]our|[Ss]u|[Tt]u)\s+${RELATIVE_WORDS}\s*,?\s+|\b[Ll]ittle\s+|\b(?:[Tt]ell|[Hh]ug|[Ss]ay\s+hi\s+to|[Ss]end\s+our\s+(?:best|love)\s+to|[Dd]ígale\s+a|[Dd]ile\s+a|[Ss]aludos\s+a)\s+)(\p{Lu}[\p{L}'’-]+)`, 'gu');
// Capitalized words after a title that are roles or function words, not names ("Nurse Practitioner", "Dr. Office").
const NOT_NAMES = new Set(
  ('practitioner practitioners manager managers team staff leadership navigator navigators educator director supervisor office offices please and or who on call assistant aide aides station lead ' +
    // Sentence starts after a lowercase title ("the nurse We…") are not names either.
    'the we what it they he she i but is was this that thank thanks so very not no yes our my you your in at on for to a an all after when then there if as also just did does had has have said told came y el la que no muy pero').split(' '),
);
const GREETING = /^\s*(?:hi|hello|hey|dear|thanks|thank\s+you(?:\s+so\s+much)?|good\s+(?:morning|afternoon|evening)|hola|estimad[oa]|querid[oa]|buenos\s+días|buenas\s+tardes)[\s,]+(?:(?:mr|mrs|ms|miss|mx|sr|sra|srta)\.?\s+)?$/iu;
const INTRODUCES_SELF = /(?:my\s+name\s+is|i['’]m|i\s+am|this\s+is|soy|me\s+llamo|mi\s+nombre\s+es)\s*$/iu;
const SIGN_OFF = /(?:[—–~]|\s-|(?:^|\n)\s*-|(?:best|thanks|thank\s+you|sincerely|regards|warmly|cheers|kind\s+regards|saludos|atentamente|cordialmente|gracias)[,!]?)\s*$/iu;
// "Ana here from Patient Experience" introduces the writer as "I'm Ana from…" does.
// "Jessica in our billing office", "la Sra. Ibarra en Relaciones con Pacientes": a desk that treats nobody counts as a role.
const ROLE_AFTER = /^\s*(?:\p{Lu}\.?\s*)?(?:\s*here)?(?:[,\-–—|(]\s*|\s+(?:from|with|on|of|in|at|de|del|en)\s+)(?:the\s+|our\s+|el\s+|la\s+|nuestr[oa]\s+)?(?:[\p{L}]+\s+){0,2}(?:patient|guest|customer|community|social|member|experience|relations|advocacy|advocate|team|equipo|servicio|atención|representative|coordinator|specialist|manager|director|liaison|relaciones|experiencia|defensoría|(?<=(?:the|our|el|la|nuestr[oa])\s+)(?:billing|business\s+office|front\s+(?:desk|office)|registration|scheduling|admissions|financial\s+(?:counsel|services)|medical\s+records|health\s+information|facturación|cobros|admisiones|recepción))/iu;
// "Hi! Ms. Carter here from Patient Relations": "<name> here from <a desk>" is the writer's own introduction, greeting or not.
const SELF_HERE = /^\s*(?:\p{Lu}[\p{L}'’-]*\.?\s*)?here\s+(?:from|with|at|in|on)\s+(?:the\s+|our\s+)?\p{L}/u;
// After a signed name: at most a surname or initial, then a capitalized role (", Chief Medical Officer") and the end.
const SIGNATURE_END = /^\s*(?:\p{Lu}[\p{L}'’-]*\.?)?\s*(?:[,|\-–—]\s*\p{Lu}[^\n.!?]{0,80})?[.!]?\s*$/u;
// "April 8th", "June 3", "two visits in April": months that are also first names, dated by a number or a preposition.
const MONTH_NAME = /^(?:april|may|june|july|august)(?![\p{L}])/iu;
const MONTH_DAY = /^(?:april|may|june|july|august)\s+\d/iu;
const MONTH_PREPOSITION = /(?<![\p{L}])(?:in|since|until|till|through|by|during|from|early|mid|late|this|last|next|of)[\s-]+$/iu;
// "our clinic manager, Teresa," introduces a colleague by role.
// Any non-clinical post of ours counts: "our financial counselor, Maria", "the front-desk receptionist, Tami", "nuestra
// coordinadora, Marisol". A clinician named to a reviewer says who treated them, so clinical titles are left out.
// Spanish puts the adjective after the post: "nuestra coordinadora bilingüe, Carmen", "la gerente de la clínica, Rosa".
const ROLE_BEFORE = /(?:our|the|nuestr[oa]|la|el)\s+(?:[\p{L}-]+\s+){0,2}(?:manager|director|supervisor|coordinator|administrator|officer|chief|advocate|representative|rep|liaison|lead|navigator|chaplain|counsell?or|specialist|assistant|receptionist|scheduler|social\s+worker|case\s+manager|educator|interpreter|translator|concierge|agent|associate|consultant|clerk|secretary|ombuds(?:man|person)|greeter|volunteer|host|(?:coordinador[a]?|gerente|directora?|supervisora?|recepcionista|consejer[oa]|asesor[a]?|intérprete|trabajador[a]?\s+social|representante|defensor[a]?|encargad[oa])(?:\s+(?:(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?)?[\p{L}-]+){0,2})\s*,?\s*$/iu;
const ROLE_IN_TITLE = /\s(?:Manager|Supervisor|Director|Educator|Navigator)\s/u;
const CLINICIAN_TITLE = /^(?:dr|doctor|dra|doctora|nurse|enfermer[oa])\b/iu;
// "We've forwarded this to Dr. Lindqvist": passing a reviewer's words to a named clinician says who treated them.
const PASSED_TO = /(?:forward\p{L}*|pass\p{L}*(?:\s+\p{L}+)?\s+(?:along|on)|shar\p{L}*|sen[dt]|let|tell|told|thank\p{L}*)(?:\s+(?:this|it|that|them|your\s+\p{L}+))?\s+(?:(?:along|on)\s+)?(?:to|with)?\s*$/iu;
// "Dr. Haskins will be thrilled to hear this": the reviewer's words reach a named clinician, which says who treated them.
const HEARS_THE_REVIEW = /\b(?:hear(?:ing)?|read(?:ing)?|see(?:ing)?)\s+(?:this|that|it|your)\b|\byour\s+(?:kind\s+)?(?:words|review|feedback|note|message|shout-?out|comments?)\b|\bthis\s+(?:review|feedback|shout-?out)\b/iu;
const LINE_SIGN_OFF = /(?:[—–~]|\s-|(?:^|\n)\s*-?)\s*$/u;
// "— Marisol, recepción", "— Tami, front desk": a signature after a dash may name the writer's desk in lowercase.
const DASH_BEFORE = /[—–~]\s*$/u;
const DESK_AFTER = /^\s*(?:\p{Lu}[\p{L}'’-]*\.?)?\s*,\s*[\p{L}][\p{L} &'’/-]{1,40}[.!]?\s*$/u;
// "Maria Delgado, RN": a name with a clinical credential is a colleague's.
const CREDENTIALED = /(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2},?\s+(?:RN|MD|DO|NP|PA-C|PA|LPN|CNA|BSN|MSN|DNP|PhD|PharmD|CRNA|CNM|FACS|APRN|LCSW)(?![\p{L}])/gu;

// "Thanks, Sunita!" to someone who posted as "Sunny D.": the greeting's name, whatever it is, is not the one they chose.
// Words people greet a crowd or a friend with are not names.
// "We're so sorry, Nadia." addresses the reader by name as "Hi Nadia" does; "congrats, graduate!" is left out, since
// congratulations so often hail a role.
const GREETED_NAME = /^\s*(?:hi|hello|hey|dear|thanks|thank\s+you(?:\s+so\s+much)?|good\s+(?:morning|afternoon|evening)|hola|gracias|estimad[oa]|querid[oa]|(?:(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)\s+)?(?:so\s+|very\s+|truly\s+|really\s+|deeply\s+)?(?:sorry|grateful|glad|thrilled|happy\s+for\s+you)|lo\s+sentimos(?:\s+mucho)?)[\s,]+(\p{L}+)(?=\s*(?:[,!.—–:]|$))/iu;
const VOCATIVES = new Set(
  ('all everyone everybody there friend friends folks team neighbor neighbors neighbour neighbours guys ladies gentlemen sir madam ' +
    'love dear hon honey sweetie again so much very everyone again amigo amiga amigos vecino vecina vecinos todos señor señora ' +
    'mom dad mama papa mamá papá grandma grandpa doc nurse doctor officer officers deputy sergeant sarge captain chief coach ' +
    'professor pastor father reverend rabbi imam sr sra srta mr mrs ms mx dr dra don doña miss teacher teachers heroes hero').split(' '),
);

function tokens(text: string | undefined): string[] {
  const words = (text ?? '').toLowerCase().split(/[^\p{L}'’-]+/u).filter((t) => t.length >= 2);
  return [...words, ...words.map((w) => w.replace(/['’]s$/, ''))];
}

// "The school clinic NP is a lifesaver": the post tells of a clinician the author met, so naming one in the answer
// says who it was. "Who's the new pediatrician?" asks about our staff instead.
const CLINICIAN_MET = /(?<![\p{L}])(?:the|my|our|his|her|their|that|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:np|pa|rn|nurse(?:\s+practitioner)?|doctor|dr|physician|surgeon|midwife|therapist|dentist|hygienist|tech|technician|technologist|provider|pharmacist|[\p{L}]+ologist|[\p{L}]+iatrician|[\p{L}]+iatrist)s?(?![\p{L}])/giu;

// "Got the call back about my stress echo": a post about the author's own test or treatment makes the clinician the
// answer names the one who gave it.
const OWN_CARE_TOLD = /(?<![\p{L}])my\s+(?:[\p{L}-]+\s+){0,2}?(?:tests?|results?|scans?|echo|mri|x-?rays?|surgery|procedure|biopsy|labs?|bloodwork|treatment|delivery|diagnosis|prescription|infusion|chemo|radiation)(?![\p{L}])/giu;

function tellsOfClinician(postText: string): boolean {
  return [...hits(postText, CLINICIAN_MET), ...hits(postText, OWN_CARE_TOLD)].some((h) => !sentenceAround(postText, h.start, h.end).text.trim().endsWith('?'));
}

/** "Dr. Kwan was dismissive": clinicians the post names, whose signature under our answer says they treated the reviewer. */
function cliniciansInPost(text: string): Set<string> {
  return new Set([...text.matchAll(TITLED_NAME)].filter((m) => CLINICIAN_TITLE.test(m[0])).map((m) => m[1].toLowerCase()));
}

// "the Castellano triplets", "the Nguyen family": a household named by its surname.
const FAMILY_NAME = /(?<![\p{L}])the\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:family|twins|triplets|quadruplets|baby|babies|kids|children|boys|girls|household|clan)(?![\p{L}])/gu;

// Donors are thanked by name in public: "the Carver family for their $15 million gift".
const DONORS = /(?<![\p{L}])(?:gift|gifts|donat\p{L}*|donors?|grant|endow\p{L}*|foundation|scholarship|sponsor\p{L}*|fund|pledge|philanthrop\p{L}*|generosity)(?![\p{L}])/iu;

// "Her name was Brooke", "se llama Lucía": the post names someone, whether or not the name is a common one.
const NAMED_IN_POST = /(?<![\p{L}])(?:name\s+(?:is|was|['’]s)|named|called|se\s+llama(?:ba)?|llamad[oa])\s+(\p{Lu}[\p{L}'’-]+)/gu;

function namesInPost(text: string): string[] {
  const names = new Set<string>();
  for (const pattern of [TITLED_NAME, NAMED_IN_POST]) for (const m of text.matchAll(pattern)) if (!NOT_NAMES.has(m[1].toLowerCase())) names.add(m[1].toLowerCase());
  for (const m of relativesInPost(text)) names.add(m);
  for (const m of text.matchAll(CAPITALIZED)) if (FIRST.has(m[0].toLowerCase())) names.add(m[0].toLowerCase());
  return [...names];
}

/** "My son Eli": the relative's name, which stays theirs even when the author's handle contains it ("@eli.and.mom"). */
export function relativesInPost(text: string): Set<string> {
  return new Set([...text.matchAll(RELATION_NAME), ...text.matchAll(KINSHIP_NAME)].map((m) => m[1].toLowerCase()).filter((n) => !NOT_NAMES.has(n)));
}

function orgTokens(ctx: RuleContext): Set<string> {
  const { organization, sites } = ctx.profile;
  const words = [organization.name, ...organization.aliases, ...organization.handles, ...sites.flatMap((s) => [s.name, ...s.aliases, s.city ?? ''])];
  return new Set(words.flatMap(tokens));
}

/**
 * Staff introducing or signing themselves ("I'm Maria from Patient Experience", "— Maria") are not patients.
 * A titled name ("Dr. Chen") counts only as a signature on its own line, since "Thanks, Dr. Lee!" thanks a doctor.
 */
function isStaffSignature(draft: string, start: number, end: number, titled = false): boolean {
  if (signsOnOwnLine(draft, start, end)) return true;
  const before = draft.slice(Math.max(0, start - 40), start).replace(new RegExp(`${TITLE}\\s+$`, 'u'), '');
  if (titled) return LINE_SIGN_OFF.test(before) && SIGNATURE_END.test(draft.slice(end));
  const after = draft.slice(end, end + 120);
  if (INTRODUCES_SELF.test(before) || SELF_HERE.test(after)) return true;
  if (DASH_BEFORE.test(before) && DESK_AFTER.test(draft.slice(end))) return true;
  if (SIGN_OFF.test(before) && (ROLE_AFTER.test(after) || SIGNATURE_END.test(draft.slice(end)))) return true;
  return ROLE_AFTER.test(after) && /(?:^|\n)\s*$/.test(draft.slice(0, start));
}

// A letter's signature block: the name alone on its line, then the end or a line naming a team or the organization.
const OWN_LINE_AFTER = /^[ \t]*(?:\p{Lu}[\p{L}'’-]*\.?)?[ \t]*,?[ \t]*(?:$|\n[^\n]*(?:patient|experience|relations|advoca|team|office|department|services|manager|director|coordinator|representative|liaison|hospital|clinic|health|medical|center|centre|equipo|atención))/iu;

function signsOnOwnLine(draft: string, start: number, end: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(draft.slice(0, start)) && /\n/.test(draft.slice(0, start)) && OWN_LINE_AFTER.test(draft.slice(end));
}

/** "our clinic manager, Teresa" and "Ms. Carter in Patient Relations" point the reader to a colleague. */
function introducedByRole(draft: string, start: number, end: number): boolean {
  return ROLE_BEFORE.test(draft.slice(Math.max(0, start - 60), start)) || ROLE_AFTER.test(draft.slice(end, end + 120));
}

/**
 * First names of colleagues the reply itself presents in an announcement ("congratulating Maria Delgado, RN",
 * "Welcome to the team, Dr. Hannah Okoro"): later mentions in sentences not addressed to the reader are theirs too.
 */
// "Nurse-midwives Lena Hart and Rosa Delgado are joining Riverbend North": a sentence that announces colleagues
// arriving presents them as staff, credentials or not.
const JOINING = /(?<![\p{L}])(?:(?:is|are|has|have)\s+(?:(?:now|officially)\s+)?join(?:ing|ed)(?![\p{L}])|(?:excited|pleased|proud|happy|thrilled|delighted)\s+to\s+(?:announce|welcome|introduce)|please\s+(?:join\s+us\s+in\s+)?welcom(?:e|ing)|(?:welcome|welcoming)\s+(?:our\s+)?new(?![\p{L}]))/giu;

// Only the reader themself, not thanks or sympathy: an announcement may open "We're excited to…".
const READER_WORD = /(?<![\p{L}])(?:you|your|yours|you['’](?:re|ve|ll|d)|su|sus|usted)(?![\p{L}])/iu;

function announcedStaff(draft: string): Set<string> {
  const names = new Set<string>();
  for (const m of draft.matchAll(JOINING)) {
    const sentence = sentenceAround(draft, m.index, m.index + m[0].length);
    if (READER_WORD.test(sentence.text)) continue;
    for (const word of sentence.text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu)) names.add(word[0].toLowerCase());
  }
  for (const m of draft.matchAll(CREDENTIALED)) if (!addressesReader(draft, m.index, m.index + m[0].length)) names.add(m[1].toLowerCase());
  for (const m of draft.matchAll(TITLED_NAME)) {
    if (!CLINICIAN_TITLE.test(m[0]) || addressesReader(draft, m.index, m.index + m[0].length)) continue;
    const first = /^\p{Lu}\p{Ll}+/u.exec(draft.slice(m.index + m[0].length - m[1].length));
    if (first) names.add(first[0].toLowerCase());
  }
  return names;
}

export const patientName: Rule = (draft, ctx) => {
  const found: Finding[] = [];
  const staff = announcedStaff(draft);
  const privateReply = ctx.visibility === 'private';
  const author = ctx.post?.author;
  const shown = new Set([...tokens(author?.displayName), ...tokens(author?.handle)]);
  const knownAuthor = shown.size > 0;
  const ours = orgTokens(ctx);
  // The writer's own name, filled in by a template's greeting or sign-off, is theirs to give.
  for (const t of tokens(ctx.writer)) ours.add(t);
  const report = (hit: { start: number; end: number }, level: Level, message: string) => {
    if (found.some((f) => f.start <= hit.start && f.end >= hit.end)) return;
    found.push(finding('patient_name', privateReply ? 'warn' : level, hit, message, 'Remove the name; address the reader as "you" and refer to others in general terms ("your family member" only in private).'));
  };

  if (!privateReply) {
    for (const token of tokens(author?.realName)) {
      if (shown.has(token) || ours.has(token)) continue;
      // "Chris" stays a fine greeting for someone who posts as "Chris D.", even if we know them as Christopher.
      const forms = [token, ...(NICKNAMES[token] ?? [])].filter((form) => !shown.has(form));
      if (forms.length === 0) continue;
      for (const hit of hits(draft, new RegExp(`(?<![\\p{L}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu'))) {
        report(hit, 'block', `"${hit.text}" is the reviewer's real name, which they did not post under.`);
      }
    }
  }

  const greeted = knownAuthor && !privateReply ? GREETED_NAME.exec(draft) : null;
  if (greeted && /^\p{Lu}\p{Ll}+$/u.test(greeted[1])) {
    const name = greeted[1].toLowerCase();
    const knownForm = [...shown].some((t) => t.length >= 3 && (t.startsWith(name) || name.startsWith(t) || (NICKNAMES[t] ?? []).includes(name) || (NICKNAMES[name] ?? []).includes(t)));
    if (!shown.has(name) && !ours.has(name) && !NOT_NAMES.has(name) && !VOCATIVES.has(name) && !knownForm) {
      const start = greeted.index + greeted[0].length - greeted[1].length;
      report({ start, end: start + greeted[1].length }, 'block', `"${greeted[1]}" greets the reader by a name they did not post under.`);
    }
  }

  const relatives = relativesInPost(ctx.post?.text ?? '');
  const treating = cliniciansInPost(ctx.post?.text ?? '');
  for (const name of namesInPost(ctx.post?.text ?? '')) {
    if ((shown.has(name) && !relatives.has(name)) || ours.has(name)) continue;
    for (const hit of hits(draft, new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu'))) {
      if (hit.text[0] !== hit.text[0].toUpperCase()) continue;
      if (isStaffSignature(draft, hit.start, hit.end) && !treating.has(name)) continue;
      report(hit, 'block', `"${hit.text}" is a person named in the post; repeating it confirms who was involved.`);
    }
  }

  for (const m of draft.matchAll(READERS_RELATIVE_NAME)) {
    const name = m[1].toLowerCase();
    if (NOT_NAMES.has(name) || (shown.has(name) && !relatives.has(name)) || ours.has(name)) continue;
    const start = m.index + m[0].length - m[1].length;
    report({ start, end: start + m[1].length }, 'block', `"${m[1]}" names someone in the reader's family.`);
  }

  for (const m of draft.matchAll(TITLED_NAME)) {
    const name = m[1].toLowerCase();
    const end = m.index + m[0].length;
    if (NOT_NAMES.has(name) || shown.has(name) || ours.has(name) || (isStaffSignature(draft, m.index, end, true) && !treating.has(name))) continue;
    // Naming a clinician in answer to someone's review says who treated them; congratulating one in an
    // announcement does not. "Mr. …" may be anyone, unless the reply introduces a colleague by role.
    const passedTo =
      Boolean(ctx.post) &&
      (PASSED_TO.test(draft.slice(Math.max(0, m.index - 40), m.index)) || HEARS_THE_REVIEW.test(sentenceAround(draft, m.index, end).text) || tellsOfClinician(ctx.post?.text ?? ''));
    // "Hi Mr. Delgado, our team…" greets the reader by a name they did not post under; it introduces no colleague.
    const greeted = GREETING.test(draft.slice(0, m.index));
    // "Nurse Manager Joyce Whitaker" is a colleague known by her post, as "our clinic manager, Teresa" is.
    if (!greeted && ROLE_IN_TITLE.test(m[0])) continue;
    if (SELF_HERE.test(draft.slice(end)) && !treating.has(name)) continue;
    if (CLINICIAN_TITLE.test(m[0]) ? !addressesReader(draft, m.index, end) && !passedTo : !greeted && introducedByRole(draft, m.index, end)) continue;
    report({ start: m.index, end: m.index + m[0].length }, 'block', `"${m[0]}" names a person.`);
  }

  for (const m of draft.matchAll(FAMILY_NAME)) {
    if (ours.has(m[1].toLowerCase()) || shown.has(m[1].toLowerCase()) || DONORS.test(sentenceAround(draft, m.index, m.index + m[0].length).text)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    report({ start, end: start + m[1].length }, 'block', `"${m[1]}" names a family.`);
  }

  for (const m of draft.matchAll(CAPITALIZED)) {
    const name = m[0].toLowerCase();
    if (!FIRST.has(name) || shown.has(name) || ours.has(name)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (MONTH_DAY.test(draft.slice(start)) || (MONTH_NAME.test(m[0]) && MONTH_PREPOSITION.test(draft.slice(Math.max(0, start - 12), start)))) continue;
    // A greeting may use the name the reader posted under (`shown`); when we know what that is, any other is not theirs.
    if ((GREETING.test(draft.slice(0, start)) && !knownAuthor) || isStaffSignature(draft, start, end) || introducedByRole(draft, start, end)) continue;
    if (staff.has(name) && !addressesReader(draft, start, end)) continue;
    report({ start, end }, 'block', `"${m[0]}" looks like a personal name.`);
  }
  return found;
};
