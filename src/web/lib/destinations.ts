// A notification destination as the settings form holds it, and what it sends: the fields of its kind only
// (recipients for email, an address for the others, a secret for webhooks), so a form never sends what the server
// would refuse or keep by mistake.
import { DESTINATION_KINDS, type DestinationKind } from '../../notify/types.js';

export { DESTINATION_KINDS, type DestinationKind };

export const DESTINATIONS_PATH = '/destinations';
export const REACH_PATH = '/notification-reach';

/** GET /api/v1/destinations: secrets never come back, only whether there is one. */
export interface ApiDestination {
  id: string;
  kind: DestinationKind;
  name: string;
  url?: string;
  to?: string[];
  hasSecret: boolean;
  includeContent: boolean;
  allowPrivateAddress: boolean;
  enabled: boolean;
  /** Why nothing sent here would arrive (turned off, email without SMTP); null when it can send. */
  problem: string | null;
}

/** GET /api/v1/notification-reach */
export interface Reach {
  emailConfigured: boolean;
  usableDestinations: number;
  notices: string[];
}

export interface DestinationDraft {
  id: string;
  kind: DestinationKind;
  name: string;
  /** As typed: one address per line, or separated by commas. */
  recipients: string;
  url: string;
  /** Empty keeps the saved one. */
  secret: string;
  includeContent: boolean;
  enabled: boolean;
}

export const KIND_LABELS: Record<DestinationKind, string> = { email: 'Email', slack: 'Slack', teams: 'Microsoft Teams', webhook: 'Webhook' };

export const URL_HELP: Record<Exclude<DestinationKind, 'email'>, string> = {
  slack: 'The channel’s incoming webhook address, https://hooks.slack.com/services/…',
  teams: 'The channel’s Workflows (or connector) webhook address.',
  webhook: 'Your system’s https address; Redress posts JSON to it.',
};

export function blankDestination(): DestinationDraft {
  return { id: '', kind: 'email', name: '', recipients: '', url: '', secret: '', includeContent: false, enabled: true };
}

export function draftOf(d: ApiDestination): DestinationDraft {
  return { id: d.id, kind: d.kind, name: d.name, recipients: (d.to ?? []).join('\n'), url: d.url ?? '', secret: '', includeContent: d.includeContent, enabled: d.enabled };
}

export function recipientsOf(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What POST or PUT /destinations receives. `allowPrivateAddress` is not on the form: an existing one is kept. */
export function bodyOf(draft: DestinationDraft, existing?: ApiDestination | null): Record<string, unknown> {
  const common = { id: draft.id.trim(), kind: draft.kind, name: draft.name.trim(), includeContent: draft.includeContent, enabled: draft.enabled, ...(existing?.allowPrivateAddress ? { allowPrivateAddress: true } : {}) };
  if (draft.kind === 'email') {
    const to = recipientsOf(draft.recipients);
    return { ...common, ...(to.length ? { to } : {}) };
  }
  return { ...common, ...(draft.url.trim() ? { url: draft.url.trim() } : {}), ...(draft.kind === 'webhook' && draft.secret ? { secret: draft.secret } : {}) };
}

/** The editable fields of a saved destination, for its YAML. */
export function sourceOf(d: ApiDestination): Record<string, unknown> {
  const { hasSecret: _hasSecret, problem: _problem, ...editable } = d;
  return editable;
}


export function isDirty(a: DestinationDraft, b: DestinationDraft): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

/** What the form can tell before sending, by field. */
export function localProblems(draft: DestinationDraft, isNew: boolean): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  if (isNew && !draft.id.trim()) problems.set('id', ['Give the destination an id']);
  if (!draft.name.trim()) problems.set('name', ['Give the destination a name']);
  if (draft.kind === 'email' && recipientsOf(draft.recipients).length === 0) problems.set('to', ['Add at least one email address']);
  if (draft.kind !== 'email' && !draft.url.trim()) problems.set('url', ['Paste the webhook address']);
  return problems;
}

/**
 * The server's refusals by form field: `to[1]` belongs to the recipients box and names the address it concerns,
 * `url`, `secret`, `id`, `name` are fields as they are; anything else is shown above the form.
 */
export function fieldProblems(details: readonly { path: string; message: string }[], draft: DestinationDraft): { byField: Map<string, string[]>; other: string[] } {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  const recipients = recipientsOf(draft.recipients);
  for (const d of details) {
    const at = /^\/?to(?:[[/](\d+)\]?)?$/.exec(d.path);
    const key = at ? 'to' : d.path.replace(/^\//, '');
    const message = at?.[1] !== undefined && recipients[Number(at[1])] ? `${recipients[Number(at[1])]}: ${d.message}` : d.message;
    if (['id', 'name', 'kind', 'to', 'url', 'secret', 'includeContent', 'enabled'].includes(key)) byField.set(key, [...(byField.get(key) ?? []), message]);
    else other.push(d.path ? `${d.path}: ${d.message}` : d.message);
  }
  return { byField, other };
}
