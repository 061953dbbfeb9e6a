import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { GUARD_POLICY, GUARD_POLICY_VERSION } from './policy.js';
import { TEST_PROFILE } from './test-profile.js';

describe('confidential cases', () => {
  it('blocks any public reply, however harmless', () => {
    const result = checkReply('Thank you for your feedback.', { profile: TEST_PROFILE, platform: 'facebook', confidential: true });
    expect(result.verdict).toBe('block');
    expect(result.findings[0]).toMatchObject({ rule: 'confidential_case', start: 0, end: 28 });
  });

  it('allows a private reply', () => {
    expect(checkReply('Thank you for your message.', { profile: TEST_PROFILE, platform: 'email', confidential: true }).verdict).toBe('ok');
    expect(checkReply('Thank you.', { profile: TEST_PROFILE, visibility: 'private', confidential: true }).verdict).toBe('ok');
  });
});

describe('length limit', () => {
  it('blocks a reply longer than the platform accepts and points at the overflow', () => {
    const draft = 'Thank you. '.repeat(30).trim();
    const result = checkReply(draft, { profile: TEST_PROFILE, platform: 'x' });
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'length_limit', start: 280, end: draft.length })]);
    expect(checkReply(draft, { profile: TEST_PROFILE, platform: 'facebook' }).verdict).toBe('ok');
  });
});

describe('result', () => {
  it('carries the policy version and a written policy that names every rule area', () => {
    const result = checkReply('Thank you!', { profile: TEST_PROFILE });
    expect(result).toEqual({ verdict: 'ok', findings: [], policyVersion: GUARD_POLICY_VERSION });
    expect(GUARD_POLICY).toContain(GUARD_POLICY_VERSION);
    for (const topic of ['Care relationship', 'Names', 'Dates', 'Clinical', 'Insurance', 'Identifiers', 'Contacts', 'Promises', 'blaming', 'Confidential', 'Length']) {
      expect(GUARD_POLICY).toContain(topic);
    }
  });

  it('gives every finding a message and a suggestion', () => {
    const result = checkReply("We're sorry your stay on March 3rd was long, Mrs. Lee. We will refund $40. Call 555-010-7777.", { profile: TEST_PROFILE });
    expect(result.verdict).toBe('block');
    for (const f of result.findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.suggestion?.length).toBeGreaterThan(10);
    }
  });
});
