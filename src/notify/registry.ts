import { createEmailSender, unconfiguredEmailSender, type SmtpOptions } from './email.js';
import type { ResolveHost } from './outbound-url.js';
import { createSlackSender } from './slack.js';
import { createTeamsSender } from './teams.js';
import type { DestinationKind, Sender } from './types.js';
import { createWebhookSender } from './webhook.js';

export interface SenderOptions {
  /** Absent when no mail server is configured: email then reports itself unavailable, and the other kinds still send. */
  smtp?: SmtpOptions;
  /** Replaces the built-in HTTP client; note the connect-time rebinding guard applies only to the built-in one. */
  fetch?: typeof fetch;
  resolveHost?: ResolveHost;
  /** Per-delivery deadline for HTTP, and SMTP connect/greeting/idle timeouts. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** One sender per destination kind; the Record type makes a missing kind a compile error. */
export function createSenders(options: SenderOptions): Record<DestinationKind, Sender> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const http = { timeoutMs, fetch: options.fetch, resolveHost: options.resolveHost };
  return {
    email: options.smtp ? createEmailSender(options.smtp, timeoutMs) : unconfiguredEmailSender(),
    slack: createSlackSender(http),
    teams: createTeamsSender(http),
    webhook: createWebhookSender(http),
  };
}
