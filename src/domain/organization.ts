// The organization profile every pure module reads: who we are, where our sites are, how people may name us.

export type SiteKind = 'hospital' | 'clinic' | 'other';

export interface Site {
  id: string;
  name: string;
  aliases: string[];
  city?: string;
  state?: string;
  kind?: SiteKind;
  timeZone?: string;
  /** Patient-experience contact approved for public replies. */
  publicEmail?: string;
  publicPhone?: string;
}

export interface Organization {
  name: string;
  aliases: string[];
  /** Social handles of the organization itself (without or with a leading @). */
  handles: string[];
  /**
   * Names of ours that are also common words ("Blessing", "Mercy"): a post containing one
   * may not mean us, so triage decides `mentionsOrg` for them.
   */
  ambiguousNames: string[];
  /** Phone numbers and emails approved for public replies besides the sites' own. */
  publicPhones?: string[];
  publicEmails?: string[];
  /** IANA zone for times not tied to one site (a case without a site, an organization-wide period); UTC when absent. */
  timeZone?: string;
}

export interface OrganizationProfile {
  organization: Organization;
  sites: Site[];
}
