// A local stand-in for the Reddit OAuth endpoints a reply uses, answering with the documented shapes: POST
// /api/comment (form: api_type=json, thing_id, text) → `{ json: { errors: [], data: { things: [{ kind: 't1', data:
// { id, name, body, parent_id, permalink } }] } } }`, refusals as HTTP 200 with `json.errors` of [code, message,
// field]; GET /user/:name/comments, /r/:sub/new and /r/:sub/comments → a Listing `{ kind: 'Listing', data: { after,
// children: [{ kind: 't1' | 't3', data }] } }`.
import { newestFirstPage, startFakePlatform, type FakeAnswer, type FakePlatform } from '../fake-platform.js';

export const FAKE_REDDIT_USER = 'CedarPlainsHealth';
export const FAKE_REDDIT_TOKEN = 'fake-reddit-token';

interface FakeComment {
  id: string;
  name: string;
  body: string;
  parent_id: string;
  permalink: string;
}

const refusal = (code: string, message: string, field: string): FakeAnswer => ({ status: 200, body: { json: { errors: [[code, message, field]] } } });

/** A submission (t3) or comment (t1) in a subreddit, as the listings carry it. */
export interface FakeThing {
  name: string;
  author: string;
  author_fullname: string;
  created_utc: number;
  permalink: string;
  title?: string;
  selftext?: string;
  body?: string;
  link_id?: string;
  parent_id?: string;
}

export const FAKE_SUBREDDIT = 'wichita';

export async function startFakeReddit(): Promise<FakePlatform & { comments: FakeComment[]; subreddit: FakeThing[] }> {
  const comments: FakeComment[] = [];
  const subreddit: FakeThing[] = [];
  let next = 1;
  const fake = await startFakePlatform((req) => {
    if (req.headers.authorization !== `Bearer ${FAKE_REDDIT_TOKEN}`) return { status: 401, body: { message: 'Unauthorized', error: 401 } };
    if (!String(req.headers['user-agent'] ?? '').includes('redress')) return { status: 429, body: { message: 'Too Many Requests', error: 429 } };
    if (req.method === 'POST' && req.url.pathname === '/api/comment') {
      const form = new URLSearchParams(req.body);
      const parent = form.get('thing_id') ?? '';
      if (!form.get('text')) return refusal('NO_TEXT', 'we need something here', 'text');
      if (!/^t[13]_/.test(parent)) return refusal('INVALID_OPTION', 'that is not a valid option', 'thing_id');
      const id = `k${(1000 + next++).toString(36)}`;
      const comment = { id, name: `t1_${id}`, body: form.get('text')!, parent_id: parent, permalink: `/r/CedarPlains/comments/abc123/_/${id}/` };
      comments.push(comment);
      return { status: 200, body: { json: { errors: [], data: { things: [{ kind: 't1', data: comment }] } } } };
    }
    const m = /^\/user\/([^/]+)\/comments$/.exec(req.url.pathname);
    if (req.method === 'GET' && m) {
      if (m[1] !== FAKE_REDDIT_USER) return { status: 404, body: { message: 'Not Found', error: 404 } };
      const page = newestFirstPage(comments, req.url.searchParams.get('after'));
      const children = page.items.map((data) => ({ kind: 't1', data }));
      return { status: 200, body: { kind: 'Listing', data: { after: page.next, dist: children.length, children } } };
    }
    const listing = /^\/r\/([^/]+)\/(new|comments)$/.exec(req.url.pathname);
    if (req.method === 'GET' && listing) {
      if (listing[1] !== FAKE_SUBREDDIT) return { status: 404, body: { message: 'Not Found', error: 404 } };
      const kind = listing[2] === 'new' ? 't3' : 't1';
      const things = subreddit.filter((t) => t.name.startsWith(`${kind}_`)).sort((a, b) => a.created_utc - b.created_utc);
      const page = newestFirstPage(things, req.url.searchParams.get('after'));
      const children = page.items.map((data) => ({ kind, data }));
      return { status: 200, body: { kind: 'Listing', data: { after: page.next, dist: children.length, children } } };
    }
    return { status: 404, body: { message: 'Not Found', error: 404 } };
  });
  return Object.assign(fake, { comments, subreddit });
}
