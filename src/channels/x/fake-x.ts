// A local stand-in for the X API v2 endpoints a reply uses, answering with the documented shapes: POST /2/tweets
// `{ text, reply: { in_reply_to_tweet_id } }` → 201 `{ data: { id, text } }`; GET /2/users/:id/tweets →
// `{ data: [{ id, text, referenced_tweets }], meta: { result_count, next_token? } }`; GET /2/users/:id/mentions →
// `{ data, includes: { users }, meta: { result_count, newest_id, oldest_id, next_token? } }`; errors as problem details
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

export interface FakeMention {
  id: string;
  text: string;
  author: { id: string; username: string; name: string };
  created_at: string;
  conversation_id: string;
}

export async function startFakeX(): Promise<FakePlatform & { timeline: FakePost[]; mentions: FakeMention[] }> {
  const timeline: FakePost[] = [];
  const mentions: FakeMention[] = [];
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
    const mentionsOf = /^\/2\/users\/([^/]+)\/mentions$/.exec(req.url.pathname);
    if (req.method === 'GET' && mentionsOf) {
      if (mentionsOf[1] !== FAKE_X_USER) return problem(404, 'Not Found Error', 'Could not find user');
      const sinceId = req.url.searchParams.get('since_id');
      const startTime = req.url.searchParams.get('start_time');
      const newer = mentions.filter((m) => (sinceId ? BigInt(m.id) > BigInt(sinceId) : !startTime || m.created_at >= startTime)).sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      const page = newestFirstPage(newer, req.url.searchParams.get('pagination_token'));
      const data = page.items.map((m) => ({ id: m.id, text: m.text, author_id: m.author.id, created_at: m.created_at, conversation_id: m.conversation_id }));
      const users = [...new Map(page.items.map((m) => [m.author.id, m.author])).values()];
      const newest = newer.at(-1)?.id;
      return {
        status: 200,
        body: {
          ...(data.length ? { data, includes: { users } } : {}),
          meta: { result_count: data.length, ...(data.length ? { newest_id: newest, oldest_id: data.at(-1)!.id } : {}), ...(page.next ? { next_token: page.next } : {}) },
        },
      };
    }
    return problem(404, 'Not Found', 'Sorry, that page does not exist');
  });
  return Object.assign(fake, { timeline, mentions });
}
