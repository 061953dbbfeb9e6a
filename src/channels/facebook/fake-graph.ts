// A local stand-in for the Graph API comment edges, answering with the documented shapes: POST
// /{version}/{comment-id}/comments → `{ id }`; GET …/comments → `{ data: [{ id, message, from: { id, name } }],
// paging: { cursors: { before, after }, next? } }`; errors as `{ error: { message, type, code, error_subcode?,
// fbtrace_id } }`. Comments written by other people can be seeded to test the search.
import { newestFirstPage, startFakePlatform, type FakeAnswer, type FakePlatform } from '../fake-platform.js';

export const FAKE_PAGE_ID = '104882913375021';
export const FAKE_PAGE_TOKEN = 'EAAfakePageToken';

interface FakeComment {
  id: string;
  message: string;
  from: { id: string; name: string };
}

const PATH = /^\/(v\d+\.\d+)\/([^/]+)\/comments$/;

const error = (status: number, code: number, message: string, type = 'OAuthException'): FakeAnswer => ({
  status,
  body: { error: { message, type, code, fbtrace_id: 'AbCdEfGhIjK' } },
});

export async function startFakeGraph(version: string): Promise<FakePlatform & { threads: Map<string, FakeComment[]> }> {
  const threads = new Map<string, FakeComment[]>();
  let next = 1;
  const fake = await startFakePlatform((req) => {
    if (req.headers.authorization !== `Bearer ${FAKE_PAGE_TOKEN}`) return error(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    const m = PATH.exec(req.url.pathname);
    if (!m || m[1] !== version) return error(400, 2500, 'Unknown path components', 'OAuthException');
    const commentId = decodeURIComponent(m[2]);
    const thread = threads.get(commentId) ?? [];
    threads.set(commentId, thread);
    if (req.method === 'POST') {
      const message = new URLSearchParams(req.body).get('message');
      if (!message) return error(400, 100, '(#100) The parameter message is required', 'OAuthException');
      const id = `${commentId.split('_')[0]}_${9000 + next++}`;
      thread.push({ id, message, from: { id: FAKE_PAGE_ID, name: 'Cedar Plains Health' } });
      return { status: 200, body: { id } };
    }
    const page = newestFirstPage(thread, req.url.searchParams.get('after'));
    return {
      status: 200,
      body: {
        data: page.items,
        paging: { cursors: { before: String(page.start), after: page.next ?? String(page.start + page.items.length) }, ...(page.next ? { next: `https://graph.facebook.com/${version}/${commentId}/comments?after=${page.next}` } : {}) },
      },
    };
  });
  return Object.assign(fake, { threads });
}
