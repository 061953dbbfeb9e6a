// Fills a template's placeholders. A reply with a leftover "{{pxPhone}}" must never reach a patient, so
// a missing variable is an error, not an empty string.
import type { OrganizationProfile } from '../organization.js';
import { PLACEHOLDER } from './define.js';
import type { ReplyTemplate, TemplateVars } from './types.js';

export class TemplateRenderError extends Error {
  constructor(
    readonly templateId: string,
    readonly missing: string[],
  ) {
    super(`template ${templateId} needs ${missing.map((m) => `{{${m}}}`).join(', ')}, which ${missing.length === 1 ? 'was' : 'were'} not given`);
  }
}

export function renderTemplate(template: Pick<ReplyTemplate, 'id' | 'body'>, vars: TemplateVars): string {
  const values = vars as Record<string, string | undefined>;
  const missing = [...new Set([...template.body.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !values[name]?.trim()))];
  if (missing.length > 0) throw new TemplateRenderError(template.id, missing);
  return template.body.replace(PLACEHOLDER, (_, name: string) => values[name]!.trim());
}

/**
 * The approved contacts for a site, falling back to the organization's, as template variables.
 * Only approved public contacts go in, which is what keeps rendered templates guard-clean.
 */
export function siteTemplateVars(profile: OrganizationProfile, siteId: string | null | undefined, agentFirstName?: string): TemplateVars {
  const site = profile.sites.find((s) => s.id === siteId);
  const { organization } = profile;
  return {
    orgName: organization.name,
    siteName: site?.name ?? organization.name,
    pxPhone: site?.publicPhone ?? organization.publicPhones?.[0],
    pxEmail: site?.publicEmail ?? organization.publicEmails?.[0],
    agentFirstName,
  };
}
