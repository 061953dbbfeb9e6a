import { describe, expect, it } from 'vitest';
import { rulesFor } from './test-profile.js';

describe('thanking the reader for taking part in a study', () => {
  it('blocks thanks for joining a study or trial', () => {
    expect(rulesFor('Thanks so much for joining our knee arthritis trial!')).toContain('care_relationship');
    expect(rulesFor('Gracias por participar en el estudio, Rosa.')).toContain('care_relationship');
  });

  it('blocks thanks for taking part in a study the post names', () => {
    const post = { text: 'Whatever happened with the HEARTBEAT trial? I did all 12 visits.' };
    expect(rulesFor('Thank you for taking part in HEARTBEAT! Findings will be shared this fall.', { post })).toContain('care_relationship');
  });

  it('lets thanks for a survey, a research webinar or an invitation to enroll pass', () => {
    expect(rulesFor('Thanks for participating in our community survey!')).not.toContain('care_relationship');
    expect(rulesFor('Thank you for joining our research webinar last night.')).not.toContain('care_relationship');
    expect(rulesFor('If you would like to take part in a study, our research office can tell you more.')).not.toContain('care_relationship');
  });
});
