import { afterAll, describe, expect, it } from 'vitest';
import { BELL_ONLY, destinationProblem, reachNotices } from './reach.js';
import { createSenders } from './registry.js';

const noSmtp = createSenders({});
const withSmtp = createSenders({ smtp: { host: '127.0.0.1', port: 2525, secure: false, from: 'redress@hospital.example' } });
const slack = { kind: 'slack' as const, name: 'ED leads', enabled: true };
const mailbox = { kind: 'email' as const, name: 'Risk mailbox', enabled: true };
afterAll(() => withSmtp.email.close?.());

describe('destinationProblem', () => {
  it('lets a Slack destination send without SMTP', () => {
    expect(destinationProblem(slack, noSmtp)).toBeNull();
  });

  it('says an email destination cannot send without SMTP, and why', () => {
    expect(destinationProblem(mailbox, noSmtp)).toMatch(/^Cannot send: SMTP is not configured: set SMTP_URL/);
    expect(destinationProblem(mailbox, withSmtp)).toBeNull();
  });

  it('says a turned-off destination receives nothing', () => {
    expect(destinationProblem({ ...slack, enabled: false }, noSmtp)).toMatch(/Turned off/);
  });
});

describe('reachNotices', () => {
  it('warns that pages reach only the bell when there is no destination and no SMTP', () => {
    expect(reachNotices([], noSmtp)).toEqual([BELL_ONLY]);
  });

  it('counts a turned-off destination as none', () => {
    expect(reachNotices([{ ...slack, enabled: false }], noSmtp)).toEqual([BELL_ONLY]);
  });

  it('names each email destination that cannot send without SMTP, beside the bell-only warning', () => {
    const notices = reachNotices([mailbox], noSmtp);
    expect(notices[0]).toBe(BELL_ONLY);
    expect(notices[1]).toMatch(/“Risk mailbox” cannot send: no outgoing mail server is set \(SMTP_URL\)/);
  });

  it('drops the bell-only warning once a destination can send, keeping the email one', () => {
    const notices = reachNotices([slack, mailbox], noSmtp);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/“Risk mailbox” cannot send/);
  });

  it('says nothing when a destination can send and email works', () => {
    expect(reachNotices([slack, mailbox], withSmtp)).toEqual([]);
  });

  it('tells an admin with SMTP but no destination that pages reach people only by their own email', () => {
    expect(reachNotices([], withSmtp)).toEqual([expect.stringMatching(/only by their own email and the bell/)]);
  });
});
