import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

const lang = (text: string) => {
  const t = analyze({ text }, RIVERSIDE);
  return [t.language, t.needsHuman ?? false];
};

describe('language', () => {
  it('handles English and Spanish itself', () => {
    expect(lang('The nurse was kind to us.')).toEqual(['en', false]);
    expect(lang('La enfermera fue muy amable con nosotros.')).toEqual(['es', false]);
  });

  it('keeps a short English post with words other languages share in English', () => {
    expect(lang("Represent a patient harmed at a @RiversideHealth facility. We've sent a preservation letter. Expect more to come forward.")).toEqual(['en', false]);
    expect(lang('No one came to help a patient in a wheelchair at the door.')).toEqual(['en', false]);
  });

  it('hands other languages to a person', () => {
    expect(lang('Le personnel était très gentil et le médecin a pris le temps de tout expliquer.')).toEqual(['fr', true]);
    expect(lang('De verpleging was heel vriendelijk en het eten was goed.')).toEqual(['nl', true]);
  });
});
