import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

const triage = (text: string) => analyze({ text }, RIVERSIDE);

describe('diet errors', () => {
  it('reads the wrong tray for a patient on a renal diet as a safety complaint of medium severity', () => {
    const t = triage('Riverside North brought my uncle the wrong lunch tray, he is on a kidney diet.');
    expect([t.complaint, t.categories.includes('safety'), t.severity >= 2]).toEqual([true, true, true]);
  });

  it('raises a repeated diet error for a patient at risk to harm', () => {
    const t = triage('They gave my father the wrong meal tray again. He is on dialysis and this is the third time since Monday.');
    expect([t.categories.includes('safety'), t.risks.includes('harm'), t.severity]).toEqual([true, true, 3]);
  });

  it('reads a regular diet given to a diabetic patient as a safety complaint', () => {
    const t = triage('My wife is diabetic and the kitchen keeps sending up a regular diet with cake and juice.');
    expect([t.complaint, t.categories.includes('safety'), t.severity >= 2]).toEqual([true, true, true]);
  });

  it('reads food served to a patient who must have nothing by mouth as a safety complaint', () => {
    const t = triage('They brought him breakfast even though he was NPO for his surgery.');
    expect([t.complaint, t.categories.includes('safety'), t.severity >= 2]).toEqual([true, true, true]);
  });

  it('reads an allergen served despite the chart as a safety complaint, and harm when it caused a reaction', () => {
    const served = triage('The nurse served my son a sandwich with peanuts despite his allergy being on his wristband.');
    expect([served.complaint, served.categories.includes('safety'), served.severity >= 2]).toEqual([true, true, true]);
    const reacted = triage('They served my son a sandwich with peanuts despite his allergy being on his wristband. He broke out in hives.');
    expect(reacted.risks).toContain('harm');
  });

  it('reads thin liquids given to a patient on thickened liquids as a safety complaint', () => {
    const t = triage('Mom has swallowing problems and needs thickened liquids but the aide gave her thin liquids with dinner.');
    expect([t.complaint, t.categories.includes('safety')]).toEqual([true, true]);
  });

  it('does not find a diet error where none happened', () => {
    expect(triage('The dietitian made sure Dad got his renal diet right every single meal, thank you.').complaint).toBe(false);
    expect(triage('In five days she never once got the wrong tray, the kitchen staff were wonderful.').complaint).toBe(false);
  });
});
