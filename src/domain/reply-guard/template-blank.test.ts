import { describe, expect, it } from 'vitest';
import { flagged, rulesFor } from './test-profile.js';

const blanks = (reply: string, visibility: 'public' | 'private' = 'public') => flagged(reply, 'template_blank', { visibility });

describe('template blanks left in a draft', () => {
  it('warns on a bracketed or braced blank, in a public or a private reply', () => {
    expect(blanks('Hi [Patient Name], we are sorry to read this. [Insert closing]')).toEqual(['[Patient Name]', '[Insert closing]']);
    expect(blanks('Hi {{first_name}}, thanks for the kind words!', 'private')).toEqual(['{{first_name}}']);
    expect(blanks('Thank you for sharing, [NAME]. Gracias, [NOMBRE].')).toEqual(['[NAME]', '[NOMBRE]']);
    expect(rulesFor('Hi <<Reviewer>>, thanks!')).toEqual(['template_blank']);
  });

  it('leaves ordinary brackets alone: [sic], a footnote, a link, a lower-case aside', () => {
    expect(blanks('They called it "the best [sic] care" (see [1]). Read [our visitor policy](https://example.org/visit). We [really] care.')).toEqual([]);
  });
});
