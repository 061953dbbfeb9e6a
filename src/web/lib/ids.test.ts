import { describe, expect, it } from 'vitest';
import { idFromName } from './ids.js';

describe('idFromName', () => {
  it('makes a lowercase dashed id without accents or punctuation', () => {
    expect(idFromName('Patient Experience – Kansas')).toBe('patient-experience-kansas');
    expect(idFromName('  Sofía’s Night Desk! ')).toBe('sofia-s-night-desk');
    expect(idFromName('Émergency Dept — Slack!')).toBe('emergency-dept-slack');
    expect(idFromName('–')).toBe('');
  });

  it('never ends a cut id on a dash', () => {
    expect(idFromName(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });
});
