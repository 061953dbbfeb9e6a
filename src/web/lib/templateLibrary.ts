// The reply template library as the settings form edits it: grouped the way an admin thinks of it (scenario, then
// language), with new variants named as the built-in ones are, and a refused save's messages placed on the
// variant each one concerns. The names come from the domain so the form cannot drift from what the server checks.
import { SCENARIOS, SCENARIO_NAMES, TEMPLATE_VARIABLES, type ReplyTemplate, type Scenario, type TemplateLanguage, type TemplateVariable } from '../../domain/templates/types.js';
import { errorsByField, type FieldError } from './fieldPath.js';

/** A template as GET answers it; one added in the form has no version until it is saved. */
export type TemplateRow = Omit<ReplyTemplate, 'version' | 'variables'> & { version?: number; variables?: string[] };

const LANGUAGE_NAMES: Record<TemplateLanguage, string> = { en: 'English', es: 'Spanish' };
const LANGUAGES = Object.keys(LANGUAGE_NAMES) as TemplateLanguage[];

/** What each placeholder is filled with (see siteTemplateVars); typed by the domain's list, so a new one must be described. */
const VARIABLE_HELP: Record<TemplateVariable, string> = {
  siteName: 'the site’s name (the organization’s when the case has no site)',
  pxEmail: 'the site’s approved patient-experience email, else the organization’s',
  pxPhone: 'the site’s approved patient-experience phone, else the organization’s',
  orgName: 'the organization’s name',
  agentFirstName: 'the first name of the agent who sends the reply',
};
export const TEMPLATE_VARIABLE_HELP = TEMPLATE_VARIABLES.map((name) => ({ name, help: VARIABLE_HELP[name] }));

export interface VariantRef {
  row: TemplateRow;
  /** Position in the library array: where a refused save's paths point. */
  index: number;
}
export interface LanguageGroup {
  language: TemplateLanguage;
  name: string;
  variants: VariantRef[];
}
export interface ScenarioGroup {
  scenario: Scenario;
  name: string;
  languages: LanguageGroup[];
}

/** Every scenario and language, in the domain's order, even one with no variants yet (so one can be added). */
export function groupTemplates(rows: readonly TemplateRow[]): ScenarioGroup[] {
  const refs = rows.map((row, index) => ({ row, index }));
  return SCENARIOS.map((scenario) => ({
    scenario,
    name: SCENARIO_NAMES[scenario],
    languages: LANGUAGES.map((language) => ({
      language,
      name: LANGUAGE_NAMES[language],
      // Long variants first, as agents are offered them on most platforms.
      variants: refs.filter((r) => r.row.scenario === scenario && r.row.language === language).sort((a, b) => Number(a.row.short) - Number(b.row.short) || a.index - b.index),
    })),
  }));
}

/** A new variant at the end of the library, named as defineTemplates names them (`3`, `short-2`), with its scenario’s channel. */
export function addVariant(rows: readonly TemplateRow[], scenario: Scenario, language: TemplateLanguage, short: boolean): TemplateRow[] {
  const prefix = `${scenario}.${language}.${short ? 'short-' : ''}`;
  const taken = new Set(rows.map((r) => r.id));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  const channel = rows.find((r) => r.scenario === scenario)?.channel ?? 'public';
  return [...rows, { id: `${prefix}${n}`, scenario, language, channel, short, body: '' }];
}

/** Scenarios whose variants differ from the saved library's: edited, added or removed. */
export function changedScenarios(saved: readonly TemplateRow[], rows: readonly TemplateRow[]): Set<Scenario> {
  const of = (list: readonly TemplateRow[], scenario: Scenario) => JSON.stringify(list.filter((r) => r.scenario === scenario));
  return new Set(SCENARIOS.filter((s) => of(saved, s) !== of(rows, s)));
}

/** The server refuses a library without a long and a short variant for every scenario and language, so the last one stays. */
export function isLastOfKind(rows: readonly TemplateRow[], index: number): boolean {
  const t = rows[index];
  return rows.filter((r) => r.scenario === t.scenario && r.language === t.language && r.short === t.short).length === 1;
}

export interface Refusal {
  /** Messages for the variant at each library index (`[3].body`, `/3/body`). */
  variants: Map<number, string[]>;
  /** Messages about the library as a whole (a scenario missing a variant). */
  library: string[];
}

export function refusalByVariant(details: readonly FieldError[]): Refusal {
  const variants = new Map<number, string[]>();
  const library: string[] = [];
  for (const [key, messages] of errorsByField(details)) {
    if (/^\d+$/.test(key)) variants.set(Number(key), messages);
    else library.push(...messages);
  }
  return { variants, library };
}
