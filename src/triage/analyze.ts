// The triage engine: one pure function from a post and the organization profile to the triage contract.
import type { OrganizationProfile } from '../domain/organization.js';
import type { Evidence, Triage, TriageInput } from './types.js';
import { tokenize, type Token } from './text.js';
import { NEGATORS } from './lexicon/cues.js';
import { readSignals, type Signal } from './signals.js';
import { judge } from './complaint.js';
import { findTarget } from './target.js';
import { emphatic } from './emphasis.js';
import { categorize } from './categories.js';
import { findRisks } from './risks.js';
import { findTiming } from './timing.js';
import { resolveSite } from './site.js';
import { findOrgMention } from './mentions-org.js';
import { detectLanguage } from './language.js';
import { rateSeverity } from './severity.js';
import { ownWords } from './names.js';
import { HANDLE, LEADING_HANDLES, ourHandles } from './addressee.js';

export const ENGINE_VERSION = 'redress-rules@1.9.0';

/** Most complaint spans reported: enough to show why, few enough to read. */
const MAX_COMPLAINT_EVIDENCE = 5;
const MAX_SENTIMENT_EVIDENCE = 10;

/** A bare "not", "n't" or "no" counts toward a complaint, but marking it in the post only hides the words that matter. */
const isBareNegation = (s: Signal, tokens: Token[]) => s.to - s.from === 1 && NEGATORS.has(tokens[s.from].norm);

function strongest(signals: Signal[], count: number, tokens: Token[]): Signal[] {
  const sorted = [...signals].sort((a, b) => b.weight - a.weight);
  const telling = sorted.filter((s) => !isBareNegation(s, tokens));
  return (telling.length ? telling : sorted).slice(0, count);
}

/**
 * Platforms where a post may be a comment in another person's thread. Reviews, emails and forwarded posts are written
 * to us (or chosen by us) whoever else they mention.
 */
const THREAD_PLATFORMS = new Set(['facebook', 'x', 'twitter', 'reddit', 'instagram', 'threads', 'tiktok', 'youtube', 'nextdoor', 'bluesky', 'linkedin']);

/**
 * A post that may be someone's comment in another person's thread: on a thread platform, without stars, and not
 * written to one of our accounts. Triage gets no parent or thread ids, so this is as near as the text and channel go.
 * Our handle among the handles a reply opens with, beside someone else's, is the thread's, not the author's choice.
 */
function mayBeThreadComment(input: TriageInput, profile: OrganizationProfile): boolean {
  if (input.platform === undefined || !THREAD_PLATFORMS.has(input.platform) || typeof input.rating === 'number') return false;
  const ours = ourHandles(profile);
  const lead = LEADING_HANDLES.exec(input.text)?.[0] ?? '';
  const leading = [...lead.matchAll(HANDLE)].map((m) => m[1].toLowerCase());
  const replyContext = leading.some((h) => !ours.has(h)) ? lead.length : 0;
  for (const m of input.text.slice(replyContext).matchAll(HANDLE)) if (ours.has(m[1].toLowerCase())) return false;
  return true;
}

export function analyze(input: TriageInput, profile: OrganizationProfile): Triage {
  const text = input.text;
  const tokens = tokenize(text);
  const evidence: Evidence[] = [];
  const cite = (field: string, value: Evidence['value'], from: number, to: number) => {
    if (from < 0 || to <= from) return;
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    evidence.push({ field, value, text: text.slice(start, end), start, end });
  };

  const signals = readSignals(tokens, ownWords(profile), { thread: mayBeThreadComment(input, profile) });
  const verdict = judge(signals, input.rating, emphatic(text), findTarget(tokens, profile, input));
  const { sentiment } = verdict;
  const risky = findRisks(tokens, verdict.complaint, (s) => signals.praisedSentences.has(s) && !signals.sentenceNegative.has(s), signals.diet, signals.missedTreatment);
  // alleging a privacy breach is a grievance in itself unless the post is plainly happy
  const complaint = verdict.complaint || (risky.risks.includes('privacy') && sentiment <= 0);
  const against = signals.signals.filter((s) => s.kind !== 'praise' && s.weight > 0);
  const voice = complaint ? against : signals.signals.filter((s) => s.kind === 'praise');
  for (const s of strongest(voice, MAX_COMPLAINT_EVIDENCE, tokens)) cite('complaint', complaint, s.from, s.to);
  for (const s of strongest(signals.signals, MAX_SENTIMENT_EVIDENCE, tokens)) cite('sentiment', s.kind === 'praise' ? s.weight : -s.weight, s.from, s.to);

  for (const r of risky.risks) cite('risk', r, risky.support.get(r)!.from, risky.support.get(r)!.to);

  const { categories, support } = complaint ? categorize(signals, risky.support.get('harm'), risky.support.get('privacy')) : { categories: [], support: new Map() };
  for (const c of categories) cite('category', c, support.get(c)!.from, support.get(c)!.to);

  const timing = findTiming(tokens, input.createdAt);
  cite('timing', timing.timing, timing.from, timing.to);

  const site = resolveSite(tokens, profile, input.listing);
  cite('site', site.site ?? '', site.from, site.to);

  const org = findOrgMention(tokens, profile, input.listing);
  cite('mentionsOrg', org.mentionsOrg, org.from, org.to);

  const language = detectLanguage(tokens);
  for (const i of language.evidence) cite('language', language.language, i, i + 1);

  const rated = rateSeverity(complaint, risky.risks, categories, signals.negative, tokens, timing.timing);
  if (rated.urgentCue) cite('severity', rated.severity, rated.urgentCue.from, rated.urgentCue.to);

  const triage: Triage = {
    complaint,
    sentiment,
    categories,
    severity: rated.severity,
    risks: risky.risks,
    timing: timing.timing,
    site: site.site,
    mentionsOrg: org.mentionsOrg,
    language: language.language,
    evidence,
    engine: ENGINE_VERSION,
  };
  if (input.id !== undefined) triage.id = input.id;
  if (language.needsHuman) triage.needsHuman = true;
  return triage;
}

