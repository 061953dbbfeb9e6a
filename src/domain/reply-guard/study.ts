// A study someone is enrolled in is care (policy rule 1), so thanking the reader for taking part in one confirms they
// are a participant: "Thank you for being part of PREVAIL!", "thanks for joining the sleep trial". A study the post
// names ("the PREVAIL study") counts by its name alone. Invitations ("if you'd like to take part in a study") and
// thanks for a survey or a research webinar pass.
import { escapeRegExp, finding, hits, wordPattern } from './match.js';
import type { Finding } from './types.js';

const STUDY_NOUN = String.raw`(?:[\p{L}-]+\s+){0,3}?(?:study|studies|trial|trials|registry|research\s+project|estudio|ensayo)(?!\s+(?:webinar|event|talk|symposium|day|fair|newsletter|update|results\s+event))`;
const TAKING_PART = String.raw`(?:thank(?:s|\s+you)|grateful|we\s+appreciate\s+you)\s+(?:so\s+much\s+)?for\s+(?:being\s+(?:a\s+)?part\s+of|participating\s+in|your\s+participation\s+in|taking\s+part\s+in|enrolling\s+in|joining|volunteering\s+for)\s+(?:(?:our|the|this)\s+)?|gracias\s+por\s+(?:participar|formar\s+parte)\s+(?:en|de)\s+(?:(?:el|nuestro|este)\s+)?`;
const NAMED_IN_POST = /(?<![\p{L}])(\p{Lu}[\p{Lu}\d-]{2,})\s+(?:study|trial|registry|estudio|ensayo)(?![\p{L}])|(?:study|trial|estudio|ensayo)\s+(?:called\s+|named\s+|llamado\s+)?(\p{Lu}[\p{Lu}\d-]{2,})(?![\p{L}])/gu;

export function studyParticipation(draft: string, postText = ''): Finding[] {
  const names = [...postText.matchAll(NAMED_IN_POST)].map((m) => escapeRegExp(m[1] ?? m[2]));
  const study = names.length ? `(?:${STUDY_NOUN}|(?:${names.join('|')})(?![\\p{L}\\d]))` : STUDY_NOUN;
  return hits(draft, wordPattern(`(?:${TAKING_PART})${study}`)).map((hit) =>
    finding('care_relationship', 'block', hit, `"${hit.text}" confirms the reader is enrolled in a study of ours.`, 'Thank them for their interest in our research, and answer questions about a study privately.'),
  );
}
