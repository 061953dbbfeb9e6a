import { describe, expect, it } from 'vitest';
import { compile, findAll } from './matcher.js';
import { tokenize } from './text.js';

describe('lexicon phrases', () => {
  it('meet contractions the way the tokenizer splits them', () => {
    const lexicon = compile<string>([["what's up with", 'reproach'], ["don't care", 'indifference']]);
    const tags = (text: string) => findAll(lexicon, tokenize(text)).map((h) => h.tag);
    expect(tags("What's up with the portal today")).toEqual(['reproach']);
    expect(tags("They just don't care")).toEqual(['indifference']);
  });
});
