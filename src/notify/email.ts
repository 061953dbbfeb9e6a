// Email over SMTP. The Message-ID is derived from the idempotency key, so when a retry follows a send whose
// reply was lost, the duplicate is recognisable (mail servers and clients thread and de-duplicate on it).
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import { validateEmailAddress } from './outbound-url.js';
import { renderEmail } from './render.js';
import type { DeliveryResult, Sender } from './types.js';

export interface SmtpOptions {
  host: string;
  port: number;
  /** true for implicit TLS (465); false upgrades with STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to send unless STARTTLS succeeds; set it when content-bearing mail crosses untrusted networks. */
  requireTLS?: boolean;
  user?: string;
  pass?: string;
  /** Envelope and header sender, e.g. "Redress <redress@hospital.example>". */
  from: string;
}

export function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? 'redress.invalid';
  return `<redress.${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}@${domain}>`;
}

export function createEmailSender(smtp: SmtpOptions, timeoutMs: number): Sender {
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 2,
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireTLS ?? false,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });

  return {
    kind: 'email',
    async send(dest, n): Promise<DeliveryResult> {
      const to = dest.to ?? [];
      if (to.length === 0) return { ok: false, retryable: false, reason: `destination ${dest.id} has no recipients` };
      for (const address of to) {
        const check = validateEmailAddress(address);
        if (!check.ok) return { ok: false, retryable: false, reason: `recipient ${JSON.stringify(address)}: ${check.reason}` };
      }
      const { subject, text, html } = renderEmail(dest, n);
      try {
        const info = await transport.sendMail({
          from: smtp.from,
          to,
          subject,
          text,
          html,
          messageId: messageIdFor(n.idempotencyKey, smtp.from),
          priority: n.urgent ? 'high' : 'normal',
          headers: { 'X-Redress-Idempotency-Key': n.idempotencyKey, 'X-Redress-Case': n.caseId },
        });
        return { ok: true, providerId: String(info.response ?? info.messageId) };
      } catch (err) {
        return smtpFailure(err as Error & { code?: string; responseCode?: number; response?: string });
      }
    },
    async close() {
      transport.close();
    },
  };
}

export const SMTP_NOT_CONFIGURED = 'SMTP is not configured: set SMTP_URL to the outgoing mail server so email can be sent';

/** Email when no mail server is set: every send is refused, permanently, with a reason an admin can act on. */
export function unconfiguredEmailSender(): Sender {
  return {
    kind: 'email',
    unavailable: SMTP_NOT_CONFIGURED,
    send: async () => ({ ok: false, retryable: false, reason: SMTP_NOT_CONFIGURED }),
  };
}

function smtpFailure(err: Error & { code?: string; responseCode?: number; response?: string }): DeliveryResult {
  const reason = err.response ? `the mail server answered: ${err.response}` : unansweredReason(err);
  // SMTP's own split: 4xx is "try again later", 5xx is a permanent refusal (bad mailbox, policy, auth).
  if (err.responseCode !== undefined) return { ok: false, retryable: err.responseCode < 500, reason };
  // No reply code means we never got an answer (connection, DNS, TLS, timeout): the message may go through later.
  return { ok: false, retryable: err.code !== 'EENVELOPE' && err.code !== 'EMESSAGE', reason };
}

function unansweredReason(err: Error & { code?: string }): string {
  if (err.code === 'ETIMEDOUT') return `timed out: the mail server did not answer (${err.message})`;
  if (err.code === 'ECONNECTION' || err.code === 'ESOCKET' || err.code === 'EDNS') return `cannot reach the mail server: ${err.message}`;
  if (err.code === 'EAUTH') return `the mail server refused the sign-in: ${err.message}`;
  return `${err.code ?? 'SMTP error'}: ${err.message}`;
}
