import { describe, expect, it } from 'vitest';
import { canEdit, canForward, canOverrideGuard, canReply, isAdmin } from './permissions.js';

describe('what the UI offers each role', () => {
  it('lets agents reply but not override the guard', () => {
    expect(canReply('social_agent')).toBe(true);
    expect(canOverrideGuard('social_agent')).toBe(false);
    expect(canOverrideGuard('patient_experience')).toBe(true);
  });

  it('lets viewers read only', () => {
    expect(canEdit('viewer')).toBe(false);
    expect(canReply('viewer')).toBe(false);
    expect(canForward('viewer')).toBe(false);
  });

  it('keeps settings for administrators and refuses unknown roles', () => {
    expect(isAdmin('admin')).toBe(true);
    expect(isAdmin('risk_manager')).toBe(false);
    expect(canEdit('superuser')).toBe(false);
  });
});
