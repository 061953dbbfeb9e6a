// A public reply that speaks of the reader's relative ("hope your sister is doing better", "the social worker
// assigned to your brother", "your little guy was such a trooper") confirms that the relative is, or was, our
// patient: nobody writes to a hospital about a relative for another reason, and the reply takes it as given. What
// passes is the relative as the subject of an invitation or of the reader's own account ("if you or your loved one
// has questions", "your concerns about your mother's care", "your loved one's experience").
import { alternation, escapeRegExp, finding, hits, sentenceAround, wordPattern } from './match.js';
import { relativesInPost } from './names.js';
import { RELATIVES_EN } from './care-words.js';
import type { Finding } from './types.js';

const ENDEARMENTS = ['little guy', 'little girl', 'little man', 'little lady', 'baby girl', 'baby boy', 'kiddo', 'little ones'];
const RELATIVES_ES = ['hijo', 'hija', 'hijos', 'hijas', 'esposo', 'esposa', 'marido', 'madre', 'padre', 'mamá', 'papá', 'mami', 'papi', 'bebé', 'bebe', 'hermano', 'hermana', 'abuelo', 'abuela', 'abuelita', 'abuelito', 'niño', 'niña', 'pareja', 'familiar', 'ser querido'];

const RELATIVE = wordPattern(
  String.raw`your\s+(?:(?:elderly|older|little|young|newborn|teenage|adult|late|dear|sweet|sick)\s+)?(?:${alternation([...RELATIVES_EN, ...ENDEARMENTS])})(?:['’]s|s['’])?|(?:you\s+and|(?:your|su|tu)\s+)(?:${alternation(ENDEARMENTS)})|(?:a\s+)?(?:su|tu|sus|tus)\s+(?:${alternation(RELATIVES_ES)})`,
);
// The relative's words or the reader's account of them, not their care.
const ACCOUNT_AFTER = /^\s*(?:['’]s\s+)?(?:experience|concerns?|feedback|story|behalf|questions?|experiencia)(?![\p{L}])/iu;
const INVITATION_BEFORE = /(?:(?:advocat\p{L}*|speak\p{L}*|stand\p{L}*\s+up)\s+for|(?:you|yourself)\s+or|(?:concerns?|feedback|questions?|worries)\s+about|if|on\s+behalf\s+of|usted\s+o)\s+$/iu;
// A sentence that only invites or informs ("please have your mom call us", "if your child needs care after hours")
// says nothing about the relative's care unless it also apologizes, hopes, thanks or congratulates.
const INVITES = /(?<![\p{L}])(?:please|pls|feel\s+free|if|whenever|anytime|any\s+time|por\s+favor|si)(?![\p{L}])/iu;
const TAKES_AS_GIVEN = /(?<![\p{L}])(?:sorry|apologi\p{L}*|hope|hoping|wish|glad|happy|relieved|thank\p{L}*|grateful|loss|condolences|congrat\p{L}*|loved|enjoyed|honou?r|pleasure|trooper|brave|lamentamos|sentimos|esperamos|gracias|felicidades|qu[ée]\s+bueno)(?![\p{L}])/iu;

// "My son Ethan spent 3 days in the psych unit" answered with "we're so sorry Ethan's family felt left out": the relative
// the post named, spoken of by name, is taken to be our patient as "your son" would be.
function namedRelatives(postText: string | undefined): RegExp | null {
  const names = [...relativesInPost(postText ?? '')];
  return names.length ? new RegExp(`(?<![\\p{L}])(?:${names.map((n) => escapeRegExp(n)).join('|')})(?:['’]s)?(?![\\p{L}])`, 'giu') : null;
}

export function relativeInCare(draft: string, postText?: string): Finding[] {
  const out: Finding[] = [];
  const named = namedRelatives(postText);
  const namedHits = named ? hits(draft, named).filter((h) => /^\p{Lu}/u.test(h.text)) : [];
  for (const hit of [...hits(draft, RELATIVE), ...namedHits]) {
    const sentence = sentenceAround(draft, hit.start, hit.end);
    if (ACCOUNT_AFTER.test(draft.slice(hit.end, hit.end + 30))) continue;
    if (INVITATION_BEFORE.test(draft.slice(sentence.start, hit.start))) continue;
    if (INVITES.test(sentence.text) && !TAKES_AS_GIVEN.test(sentence.text)) continue;
    out.push(
      finding('care_relationship', 'block', hit, `"${hit.text}" speaks of the reader's relative as someone we cared for, which confirms they were our patient.`, 'Speak of "your experience" or "what you describe", and ask the reader to contact you privately.'),
    );
  }
  return out;
}
