// The template library and deterministic rotation, so two replies on the same page don't read as copy-paste
// while the same case always gets the same wording.
import { REPLY_LENGTH_LIMIT, type Platform } from '../platform.js';
import { TEMPLATES_EN } from './library-en.js';
import { TEMPLATES_ES } from './library-es.js';
import type { ReplyTemplate, Scenario, TemplateLanguage } from './types.js';

export const TEMPLATES: readonly ReplyTemplate[] = [...TEMPLATES_EN, ...TEMPLATES_ES];

/**
 * An organization's saved library with the built-in templates for what it has none of: a scenario added to Redress
 * after the library was saved (the private crisis message) is offered at once, and the next save keeps it, instead of
 * a crisis case finding no template and a save being refused for a scenario nobody could have written yet.
 */
export function completeLibrary(saved: readonly ReplyTemplate[]): ReplyTemplate[] {
  const kind = (t: ReplyTemplate) => `${t.scenario}|${t.language}|${t.short}`;
  const have = new Set(saved.map(kind));
  return [...saved, ...TEMPLATES.filter((t) => !have.has(kind(t)))];
}

/** Platforms whose limit calls for the short variants (X's 280 characters). */
export function needsShortVariant(platform: Platform | string | undefined): boolean {
  const limit = REPLY_LENGTH_LIMIT[platform as Platform];
  return limit !== undefined && limit > 0 && limit <= 500;
}

/** `library`: the organization's own templates when an admin saved some, the built-in ones otherwise. */
export function templatesFor(scenario: Scenario, language: TemplateLanguage, platform?: Platform | string, library: readonly ReplyTemplate[] = TEMPLATES): ReplyTemplate[] {
  const short = needsShortVariant(platform);
  return library.filter((t) => t.scenario === scenario && t.language === language && t.short === short);
}

// FNV-1a: a stable, well-spread hash of the seed, identical on every machine and run.
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One variant of a scenario, chosen by seed (e.g. the case id); the short variants when the platform needs them. */
export function pickVariant(scenario: Scenario, language: TemplateLanguage, seed: string, platform?: Platform | string, library: readonly ReplyTemplate[] = TEMPLATES): ReplyTemplate {
  const candidates = templatesFor(scenario, language, platform, library);
  if (candidates.length === 0) throw new Error(`no ${language} template for ${scenario}`);
  return candidates[hash(seed) % candidates.length];
}
