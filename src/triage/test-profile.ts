// A fictional organization shared by the triage unit tests.
import type { OrganizationProfile } from '../domain/organization.js';

export const RIVERSIDE: OrganizationProfile = {
  organization: { name: 'Riverside Health', aliases: ['Riverside'], handles: ['@RiversideHealth'], ambiguousNames: [] },
  sites: [
    { id: 'north', name: 'Riverside North Hospital', aliases: ['Riverside North'], city: 'Oakton', state: 'OH' },
    { id: 'south', name: 'Riverside South Clinic', aliases: [], city: 'Millerton', state: 'KY' },
    { id: 'east', name: 'Riverside East', aliases: [], city: 'Dayfield', state: 'KY' },
  ],
};

export const MERCY: OrganizationProfile = {
  organization: { name: 'Mercy Medical Center', aliases: ['Mercy Hospital'], handles: ['@MercyMedCtr'], ambiguousNames: ['Mercy'] },
  sites: [{ id: 'dunmore', name: 'Mercy Dunmore', aliases: [], city: 'Dunmore', state: 'IA' }],
};
