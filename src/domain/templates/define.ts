// Builds template rows from compact wording lists, deriving ids and variables so they cannot drift.
import type { ChannelKind, ReplyTemplate, Scenario, TemplateLanguage, TemplateVariable } from './types.js';

export const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

export function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

export interface ScenarioWording {
  scenario: Scenario;
  channel: ChannelKind;
  version: number;
  long: string[];
  short: string[];
}

export function defineTemplates(language: TemplateLanguage, wordings: ScenarioWording[]): ReplyTemplate[] {
  return wordings.flatMap(({ scenario, channel, version, long, short }) =>
    [...long.map((body, i) => ({ body, short: false, name: `${i + 1}` })), ...short.map((body, i) => ({ body, short: true, name: `short-${i + 1}` }))].map(
      ({ body, short: isShort, name }): ReplyTemplate => ({
        id: `${scenario}.${language}.${name}`,
        scenario,
        version,
        language,
        channel,
        short: isShort,
        body,
        variables: placeholdersOf(body) as TemplateVariable[],
      }),
    ),
  );
}
