// A local stand-in for the Graph API edges Redress uses, answering with the documented shapes:
// POST /{version}/{object-id}/comments → `{ id }`;
// GET …/comments → `{ data: [{ id, message, from: { id, name }, created_time, parent? }], paging }`, newest first
//   (`order=reverse_chronological`); `filter=stream` adds the replies to each comment, each with its `parent`;
// GET /{version}/{page-id}/feed → `{ data: [{ id, created_time, updated_time, permalink_url }], paging }`, newest
//   first, `updated_time` moving with each new comment;
// GET /{version}/{page-id}/ratings → `{ data: [{ created_time, recommendation_type, review_text?, reviewer?: { id,
//   name }, open_graph_story: { id } }], paging }`, newest first.
// Listings page two items at a time as `paging: { cursors: { before, after }, next? }`, so clients must follow
// cursors, and return only the `fields` asked for; times look like Graph's `2026-11-21T08:00:00+0000`. Errors are
// `{ error: { message, type, code, error_subcode?, fbtrace_id } }`.
import { newestFirstPage, startFakePlatform, type FakeAnswer, type FakePlatform, type FakeRequest } from '../fake-platform.js';

export const FAKE_PAGE_ID = '104882913375021';
export const FAKE_PAGE_TOKEN = 'EAAfakePageToken';
const PAGE = { id: FAKE_PAGE_ID, name: 'Cedar Plains Health' };

export interface FakeComment {
  id: string;
  message: string;
  from: { id: string; name: string };
  /** ISO 8601; seeded comments that only the reply search reads may leave it out. */
  created_time?: string;
}

export interface FakePagePost {
  id: string;
  created_time: string;
  permalink_url: string;
}

export interface FakeRecommendation {
  created_time: string;
  recommendation_type: 'positive' | 'negative';
  review_text?: string;
  reviewer?: { id: string; name: string };
  open_graph_story: { id: string };
}

const PATH = /^\/(v\d+\.\d+)\/([^/]+)\/(comments|feed|ratings)$/;

const error = (status: number, code: number, message: string, type = 'OAuthException', subcode?: number): FakeAnswer => ({
  status,
  body: { error: { message, type, code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: 'AbCdEfGhIjK' } },
});

const graphTime = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, '+0000');
const byTime = <T extends { created_time?: string }>(items: T[]) => [...items].sort((a, b) => (a.created_time ?? '').localeCompare(b.created_time ?? ''));

/** The requested top-level fields of an item (`parent{id}` asks for `parent`), with Graph's time format. */
function only(item: object, fields: string | null): Record<string, unknown> {
  const all = item as Record<string, unknown>;
  const names = fields ? fields.replace(/\{[^}]*\}/g, '').split(',') : Object.keys(all);
  return Object.fromEntries(names.filter((n) => all[n] !== undefined).map((n) => [n, n.endsWith('_time') ? graphTime(all[n] as string) : all[n]]));
}

/** `oldestFirst` as one newest-first page of a Graph listing. */
function listing(oldestFirst: readonly object[], req: FakeRequest): FakeAnswer {
  const page = newestFirstPage(oldestFirst, req.url.searchParams.get('after'));
  const next = page.next ? { next: `https://graph.facebook.com${req.url.pathname}?after=${page.next}` } : {};
  return {
    status: 200,
    body: { data: page.items.map((i) => only(i, req.url.searchParams.get('fields'))), paging: { cursors: { before: String(page.start), after: page.next ?? String(page.start + page.items.length) }, ...next } },
  };
}

export async function startFakeGraph(version: string): Promise<
  FakePlatform & {
    /** Comments by the id of what they answer: a post's top-level comments under the post id, replies under the comment's. */
    threads: Map<string, FakeComment[]>;
    feed: FakePagePost[];
    ratings: FakeRecommendation[];
    /** Publishes a Page post; returns its id. */
    post(at: Date): string;
    /** Adds a comment to a post or a reply to a comment, by a visitor unless `from` says otherwise; returns its id. */
    comment(on: string, message: string, at: Date, from?: { id: string; name: string }): string;
  }
> {
  const threads = new Map<string, FakeComment[]>();
  const feed: FakePagePost[] = [];
  const ratings: FakeRecommendation[] = [];
  let next = 1;
  const thread = (id: string) => threads.get(id) ?? threads.set(id, []).get(id)!;
  const addComment = (on: string, message: string, at: Date, from: { id: string; name: string }) => {
    // Graph names a comment `{post}_{comment}`: a post's id is `{page}_{post}`, a comment's already starts with the post.
    const postPart = on.startsWith(`${FAKE_PAGE_ID}_`) ? on.split('_')[1] : on.split('_')[0];
    const id = `${postPart}_${9000 + next++}`;
    thread(on).push({ id, message, from, created_time: at.toISOString() });
    return id;
  };
  // A post's comments and the replies to them, each reply naming its parent, in time order.
  const stream = (postId: string) => byTime(thread(postId).flatMap((c) => [c, ...thread(c.id).map((r) => ({ ...r, parent: { id: c.id } }))]));

  const fake = await startFakePlatform((req) => {
    if (req.headers.authorization !== `Bearer ${FAKE_PAGE_TOKEN}`) return error(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    const m = PATH.exec(req.url.pathname);
    if (!m || m[1] !== version) return error(400, 2500, 'Unknown path components');
    const id = decodeURIComponent(m[2]);
    if (m[3] !== 'comments' && id !== FAKE_PAGE_ID)
      return error(400, 100, `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 'GraphMethodException', 33);
    if (m[3] === 'feed') {
      const updated = (p: FakePagePost) => [p.created_time, ...stream(p.id).map((c) => c.created_time ?? '')].sort().at(-1)!;
      return listing(byTime(feed).map((p) => ({ ...p, updated_time: updated(p) })), req);
    }
    if (m[3] === 'ratings') return listing(byTime(ratings), req);
    if (req.method === 'POST') {
      const message = new URLSearchParams(req.body).get('message');
      if (!message) return error(400, 100, '(#100) The parameter message is required');
      return { status: 200, body: { id: addComment(id, message, new Date(), PAGE) } };
    }
    if (req.url.searchParams.get('order') !== 'reverse_chronological') return error(400, 100, '(#100) This fake serves comments newest first only (order=reverse_chronological)');
    return listing(req.url.searchParams.get('filter') === 'stream' ? stream(id) : thread(id), req);
  });
  return Object.assign(fake, {
    threads,
    feed,
    ratings,
    post(at: Date) {
      const id = `${FAKE_PAGE_ID}_${next++}`;
      feed.push({ id, created_time: at.toISOString(), permalink_url: `https://www.facebook.com/CedarPlainsHealth/posts/${id.split('_')[1]}` });
      return id;
    },
    comment: (on: string, message: string, at: Date, from = { id: `1000${next}`, name: `Visitor ${next}` }) => addComment(on, message, at, from),
  });
}
