import { describe, expect, it } from 'vitest';
import { tokenize } from './text.js';

describe('tokenize', () => {
  it('folds case and accents but keeps offsets into the original text', () => {
    const text = 'El Médico NO vino';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['el', 'medico', 'no', 'vino']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['El', 'Médico', 'NO', 'vino']);
  });

  it('splits negative contractions so negation is a word of its own', () => {
    expect(tokenize("They didn't call, can’t complain").map((t) => t.norm)).toEqual(['they', 'did', 'not', 'call', 'can', 'not', 'complain']);
  });

  it('starts a new clause at commas and at contrast words, and a new sentence at full stops', () => {
    const tokens = tokenize('Nurses were great but billing was awful, sadly. Never again');
    const clauseOf = (w: string) => tokens.find((t) => t.norm === w)!.clause;
    const sentenceOf = (w: string) => tokens.find((t) => t.norm === w)!.sentence;
    expect(clauseOf('great')).not.toBe(clauseOf('billing'));
    expect(clauseOf('awful')).not.toBe(clauseOf('sadly'));
    expect(sentenceOf('sadly')).not.toBe(sentenceOf('never'));
  });

  it('does not end a sentence at the full stop of an abbreviation', () => {
    const tokens = tokenize('Dr. Lee saw me at 10 a.m. and St. Mary was closed. Then home');
    expect(tokens.find((t) => t.norm === 'closed')!.sentence).toBe(0);
    expect(tokens.find((t) => t.norm === 'then')!.sentence).toBe(1);
  });

  it('marks hashtags and capitals, which tell names from common words', () => {
    const [blessed, mercy] = tokenize('#blessed Mercy');
    expect([blessed.hashtag, blessed.capital, mercy.hashtag, mercy.capital]).toEqual([true, false, false, true]);
  });

  it('splits a contraction typed without its apostrophe like one typed with it', () => {
    const text = 'I cant log in';
    expect(tokenize(text).map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([['i', 'I'], ['can', 'ca'], ['not', 'nt'], ['log', 'log'], ['in', 'in']]);
  });

  it('splits "cannot" like "can\'t", keeping offsets', () => {
    const text = 'I cannot log in';
    expect(tokenize(text).map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([['i', 'I'], ['can', 'can'], ['not', 'not'], ['log', 'log'], ['in', 'in']]);
  });

  it('marks every part of an @handle, but not the domain of an e-mail address', () => {
    const tokens = tokenize('@City_Clinic_Help wrote to help@clinic.org');
    expect(tokens.filter((t) => t.handle).map((t) => t.norm)).toEqual(['city', 'clinic', 'help']);
  });

  it('keeps text faces as tokens of their own, but not the colon of a web address', () => {
    const norms = tokenize('Moved again :( see https://example.org :-)').map((t) => t.norm);
    expect(norms.filter((n) => n.startsWith(':'))).toEqual([':(', ':)']);
  });

  it('splits "would\'ve" and "should\'ve" into the modal and "have", with or without the apostrophe', () => {
    const text = "A call would've helped, they shouldve known";
    expect(tokenize(text).map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([
      ['a', 'A'], ['call', 'call'], ['would', 'would'], ['have', "'ve"], ['helped', 'helped'], ['they', 'they'], ['should', 'should'], ['have', 've'], ['known', 'known'],
    ]);
  });

  it('ends a sentence after a unit such as "hrs." when a capital follows, but not after a title', () => {
    const tokens = tokenize('Waited 6 hrs. Nobody came. Saw Dr. Patel at 9 hrs. later');
    const sentenceOf = (w: string) => tokens.find((t) => t.norm === w)!.sentence;
    expect(sentenceOf('nobody')).toBe(1);
    expect(sentenceOf('patel')).toBe(sentenceOf('saw'));
    expect(sentenceOf('later')).toBe(sentenceOf('saw'));
  });
});
