// An organization's own template library, checked before it replaces the one in use: every template must render
// with each site's approved contacts, fit X when it is a short variant, and pass the reply guard, so an admin can
// never save wording that the guard would stop an agent from sending.
import { Type } from '@sinclair/typebox';
import { schemaProblems, type Problem } from '../../config/problems.js';
import { checkReply } from '../reply-guard/check.js';
import { REPLY_LENGTH_LIMIT } from '../platform.js';
import type { OrganizationProfile } from '../organization.js';
import { placeholdersOf } from './define.js';
import { renderTemplate, siteTemplateVars } from './render.js';
import { SCENARIOS, TEMPLATE_VARIABLES, type ReplyTemplate, type TemplateVariable } from './types.js';

const TemplateInputSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9_]+\\.(en|es)\\.[a-z0-9_-]+$', description: '<scenario>.<language>.<variant>' }),
    scenario: Type.Union(SCENARIOS.map((s) => Type.Literal(s))),
    language: Type.Union([Type.Literal('en'), Type.Literal('es')]),
    channel: Type.Union([Type.Literal('public'), Type.Literal('private')]),
    short: Type.Boolean(),
    body: Type.String({ minLength: 1, maxLength: 5000 }),
    // Computed on save; accepted so a library read from GET can be sent back as it is.
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    variables: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: false },
);
const LibrarySchema = Type.Array(TemplateInputSchema, { minItems: 1, maxItems: 500 });

// A long first name, so a short variant that fits with it fits with anyone's.
const LONG_FIRST_NAME = 'Maximiliana';
const X_LIMIT = REPLY_LENGTH_LIMIT.x;
const CONTACT_STAND_INS = { pxPhone: 'our patient experience line', pxEmail: 'our patient experience mailbox' };
const definedOnly = (vars: Record<string, string | undefined>) => Object.fromEntries(Object.entries(vars).filter(([, v]) => v?.trim()));

export function validateTemplateLibrary(
  input: unknown,
  profile: OrganizationProfile,
  previous: readonly ReplyTemplate[],
): { templates: ReplyTemplate[] } | { problems: Problem[] } {
  const shape = schemaProblems(LibrarySchema, input);
  if (shape.length) return { problems: shape };
  const rows = input as (Omit<ReplyTemplate, 'version' | 'variables'> & { version?: number })[];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const before = new Map(previous.map((t) => [t.id, t]));
  rows.forEach((t, i) => {
    const first = seen.get(t.id);
    if (first !== undefined) problems.push({ path: `[${i}].id`, message: `repeats the id of template ${first}` });
    seen.set(t.id, i);
    if (!t.id.startsWith(`${t.scenario}.${t.language}.`)) problems.push({ path: `[${i}].id`, message: `must start with "${t.scenario}.${t.language}."` });
    const unknown = placeholdersOf(t.body).filter((v) => !(TEMPLATE_VARIABLES as readonly string[]).includes(v));
    if (unknown.length) problems.push({ path: `[${i}].body`, message: `${t.id}: unknown placeholder ${unknown.map((v) => `{{${v}}}`).join(', ')}; use ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ')}` });
    // Wording already in use was checked when it was saved (the built-in library in tests); checking only what
    // changed keeps a save of the whole library quick.
    else if (before.get(t.id)?.body !== t.body) problems.push(...renderProblems(t, i, profile));
  });
  problems.push(...missingScenarios(rows));
  if (problems.length) return { problems };

  const templates = rows.map(({ version: _sent, ...t }): ReplyTemplate => {
    const old = before.get(t.id);
    // The version names the wording a sent reply used, so it moves whenever the wording does, whatever was sent.
    const version = !old ? 1 : old.body === t.body ? old.version : old.version + 1;
    return { ...t, version, variables: placeholdersOf(t.body) as TemplateVariable[] };
  });
  return { templates };
}

/**
 * Why the reply guard in force would refuse saved template `i` now, if it would: a library checked under an earlier
 * policy version may hold wording a newer guard blocks, which agents would meet only when they insert it.
 */
export function templateRefusedNow(templates: readonly ReplyTemplate[], i: number, profile: OrganizationProfile): Problem[] {
  return renderProblems(templates[i], i, profile);
}

/** Renders the template for every site (and the organization alone) and checks what an agent would send. */
function renderProblems(t: Omit<ReplyTemplate, 'version' | 'variables'>, i: number, profile: OrganizationProfile): Problem[] {
  const places: (string | null)[] = [null, ...profile.sites.map((s) => s.id)];
  for (const siteId of places) {
    const where = siteId ? `filled for site "${siteId}"` : "filled with the organization's own contacts";
    // A place without approved contacts is offered no template that needs them (the case screen leaves it out);
    // wording stands in for them here so the rest of the text is still checked.
    const vars = { ...CONTACT_STAND_INS, ...definedOnly(siteTemplateVars(profile, siteId, LONG_FIRST_NAME)) };
    const text = renderTemplate({ id: t.id, body: t.body }, vars);
    if (t.short && text.length > X_LIMIT) return [{ path: `[${i}].body`, message: `${t.id} is ${text.length} characters once ${where}; a short variant must fit X's ${X_LIMIT}` }];
    const guard = checkReply(text, { profile, platform: t.short ? 'x' : 'google', visibility: t.channel, siteId, writer: LONG_FIRST_NAME });
    const blocking = guard.findings.filter((f) => f.level === 'block');
    if (blocking.length) return [{ path: `[${i}].body`, message: `${t.id}: the reply guard blocks it (${where}): ${blocking.map((f) => f.message).join(' ')}` }];
  }
  return [];
}

/** Agents are offered a template for every scenario, in both languages, long and short (for X). */
function missingScenarios(rows: readonly Pick<ReplyTemplate, 'scenario' | 'language' | 'short'>[]): Problem[] {
  const have = new Set(rows.map((t) => `${t.scenario}|${t.language}|${t.short}`));
  const out: Problem[] = [];
  for (const scenario of SCENARIOS)
    for (const language of ['en', 'es'] as const)
      for (const short of [false, true])
        if (!have.has(`${scenario}|${language}|${short}`))
          out.push({ path: '(library)', message: `needs at least one ${short ? 'short' : 'long'} ${language === 'en' ? 'English' : 'Spanish'} template for ${scenario}` });
  return out;
}
