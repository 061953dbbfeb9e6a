// What routing knows about a case when it decides: the triage, where the post came from, and who wrote it.
import type { SiteKind } from '../organization.js';
import type { Platform } from '../platform.js';
import type { Triage } from '../../triage/types.js';

export interface RoutingFacts {
  triage: Pick<Triage, 'complaint' | 'sentiment' | 'categories' | 'severity' | 'risks' | 'timing' | 'site' | 'mentionsOrg'>;
  source: { platform: Platform; channelAccountId: string | null; visibility: 'public' | 'private' };
  /** The case's site as resolved (triage, listing or a person); null when unknown. */
  site: { id: string; kind: SiteKind } | null;
  serviceLine: string | null;
  author: { hasOpenCase: boolean; priorCases: number };
  /** ISO instant the decision is made at. */
  now: string;
  /** Who caused the change being routed; automation never reacts to its own changes. */
  causedBy?: 'automation' | 'user';
}
