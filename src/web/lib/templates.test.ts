import { describe, expect, it } from 'vitest';
import { fillTemplate, firstName, insertAt, mayReplaceDraft, placeholderSpans } from './templates.js';

describe('template variables', () => {
  it('fills known variables and lists the ones still missing', () => {
    const filled = fillTemplate('Hi {{ firstName }}, call {{phone}} or {{agentName}}.', { firstName: 'Ana', agentName: '' });
    expect(filled.text).toBe('Hi Ana, call {{phone}} or {{agentName}}.');
    expect(filled.missing).toEqual(['phone', 'agentName']);
  });

  it('finds placeholders left in a draft', () => {
    expect(placeholderSpans('Hi {{firstName}}!')).toEqual([{ start: 3, end: 16, name: 'firstName' }]);
  });

  it('uses only a first name and never a handle', () => {
    expect(firstName('Ana María López')).toBe('Ana');
    expect(firstName('@ana_l')).toBeUndefined();
    expect(firstName(undefined)).toBeUndefined();
  });
});

describe('choosing a template over a draft', () => {
  const filled = ['Hi Ana, we are sorry. – Jordan', 'Thank you, Ana!'];

  it('replaces an empty draft, or one that is still a template as filled in, without asking', () => {
    expect(mayReplaceDraft('', filled)).toBe(true);
    expect(mayReplaceDraft('  \n', filled)).toBe(true);
    expect(mayReplaceDraft('Thank you, Ana!', filled)).toBe(true);
  });

  it('asks before replacing words the agent wrote, or a template they changed', () => {
    expect(mayReplaceDraft('Called Tammy, left voicemail', filled)).toBe(false);
    expect(mayReplaceDraft('Thank you, Ana! See you Monday.', filled)).toBe(false);
  });

  it('inserts at the caret or over the selection, and puts the caret after what was inserted', () => {
    expect(insertAt('Hello there', ' Ana', 5, 5)).toEqual({ text: 'Hello Ana there', caret: 9 });
    expect(insertAt('Hello there', 'Ana', 6, 11)).toEqual({ text: 'Hello Ana', caret: 9 });
    expect(insertAt('Hi', '!', 10, 12)).toEqual({ text: 'Hi!', caret: 3 });
  });
});
