import { describe, expect, it } from 'vitest';
import { renderEmail, renderSlack, renderTeams, renderWebhookBody, viewFor } from './render.js';
import { PHI, sampleNotification } from './sender-contract.js';
import type { Destination } from './types.js';

const dest = (includeContent: boolean): Destination => ({ id: 'd', kind: 'slack', name: 'd', url: 'https://x.example', includeContent });
const n = sampleNotification();
const renderers = {
  slack: () => JSON.stringify(renderSlack(dest(false), n)),
  teams: () => JSON.stringify(renderTeams(dest(false), n)),
  webhook: () => JSON.stringify(renderWebhookBody(dest(false), n)),
  email: () => JSON.stringify(renderEmail(dest(false), n)),
};

describe('rendering without content permission', () => {
  it.each(Object.keys(renderers) as (keyof typeof renderers)[])('%s carries no post text, author name or subject', (channel) => {
    const out = renderers[channel]();
    for (const secret of [PHI.excerpt, PHI.author, PHI.subject, 'XQZEXCERPT', 'Marker']) expect(out).not.toContain(secret);
    expect(out).toContain(n.caseUrl);
  });

  it('builds the headline from kind, severity, category and site', () => {
    expect(viewFor(dest(false), n).headline).toBe('URGENT page · high severity · staff_conduct · Main Campus');
  });

  it('lists the case facts a responder needs to pick it up', () => {
    expect(viewFor(dest(false), n).facts).toEqual([
      { label: 'Kind', value: 'Page' },
      { label: 'Case', value: 'case_42' },
      { label: 'Category', value: 'staff_conduct' },
      { label: 'Site', value: 'Main Campus' },
      { label: 'Severity', value: 'high' },
    ]);
  });
});

describe('rendering with content permission', () => {
  it('uses the subject and carries excerpt and author', () => {
    const v = viewFor(dest(true), n);
    expect(v.headline).toBe(PHI.subject);
    expect(v.content).toEqual({ excerpt: PHI.excerpt, authorName: PHI.author });
  });

  it('shortens a long excerpt for chat', () => {
    const long = sampleNotification({ content: { excerpt: 'x'.repeat(2000) } });
    expect(viewFor(dest(true), long).content?.excerpt).toHaveLength(500);
  });

  it('omits the content block when the notification has none', () => {
    expect(viewFor(dest(true), sampleNotification({ content: undefined })).content).toBeUndefined();
  });
});

describe('escaping', () => {
  const hostile = sampleNotification({ content: { excerpt: '<script>alert(1)</script> & <!channel>', authorName: '<b>Eve</b>' } });

  it('escapes HTML in email', () => {
    const { html } = renderEmail(dest(true), hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
  });

  it('stops a post from triggering Slack @channel or fake links', () => {
    expect(JSON.stringify(renderSlack(dest(true), hostile))).not.toContain('<!channel>');
  });

  it('keeps a subject on one line so it cannot add email headers', () => {
    expect(renderEmail(dest(true), sampleNotification({ subject: 'Hi\r\nBcc: x@evil.example' })).subject).toBe('[Redress] Hi Bcc: x@evil.example');
  });
});

describe('rendering a test message', () => {
  const test = sampleNotification({ kind: 'test', urgent: false, subject: '', caseId: '', caseUrl: 'https://redress.example.org/#/settings/destinations', category: undefined, site: undefined, severity: undefined, content: undefined });

  it('says it is a test, lists no case and links to Redress rather than to a case', () => {
    const v = viewFor(dest(true), test);
    expect(v.headline).toBe('Test message from Redress');
    expect(v.facts).toEqual([{ label: 'Kind', value: 'Test message from Redress' }]);
    expect(JSON.stringify(renderSlack(dest(false), test))).toContain('|Open Redress>');
    expect(renderEmail(dest(false), test).text).toContain('Open Redress: https://redress.example.org/#/settings/destinations');
  });
});
