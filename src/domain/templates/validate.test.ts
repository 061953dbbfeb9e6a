import { describe, expect, it } from 'vitest';
import { TEST_PROFILE } from '../reply-guard/test-profile.js';
import { TEMPLATES } from './library.js';
import { templateRefusedNow, validateTemplateLibrary } from './validate.js';
import type { ReplyTemplate } from './types.js';

const edit = (id: string, change: Partial<ReplyTemplate>) => TEMPLATES.map((t) => (t.id === id ? { ...t, ...change } : t));
const problems = (input: unknown) => {
  const r = validateTemplateLibrary(input, TEST_PROFILE, TEMPLATES);
  return 'problems' in r ? r.problems : [];
};
const LONG_EN = TEMPLATES.find((t) => t.scenario === 'apology_offline' && t.language === 'en' && !t.short)!;
const SHORT_EN = TEMPLATES.find((t) => t.scenario === 'wait_time' && t.language === 'en' && t.short)!;

describe("an organization's own template library", () => {
  it('checks only wording that changed, so a library saved again is not checked again', () => {
    const leaking = edit(LONG_EN.id, { body: "We're sorry your stay was stressful. Call {{pxPhone}}." });
    // The same leaking wording already stored (as if saved before the guard learned a rule) is not refused again.
    expect(validateTemplateLibrary(leaking, TEST_PROFILE, leaking as ReplyTemplate[])).not.toHaveProperty('problems');
  });

  it('finds stored wording the guard in force now refuses, which a save of the same wording lets through', () => {
    const leaking = edit(LONG_EN.id, { body: "We're sorry your stay was stressful. Call {{pxPhone}}." }) as ReplyTemplate[];
    const i = TEMPLATES.findIndex((t) => t.id === LONG_EN.id);
    expect(templateRefusedNow(leaking, i, TEST_PROFILE)).toEqual([{ path: `[${i}].body`, message: expect.stringContaining('"your stay"') }]);
    expect(templateRefusedNow(TEMPLATES, i, TEST_PROFILE)).toEqual([]);
  });

  it('accepts the built-in library as it is, keeping every version', () => {
    const r = validateTemplateLibrary(TEMPLATES, TEST_PROFILE, TEMPLATES);
    expect('templates' in r && r.templates.map((t) => t.version)).toEqual(TEMPLATES.map((t) => t.version));
  });

  it('moves the version of a template whose wording changed, and derives its placeholders', () => {
    const body = 'We are sorry for the frustration you describe. Please call us at {{pxPhone}} so we can talk. — {{agentFirstName}}';
    const r = validateTemplateLibrary(edit(LONG_EN.id, { body, version: 1 }), TEST_PROFILE, TEMPLATES);
    const saved = 'templates' in r ? r.templates.find((t) => t.id === LONG_EN.id) : undefined;
    expect(saved).toMatchObject({ body, version: LONG_EN.version + 1, variables: ['pxPhone', 'agentFirstName'] });
  });

  it('refuses wording the reply guard would block, naming the template', () => {
    const i = TEMPLATES.findIndex((t) => t.id === LONG_EN.id);
    expect(problems(edit(LONG_EN.id, { body: "We're sorry your stay was stressful. Call {{pxPhone}}." }))).toEqual([
      { path: `[${i}].body`, message: expect.stringMatching(new RegExp(`^${LONG_EN.id}: the reply guard blocks it \\(filled with the organization's own contacts\\): "your stay"`)) },
    ]);
  });

  it('refuses an unknown placeholder, a short variant too long for X, a repeated id and a missing scenario', () => {
    const i = TEMPLATES.findIndex((t) => t.id === SHORT_EN.id);
    expect(problems(edit(LONG_EN.id, { body: 'Call {{phone}}.' }))[0]).toMatchObject({ message: expect.stringContaining('unknown placeholder {{phone}}') });
    expect(problems(edit(SHORT_EN.id, { body: `${'We hear you. '.repeat(25)}{{pxPhone}}` }))).toEqual([
      { path: `[${i}].body`, message: expect.stringMatching(new RegExp(`^${SHORT_EN.id} is \\d+ characters once filled with the organization's own contacts; a short variant must fit X's 280`)) },
    ]);
    expect(problems([...TEMPLATES, TEMPLATES[0]])).toContainEqual({ path: `[${TEMPLATES.length}].id`, message: 'repeats the id of template 0' });
    const withoutBilling = TEMPLATES.filter((t) => !(t.scenario === 'billing' && t.language === 'es' && t.short));
    expect(problems(withoutBilling)).toEqual([{ path: '(library)', message: 'needs at least one short Spanish template for billing' }]);
  });

  it('names the field of a malformed entry', () => {
    expect(problems([{ ...TEMPLATES[0], scenario: 'gossip' }])[0]).toMatchObject({ path: '[0].scenario' });
  });
});
