// A local stand-in for the X API v2 endpoints a reply uses, answering with the documented shapes: POST /2/tweets
// `{ text, reply: { in_reply_to_tweet_id } }` → 201 `{ data: { id, text } }`; GET /2/users/:id/tweets →
// `{ data: [{ id, text, referenced_tweets }], meta: { result_count, next_token? } }`; errors as problem details
// `{ title, detail, type, status }`. Posts by the account that are not replies can be seeded to test the search.
import { newestFirstPage, startFakePlatform, type FakeAnswer, type FakePlatform } from '../fake-platform.js';

export const FAKE_X_USER = '1498230077416329216';
export const FAKE_X_TOKEN = 'fake-x-user-token';

interface FakePost {
  id: string;
  text: string;
  referenced_tweets?: { type: 'replied_to'; id: string }[];
}

const problem = (status: number, title: string, detail: string): FakeAnswer => ({ status, body: { title, detail, type: 'about:blank', status } });

export async function startFakeX(): Promise<FakePlatform & { timeline: FakePost[] }> {
  const timeline: FakePost[] = [];
  let next = 1;
  const fake = await startFakePlatform((req) => {
    if (req.headers.authorization !== `Bearer ${FAKE_X_TOKEN}`) return problem(401, 'Unauthorized', 'Unauthorized');
    if (req.method === 'POST' && req.url.pathname === '/2/tweets') {
      const body = JSON.parse(req.body || '{}') as { text?: string; reply?: { in_reply_to_tweet_id?: string } };
      if (!body.text) return { status: 400, body: { errors: [{ message: 'text is required' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' } };
      if (timeline.some((t) => t.text.endsWith(body.text!))) return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
      const id = String(1_800_000_000_000_000_000n + BigInt(next++));
      const replyTo = body.reply?.in_reply_to_tweet_id;
      // X shows the handle answered in front of a reply's text.
      timeline.push({ id, text: replyTo ? `@someone ${body.text}` : body.text, ...(replyTo ? { referenced_tweets: [{ type: 'replied_to' as const, id: replyTo }] } : {}) });
      return { status: 201, body: { data: { id, text: body.text } } };
    }
    const m = /^\/2\/users\/([^/]+)\/tweets$/.exec(req.url.pathname);
    if (req.method === 'GET' && m) {
      if (m[1] !== FAKE_X_USER) return problem(404, 'Not Found Error', 'Could not find user');
      const page = newestFirstPage(timeline, req.url.searchParams.get('pagination_token'));
      return { status: 200, body: { data: page.items, meta: { result_count: page.items.length, ...(page.next ? { next_token: page.next } : {}) } } };
    }
    return problem(404, 'Not Found', 'Sorry, that page does not exist');
  });
  return Object.assign(fake, { timeline });
}
