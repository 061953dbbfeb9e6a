import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../domain/templates/types.js';
import { addVariant, changedScenarios, groupTemplates, isLastOfKind, refusalByVariant, TEMPLATE_VARIABLE_HELP, type TemplateRow } from './templateLibrary.js';

const row = (id: string, short = false, channel: TemplateRow['channel'] = 'public'): TemplateRow => {
  const [scenario, language] = id.split('.') as [TemplateRow['scenario'], TemplateRow['language']];
  return { id, scenario, language, channel, short, body: `Wording of ${id}`, version: 1 };
};

describe('reply template library form', () => {
  const rows = [row('billing.en.short-1', true), row('billing.es.1'), row('billing.en.1'), row('private_outreach.en.1', false, 'private')];

  it('groups variants by scenario then language, by human name, keeping each one’s place in the library', () => {
    const groups = groupTemplates(rows);
    expect(groups.map((g) => g.scenario)).toEqual([...SCENARIOS]);
    const billing = groups.find((g) => g.scenario === 'billing')!;
    expect(billing.name).toBe('Billing question');
    expect(billing.languages.map((l) => l.name)).toEqual(['English', 'Spanish']);
    expect(billing.languages[0].variants.map((v) => [v.row.id, v.index])).toEqual([
      ['billing.en.1', 2],
      ['billing.en.short-1', 0],
    ]);
    expect(groups.find((g) => g.scenario === 'wait_time')!.languages[1].variants).toEqual([]);
  });

  it('names an added variant after the next free number, with its scenario’s channel', () => {
    expect(addVariant(rows, 'billing', 'en', true).at(-1)).toMatchObject({ id: 'billing.en.short-2', short: true, body: '', channel: 'public' });
    expect(addVariant(rows, 'billing', 'en', false).at(-1)!.id).toBe('billing.en.2');
    expect(addVariant(rows, 'private_outreach', 'es', false).at(-1)).toMatchObject({ id: 'private_outreach.es.1', channel: 'private' });
    expect(addVariant(rows, 'billing', 'en', false).at(-1)!.version).toBeUndefined();
  });

  it('knows which scenarios have unsaved edits, additions or removals', () => {
    expect(changedScenarios(rows, rows)).toEqual(new Set());
    expect(changedScenarios(rows, rows.map((r, i) => (i === 1 ? { ...r, body: 'Nueva redacción' } : r)))).toEqual(new Set(['billing']));
    expect(changedScenarios(rows, rows.slice(0, 3))).toEqual(new Set(['private_outreach']));
    expect(changedScenarios(rows, addVariant(rows, 'wait_time', 'en', false))).toEqual(new Set(['wait_time']));
  });

  it('keeps the last long or short variant of a scenario and language', () => {
    const more = addVariant(rows, 'billing', 'en', false);
    expect(isLastOfKind(rows, 2)).toBe(true);
    expect(isLastOfKind(more, 2)).toBe(false);
    expect(isLastOfKind(more, 0)).toBe(true);
  });

  it('puts each refused detail on the variant its path points to, and the rest on the library', () => {
    const refusal = refusalByVariant([
      { path: '[3].body', message: 'the reply guard blocks it' },
      { path: '/3/body', message: 'too long for X' },
      { path: '[0].id', message: 'repeats an id' },
      { path: '(library)', message: 'needs a short Spanish template for billing' },
    ]);
    expect(refusal.variants).toEqual(
      new Map([
        [3, ['the reply guard blocks it', 'too long for X']],
        [0, ['repeats an id']],
      ]),
    );
    expect(refusal.library).toEqual(['needs a short Spanish template for billing']);
  });

  it('describes every variable the domain fills', () => {
    expect(TEMPLATE_VARIABLE_HELP.map((v) => v.name)).toContain('pxPhone');
    expect(TEMPLATE_VARIABLE_HELP.every((v) => v.help.length > 0)).toBe(true);
  });
});
