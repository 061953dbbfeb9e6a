// Reading a location's reviews from Google Business Profile (API v4 `accounts.locations.reviews.list`): Google does
// not push reviews to us, so a poll asks for them newest first by `updateTime` and stops at the first one it has
// already seen. The cursor is the newest `updateTime` read; an edited review comes back with a later one and becomes
// a revision of the post. A review's id is the post's externalId, so a reply finds it as in google-business.ts.
import { callPlatform } from '../http.js';
import { readNewPages } from '../pages.js';
import { ChannelError, type PostSource, type SourceAccount, type SourcePage } from '../types.js';
import type { PostInput } from '../../app/post-input.js';
import type { TokenSource } from '../oauth-token.js';
import { googleError } from './google-business.js';

export interface GoogleReviewsSettings {
  baseUrl: string;
  accessToken: TokenSource;
}

interface Review {
  name?: string;
  reviewId?: string;
  reviewer?: { displayName?: string; profilePhotoUrl?: string; isAnonymous?: boolean };
  starRating?: string;
  comment?: string;
  createTime?: string;
  updateTime?: string;
}

const PLATFORM = 'Google Business Profile';
const LOCATION_NAME = /^accounts\/[^/\s]+\/locations\/[^/\s]+$/;
/** Google's largest page is 50; 20 pages bound one poll, and the next poll carries on from its cursor. */
const PAGE_SIZE = 50;
const MAX_PAGES = 20;
const STARS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

/** Google names no reviewer id: the profile photo address is per person, and an anonymous review is its own author. */
function reviewToPost(review: Review): PostInput | null {
  if (!review.reviewId || !review.createTime || !review.updateTime) return null;
  const rating = STARS[review.starRating ?? ''] ?? null;
  const text = review.comment?.trim() ?? '';
  const reviewer = review.reviewer ?? {};
  return {
    platform: 'google',
    externalId: review.reviewId,
    author: {
      id: !reviewer.isAnonymous && reviewer.profilePhotoUrl ? reviewer.profilePhotoUrl : `review:${review.reviewId}`,
      displayName: reviewer.isAnonymous ? null : (reviewer.displayName ?? null),
    },
    text,
    rating,
    createdAt: review.createTime,
    visibility: 'public',
  };
}

export function createGoogleReviewsSource(settings: GoogleReviewsSettings): PostSource {
  return {
    // A malformed location is read, so that its poll reports the mistake to admins.
    reads: () => true,
    async fetchNew(account: SourceAccount, cursor: string | null, since: Date): Promise<SourcePage> {
      if (!LOCATION_NAME.test(account.externalId))
        throw new ChannelError(`${PLATFORM}: channel account ${account.id} needs externalId accounts/{accountId}/locations/{locationId}`, false);
      const after = cursor ?? since.toISOString();
      const posts: PostInput[] = [];
      let newest = cursor;
      const path = account.externalId.split('/').map(encodeURIComponent).join('/');
      const { truncated } = await readNewPages(async (pageToken) => {
        const query = new URLSearchParams({ pageSize: String(PAGE_SIZE), orderBy: 'updateTime desc', ...(pageToken ? { pageToken } : {}) });
        const res = await callPlatform(PLATFORM, `${settings.baseUrl}/v4/${path}/reviews?${query}`, { method: 'GET', token: await settings.accessToken() });
        if (res.status !== 200) throw googleError(res);
        const body = (res.body ?? {}) as { reviews?: Review[]; nextPageToken?: string };
        for (const review of body.reviews ?? []) {
          // Timestamps are RFC 3339 in UTC, so they order as strings once normalized.
          const updated = review.updateTime ? new Date(review.updateTime).toISOString() : '';
          if (updated <= after) return { reachedSeen: true, next: null };
          if (!newest || updated > newest) newest = updated;
          const post = reviewToPost(review);
          if (post) posts.push(post);
        }
        return { reachedSeen: false, next: body.nextPageToken ?? null };
      }, MAX_PAGES);
      return { posts, cursor: newest, truncated };
    },
  };
}
