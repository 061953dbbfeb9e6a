import { describe, expect, it } from 'vitest';
import { handleText, languageName, tagLabel } from './labels.js';

describe('labels people read instead of codes', () => {
  it('names the tags routing and processing set in plain words', () => {
    expect(tagLabel('in_building')).toBe('In the building');
    expect(tagLabel('needs-reading')).toBe('Needs a person to read');
    expect(tagLabel('risk-review')).toBe('Risk review');
  });

  it("reads an organization's own tag with its dashes and underscores as spaces", () => {
    expect(tagLabel('vip-follow_up')).toBe('Vip follow up');
  });

  it('names the languages triage reads, and others by their name where the runtime knows it', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('und')).toBe('Not determined');
    expect(languageName('fr')).toBe('French');
  });

  it('prefixes a platform handle with @ once, but leaves an email address as it is', () => {
    expect(handleText('ana_l', 'x')).toBe('@ana_l');
    expect(handleText('@ana_l', 'facebook')).toBe('@ana_l');
    expect(handleText('gfenske@example.com', 'email')).toBe('gfenske@example.com');
    expect(handleText('gfenske@example.com', 'forwarded')).toBe('gfenske@example.com');
  });
});
