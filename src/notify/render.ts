// Every channel renders from one view built here, and that view only carries post text, author names and
// the caller's free-text subject when the destination opted in. Chat rooms, third-party webhooks and mailboxes
// are outside the hospital's PHI boundary, so the default is a pointer to the case, never the complaint itself.
import type { Destination, Notification, NotificationKind } from './types.js';

const KIND_LABEL: Record<NotificationKind, string> = {
  page: 'Page',
  escalation: 'Escalation',
  assignment: 'Case assigned',
  mention: 'You were mentioned',
  approval: 'Approval needed',
  digest: 'Digest',
  breach_warning: 'Response clock about to breach',
  test: 'Test message from Redress',
};

// Long enough to triage from a phone, short enough that a chat preview stays readable.
const EXCERPT_LIMIT = 500;

export interface NotificationView {
  headline: string;
  facts: { label: string; value: string }[];
  caseUrl: string;
  urgent: boolean;
  /** Present only when the destination allows content. */
  content?: { excerpt?: string; authorName?: string };
}

export function viewFor(dest: Destination, n: Notification): NotificationView {
  const label = KIND_LABEL[n.kind];
  const generic = [n.urgent ? `URGENT ${label.toLowerCase()}` : label, n.severity && `${n.severity} severity`, n.category, n.site]
    .filter(Boolean)
    .join(' · ');
  const facts = [
    { label: 'Kind', value: label },
    ...(n.caseId ? [{ label: 'Case', value: n.caseId }] : []),
    ...(n.category ? [{ label: 'Category', value: n.category }] : []),
    ...(n.site ? [{ label: 'Site', value: n.site }] : []),
    ...(n.severity ? [{ label: 'Severity', value: n.severity }] : []),
  ];
  const view: NotificationView = { headline: generic, facts, caseUrl: n.caseUrl, urgent: n.urgent };
  if (dest.includeContent) {
    view.headline = n.subject || generic;
    const excerpt = n.content?.excerpt && truncate(n.content.excerpt, EXCERPT_LIMIT);
    const authorName = n.content?.authorName;
    if (excerpt || authorName) view.content = { ...(excerpt ? { excerpt } : {}), ...(authorName ? { authorName } : {}) };
  }
  return view;
}

/** A test message has no case: its link opens Redress instead. */
const linkLabel = (n: Notification) => (n.caseId ? `Open case ${n.caseId}` : 'Open Redress');

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

// Slack treats &, < and > as control characters in mrkdwn; everything else is literal.
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderSlack(dest: Destination, n: Notification) {
  const v = viewFor(dest, n);
  const link = `<${v.caseUrl.replace(/[|>]/g, encodeURIComponent)}|${slackEscape(linkLabel(n))}>`;
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(v.headline, 150), emoji: false } },
    { type: 'section', fields: v.facts.map((f) => ({ type: 'mrkdwn', text: `*${f.label}*\n${slackEscape(f.value)}` })) },
  ];
  if (v.content) {
    const who = v.content.authorName ? `*${slackEscape(v.content.authorName)}*\n` : '';
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${who}>${slackEscape(v.content.excerpt ?? '').replace(/\n/g, '\n>')}` } });
  }
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: link } });
  // `text` is the fallback shown in push notifications and by clients that cannot draw blocks.
  return { text: `${slackEscape(v.headline)} — ${link}`, blocks };
}

/** Adaptive Card in the envelope both Teams Workflows webhooks and legacy connectors accept. */
export function renderTeams(dest: Destination, n: Notification) {
  const v = viewFor(dest, n);
  const body: unknown[] = [
    { type: 'TextBlock', text: v.headline, weight: 'Bolder', size: 'Medium', wrap: true, color: v.urgent ? 'Attention' : 'Default' },
    { type: 'FactSet', facts: v.facts.map((f) => ({ title: f.label, value: f.value })) },
  ];
  if (v.content?.authorName) body.push({ type: 'TextBlock', text: v.content.authorName, weight: 'Bolder', wrap: true });
  if (v.content?.excerpt) body.push({ type: 'TextBlock', text: v.content.excerpt, wrap: true, isSubtle: true });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: [{ type: 'Action.OpenUrl', title: linkLabel(n), url: v.caseUrl }],
        },
      },
    ],
  };
}

/** The JSON a generic webhook receives; field names are a public contract, so only ever add to it. */
export function renderWebhookBody(dest: Destination, n: Notification) {
  const v = viewFor(dest, n);
  return {
    id: n.id,
    idempotencyKey: n.idempotencyKey,
    kind: n.kind,
    urgent: n.urgent,
    headline: v.headline,
    caseId: n.caseId,
    caseUrl: n.caseUrl,
    category: n.category ?? null,
    site: n.site ?? null,
    severity: n.severity ?? null,
    createdAt: n.createdAt,
    ...(v.content ? { content: v.content } : {}),
  };
}

function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function renderEmail(dest: Destination, n: Notification): { subject: string; text: string; html: string } {
  const v = viewFor(dest, n);
  const subject = `[Redress] ${v.headline}`.replace(/[\r\n]+/g, ' ');
  const textLines = [
    v.headline,
    '',
    ...v.facts.map((f) => `${f.label}: ${f.value}`),
    ...(v.content?.authorName ? ['', `From: ${v.content.authorName}`] : []),
    ...(v.content?.excerpt ? ['', v.content.excerpt] : []),
    '',
    `${n.caseId ? 'Open the case' : 'Open Redress'}: ${v.caseUrl}`,
  ];
  const html = [
    `<h2 style="margin:0 0 12px">${htmlEscape(v.headline)}</h2>`,
    `<table cellpadding="4">${v.facts.map((f) => `<tr><th align="left">${htmlEscape(f.label)}</th><td>${htmlEscape(f.value)}</td></tr>`).join('')}</table>`,
    v.content?.authorName ? `<p><strong>${htmlEscape(v.content.authorName)}</strong></p>` : '',
    v.content?.excerpt ? `<blockquote>${htmlEscape(v.content.excerpt)}</blockquote>` : '',
    `<p><a href="${htmlEscape(v.caseUrl)}">${htmlEscape(linkLabel(n))}</a></p>`,
  ].join('\n');
  return { subject, text: textLines.join('\n'), html };
}
