// A local stand-in for the Business Profile API v4 reviews endpoints (get, list, reply), answering with the documented shapes:
// `Review { name, reviewId, reviewer, starRating, comment, createTime, updateTime, reviewReply? }`,
// `ReviewReply { comment, updateTime }`, errors as `{ error: { code, message, status } }`.
import { startFakePlatform, type FakeAnswer, type FakePlatform } from '../fake-platform.js';

export const FAKE_GOOGLE_TOKEN = 'ya29.fake-access-token';

const REVIEW_PATH = /^\/v4\/(accounts\/[^/]+\/locations\/[^/]+\/reviews\/[^/]+)(\/reply)?$/;
const LIST_PATH = /^\/v4\/(accounts\/[^/]+\/locations\/[^/]+)\/reviews$/;
export const FAKE_GOOGLE_LOCATION = 'accounts/1098/locations/4421';

export interface FakeReview {
  reviewId: string;
  reviewer: { displayName?: string; profilePhotoUrl?: string; isAnonymous: boolean };
  starRating: 'ONE' | 'TWO' | 'THREE' | 'FOUR' | 'FIVE';
  comment?: string;
  createTime: string;
  updateTime: string;
}

const error = (code: number, status: string, message: string): FakeAnswer => ({ status: code, body: { error: { code, message, status } } });

/** `reviews` of FAKE_GOOGLE_LOCATION are listed newest first by updateTime, `pageSize` at a time (default 2 here, so clients page). */
export async function startFakeGoogle(reviewIds: string[]): Promise<FakePlatform & { replies: Map<string, string>; reviews: FakeReview[] }> {
  const replies = new Map<string, string>();
  const reviews: FakeReview[] = [];
  const fake = await startFakePlatform((req) => {
    if (req.headers.authorization !== `Bearer ${FAKE_GOOGLE_TOKEN}`) return error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
    const list = LIST_PATH.exec(req.url.pathname);
    if (list && req.method === 'GET') {
      const location = decodeURIComponent(list[1]);
      if (location !== FAKE_GOOGLE_LOCATION) return error(404, 'NOT_FOUND', 'Requested entity was not found.');
      if (req.url.searchParams.get('orderBy') !== 'updateTime desc') return error(400, 'INVALID_ARGUMENT', 'Only updateTime desc is served by this fake.');
      const size = Math.min(Number(req.url.searchParams.get('pageSize') ?? 2), 2);
      const start = Number(req.url.searchParams.get('pageToken') ?? 0);
      const sorted = [...reviews].sort((a, b) => b.updateTime.localeCompare(a.updateTime));
      const items = sorted.slice(start, start + size).map((r) => ({ name: `${location}/reviews/${r.reviewId}`, ...r }));
      return { status: 200, body: { reviews: items, averageRating: 3, totalReviewCount: reviews.length, ...(start + size < sorted.length ? { nextPageToken: String(start + size) } : {}) } };
    }
    const m = REVIEW_PATH.exec(req.url.pathname);
    const name = m ? decodeURIComponent(m[1]) : '';
    const reviewId = name.split('/').pop() ?? '';
    if (!m || !reviewIds.includes(reviewId)) return error(404, 'NOT_FOUND', 'Requested entity was not found.');
    const now = new Date().toISOString();
    if (m[2] && req.method === 'PUT') {
      const comment = (JSON.parse(req.body) as { comment?: unknown }).comment;
      if (typeof comment !== 'string' || !comment) return error(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.');
      replies.set(name, comment);
      return { status: 200, body: { comment, updateTime: now } };
    }
    if (!m[2] && req.method === 'GET') {
      const reply = replies.get(name);
      return {
        status: 200,
        body: {
          name,
          reviewId,
          reviewer: { displayName: 'A reviewer', isAnonymous: false },
          starRating: 'TWO',
          comment: 'The wait was long.',
          createTime: now,
          updateTime: now,
          ...(reply ? { reviewReply: { comment: reply, updateTime: now } } : {}),
        },
      };
    }
    return error(405, 'UNIMPLEMENTED', 'Method not allowed.');
  });
  return Object.assign(fake, { replies, reviews });
}
