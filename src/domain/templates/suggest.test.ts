import { describe, expect, it } from 'vitest';
import { suggestTemplates } from './suggest.js';

describe('suggestTemplates', () => {
  it('offers only the holding reply in public when there is clinical or legal risk', () => {
    expect(suggestTemplates({ complaint: true, risks: ['legal'], categories: ['billing'] })).toEqual(['holding_clinical_legal', 'private_outreach']);
    expect(suggestTemplates({ complaint: true, risks: ['harm'], timing: 'now' })).toEqual(['holding_clinical_legal', 'on_site_now', 'private_outreach']);
  });

  it('offers the crisis line first, in public and in private, when someone may harm themselves, even in a post that is no complaint', () => {
    expect(suggestTemplates({ complaint: false, risks: ['crisis'], timing: 'now' })).toEqual(['crisis_support', 'crisis_private', 'holding_clinical_legal', 'on_site_now', 'private_outreach']);
  });

  it('keeps the private crisis template for crisis cases only', () => {
    expect(suggestTemplates({ complaint: true, risks: ['harm'] })).not.toContain('crisis_private');
    expect(suggestTemplates({ complaint: true })).not.toContain('crisis_private');
  });

  it('offers to come and find someone who is in the building now', () => {
    expect(suggestTemplates({ complaint: true, timing: 'now', categories: ['access_wait'] })).toEqual(['on_site_now', 'wait_time', 'apology_offline', 'private_outreach']);
  });

  it('matches billing and wait complaints to their scenarios', () => {
    expect(suggestTemplates({ complaint: true, categories: ['billing'] })).toEqual(['billing', 'apology_offline', 'private_outreach']);
    expect(suggestTemplates({ complaint: true, categories: ['access_wait', 'respect'] })).toEqual(['wait_time', 'apology_offline', 'private_outreach']);
  });

  it('thanks people for praise', () => {
    expect(suggestTemplates({ complaint: false, sentiment: 0.8 })).toEqual(['praise_thanks']);
  });

  it('suggests nothing for a neutral post that is not a complaint', () => {
    expect(suggestTemplates({ complaint: false, sentiment: 0 })).toEqual([]);
  });
});
