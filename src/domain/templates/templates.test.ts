import { describe, expect, it } from 'vitest';
import { checkReply } from '../reply-guard/check.js';
import { TEST_PROFILE } from '../reply-guard/test-profile.js';
import { TEMPLATES, completeLibrary, pickVariant, templatesFor } from './library.js';
import { TemplateRenderError, renderTemplate, siteTemplateVars } from './render.js';
import { SCENARIOS, TEMPLATE_VARIABLES } from './types.js';

const DEMO_VARS = siteTemplateVars(TEST_PROFILE, 'main', 'Maria');

describe('template library', () => {
  it('has several public-length and short variants per scenario, in English and Spanish', () => {
    for (const scenario of SCENARIOS) {
      for (const language of ['en', 'es'] as const) {
        expect(templatesFor(scenario, language).length, `${scenario}.${language}`).toBeGreaterThanOrEqual(3);
        expect(templatesFor(scenario, language, 'x').length, `${scenario}.${language} short`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  it('uses only the known variables and lists them', () => {
    for (const t of TEMPLATES) {
      expect(t.variables.every((v) => (TEMPLATE_VARIABLES as readonly string[]).includes(v)), t.id).toBe(true);
    }
    expect(TEMPLATES.find((t) => t.id === 'apology_offline.en.2')?.variables).toEqual(['pxPhone', 'pxEmail', 'agentFirstName', 'orgName']);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s renders with a demo site and passes the guard', (_, template) => {
    const text = renderTemplate(template, DEMO_VARS);
    const platform = template.channel === 'private' ? 'email' : template.short ? 'x' : 'facebook';
    const result = checkReply(text, { profile: TEST_PROFILE, platform, language: template.language });
    expect(result.findings.filter((f) => f.level === 'block'), text).toEqual([]);
    if (template.short) expect(text.length, text).toBeLessThanOrEqual(280);
  });

  it('passes the guard even when rendered for a public page with the longest site name', () => {
    for (const t of TEMPLATES.filter((t) => t.channel === 'public')) {
      const text = renderTemplate(t, { ...DEMO_VARS, siteName: "St. Joseph's Clinic", agentFirstName: 'Guadalupe' });
      expect(checkReply(text, { profile: TEST_PROFILE, platform: 'google' }).verdict, text).not.toBe('block');
    }
  });
});

describe('crisis and private outreach wording', () => {
  it('gives a crisis case a private message with 988, 911 and the site’s approved contact, in English and Spanish', () => {
    for (const language of ['en', 'es'] as const) {
      for (const t of [...templatesFor('crisis_private', language), ...templatesFor('crisis_private', language, 'x')]) {
        const text = renderTemplate(t, DEMO_VARS);
        expect(t.channel, t.id).toBe('private');
        expect(text, t.id).toMatch(/\b988\b/);
        expect(text, t.id).toMatch(/\b911\b/);
        expect(text, t.id).toContain(DEMO_VARS.pxPhone);
      }
    }
  });

  it('does not tell someone who wrote a public post that we read their message, nor the reverse', () => {
    for (const t of TEMPLATES.filter((t) => t.scenario === 'private_outreach')) {
      expect(t.body, t.id).not.toMatch(/your (post|message)\b|su (publicación|mensaje)\b/i);
    }
  });
});

describe('completeLibrary', () => {
  it('adds the built-in templates of a scenario an organization’s saved library predates, and keeps its own wording', () => {
    const saved = TEMPLATES.filter((t) => t.scenario !== 'crisis_private').map((t) => (t.id === 'billing.en.1' ? { ...t, body: 'Our own billing words. {{pxPhone}}' } : t));
    const complete = completeLibrary(saved);
    expect(complete.find((t) => t.id === 'billing.en.1')?.body).toBe('Our own billing words. {{pxPhone}}');
    expect(pickVariant('crisis_private', 'es', 'case-1', 'x', complete).id).toMatch(/^crisis_private\.es\.short-/);
    expect(completeLibrary(TEMPLATES)).toHaveLength(TEMPLATES.length);
  });
});

describe('renderTemplate', () => {
  it('fills every placeholder', () => {
    expect(renderTemplate({ id: 't', body: 'Call {{pxPhone}} at {{ siteName }}.' }, { pxPhone: '(555) 010-0100', siteName: 'Lakeside' })).toBe(
      'Call (555) 010-0100 at Lakeside.',
    );
  });

  it('refuses missing or blank variables and names them', () => {
    const render = () => renderTemplate({ id: 'billing.en.1', body: 'Call {{pxPhone}} or {{pxEmail}}, {{pxPhone}}.' }, { pxEmail: ' ' });
    expect(render).toThrow(TemplateRenderError);
    expect(render).toThrow('template billing.en.1 needs {{pxPhone}}, {{pxEmail}}, which were not given');
  });
});

describe('siteTemplateVars', () => {
  it("uses the site's approved contacts and falls back to the organization's", () => {
    expect(siteTemplateVars(TEST_PROFILE, 'main', 'Ana')).toEqual({
      orgName: 'Lakeside Health',
      siteName: 'Lakeside General Hospital',
      pxPhone: '555-010-0150',
      pxEmail: 'px@lakeside.example',
      agentFirstName: 'Ana',
    });
    expect(siteTemplateVars(TEST_PROFILE, 'stjoe')).toMatchObject({ siteName: "St. Joseph's Clinic", pxPhone: '(555) 010-0100', pxEmail: 'feedback@lakeside.example' });
  });
});

describe('pickVariant', () => {
  it('gives the same case the same wording every time', () => {
    expect(pickVariant('wait_time', 'en', 'case-123').id).toBe(pickVariant('wait_time', 'en', 'case-123').id);
  });

  it('rotates wording across cases', () => {
    const ids = new Set(Array.from({ length: 30 }, (_, i) => pickVariant('apology_offline', 'en', `case-${i}`).id));
    expect(ids.size).toBe(3);
  });

  it('picks a short variant for X and a Spanish one when asked', () => {
    const t = pickVariant('billing', 'es', 'case-9', 'x');
    expect([t.short, t.language, t.scenario]).toEqual([true, 'es', 'billing']);
    expect(pickVariant('billing', 'en', 'case-9', 'google').short).toBe(false);
  });
});
