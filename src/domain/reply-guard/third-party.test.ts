import { describe, expect, it } from 'vitest';
import { rulesFor } from './test-profile.js';

describe('one particular person brought in', () => {
  it('blocks telling a neighbour who the ambulance or the helicopter brought, and with what', () => {
    expect(rulesFor('Apologies for the sirens: the ambulance was rushing in a young cyclist.')).toContain('care_relationship');
    expect(rulesFor('That helicopter was bringing in a hiker with a spinal cord injury.')).toEqual(expect.arrayContaining(['care_relationship', 'clinical_detail']));
  });

  it('lets patients in general pass', () => {
    expect(rulesFor('Our helicopter brings patients from across the region to the trauma center.')).not.toContain('care_relationship');
  });
});
