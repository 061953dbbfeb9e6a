// A local stand-in for the Business Profile API v4 reviews endpoints, answering with the documented shapes:
// `Review { name, reviewId, reviewer, starRating, comment, createTime, updateTime, reviewReply? }`,
// `ReviewReply { comment, updateTime }`, errors as `{ error: { code, message, status } }`.
import { startFakePlatform, type FakeAnswer, type FakePlatform } from '../fake-platform.js';

export const FAKE_GOOGLE_TOKEN = 'ya29.fake-access-token';

const REVIEW_PATH = /^\/v4\/(accounts\/[^/]+\/locations\/[^/]+\/reviews\/[^/]+)(\/reply)?$/;

const error = (code: number, status: string, message: string): FakeAnswer => ({ status: code, body: { error: { code, message, status } } });

export async function startFakeGoogle(reviewIds: string[]): Promise<FakePlatform & { replies: Map<string, string> }> {
  const replies = new Map<string, string>();
  const fake = await startFakePlatform((req) => {
    if (req.headers.authorization !== `Bearer ${FAKE_GOOGLE_TOKEN}`) return error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
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
  return Object.assign(fake, { replies });
}
