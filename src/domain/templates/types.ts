// Reply templates as plain data, so the lead can store them in the database row for row.
export const SCENARIOS = [
  'apology_offline',
  'praise_thanks',
  'billing',
  'wait_time',
  'on_site_now',
  'holding_clinical_legal',
  'crisis_support',
  'crisis_private',
  'private_outreach',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** What an agent picks from: the situation in their words. */
export const SCENARIO_NAMES: Record<Scenario, string> = {
  apology_offline: 'Apology, taking it offline',
  praise_thanks: 'Thanks for praise',
  billing: 'Billing question',
  wait_time: 'Waiting time',
  on_site_now: "We're coming to find you",
  holding_clinical_legal: 'Holding reply (clinical or legal risk)',
  crisis_support: 'Crisis support (988)',
  crisis_private: 'Crisis support, private (988)',
  private_outreach: 'Private outreach',
};

export const TEMPLATE_VARIABLES = ['siteName', 'pxEmail', 'pxPhone', 'orgName', 'agentFirstName'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateVars = Partial<Record<TemplateVariable, string>>;

export type TemplateLanguage = 'en' | 'es';
export type ChannelKind = 'public' | 'private';

export interface ReplyTemplate {
  /** Stable id: `<scenario>.<language>.<variant>`, e.g. `billing.es.short-1`. */
  id: string;
  scenario: Scenario;
  /** Bumped when the wording changes, so sent replies record which text they used. */
  version: number;
  language: TemplateLanguage;
  channel: ChannelKind;
  /** Short variants fit X's 280 characters once rendered; the others are for roomier platforms. */
  short: boolean;
  body: string;
  /** Placeholders the body uses, in order of first use. */
  variables: TemplateVariable[];
}
