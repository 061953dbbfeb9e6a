import { describe, expect, it } from 'vitest';
import { fillTemplate, firstName, placeholderSpans } from './templates.js';

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
