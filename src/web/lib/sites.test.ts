import { describe, expect, it } from 'vitest';
import { allSitesLabel, sitesFor } from './sites.js';

const SITES = [
  { id: 'north', name: 'Northside Hospital' },
  { id: 'front', name: 'Front Range Clinic' },
  { id: 'east', name: 'East Valley Hospital' },
];

describe('sites to pick from', () => {
  it('offers a site-scoped user only their sites, and everyone the sites by name', () => {
    expect(sitesFor({ role: 'social_agent', sites: ['north'] }, SITES as never).map((s) => s.id)).toEqual(['north']);
    expect(sitesFor({ role: 'viewer', sites: [] }, SITES as never).map((s) => s.name)).toEqual(['East Valley Hospital', 'Front Range Clinic', 'Northside Hospital']);
    expect(sitesFor({ role: 'admin', sites: ['north'] }, SITES as never)).toHaveLength(3);
  });

  it('calls no particular site what it covers: all sites, or only the reader’s own', () => {
    expect(allSitesLabel({ role: 'viewer', sites: [] })).toBe('All sites');
    expect(allSitesLabel({ role: 'patient_experience', sites: ['north'] })).toBe('My site');
    expect(allSitesLabel({ role: 'social_agent', sites: ['north', 'east'] })).toBe('All my sites');
  });
});
