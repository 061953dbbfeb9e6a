// The post routes beyond ingestion (bad input and idempotency: test/reliability/bad-input.test.ts): listing with a
// cursor that never skips posts sharing a creation time, site scope on lists and single posts, and forwarded
// private posts that open a confidential case with the screenshot kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';

const EAST = 'juniper-east';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

interface Post {
  id: string;
  siteId: string | null;
  caseId: string | null;
  triage: { complaint: boolean } | null;
}

describe('post routes', () => {
  let h: ApiHarness;
  let eastAgent: { id: string; headers: SessionHeaders };
  let viewer: SessionHeaders;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await apiHarness();
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: EAST, name: 'Juniper East Clinic', kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);
    eastAgent = await signInNewUser(h, { email: 'agent.east@example.org', role: 'social_agent', sites: [EAST] });
    viewer = (await signInNewUser(h, { email: 'viewer@example.org', role: 'viewer' })).headers;
    // Seven posts written in the same microsecond: page boundaries fall between equal times, finer than a JS Date.
    const at = '2026-11-20T10:00:00.123456Z';
    const posts = Array.from({ length: 7 }, (_, i) => ({
      platform: 'google', externalId: `posts-${i}`, author: { id: `posts-author-${i}` }, text: 'Rude staff at the front desk and nobody called me back.', rating: 1, createdAt: at, listing: i < 5 ? 'juniper-main' : EAST,
    }));
    const caseIds = await ingestAndProcess(h, posts);
    const r = await h.rt.db.query<{ id: string; external_id: string }>(`SELECT id, external_id FROM posts`);
    for (const row of r.rows) ids[row.external_id] = row.id;
    expect(caseIds.every(Boolean)).toBe(true);
  });
  afterAll(() => h?.close());

  const list = async (as: SessionHeaders, query: string) => {
    const res = await call(h, as, 'GET', `/api/v1/posts?${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Post[]; nextCursor: string | null };
  };

  it('pages through every post with the cursor, none repeated and none skipped, even when they share a creation time', async () => {
    const whole = (await list(h.headers, 'limit=200')).items.map((p) => p.id);
    expect(whole).toHaveLength(7);
    for (const size of [1, 2, 3]) {
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Post[]; nextCursor: string | null } = await list(h.headers, `limit=${size}${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged, `pages of ${size}`).toEqual(whole);
    }
    expect(Object.keys((await list(h.headers, 'limit=1')).items[0])).not.toContain('_t');
    const bad = await call(h, h.headers, 'GET', `/api/v1/posts?cursor=${Buffer.from('{"t":"soon","id":"x"}').toString('base64url')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('cursor');
  });

  it('shows a site-scoped user the posts of their sites only, in lists and by id', async () => {
    const mine = (await list(eastAgent.headers, 'limit=200')).items;
    expect(mine.map((p) => p.id).sort()).toEqual([ids['posts-5'], ids['posts-6']].sort());
    expect(mine.every((p) => p.siteId === EAST)).toBe(true);
    expect((await call(h, eastAgent.headers, 'GET', `/api/v1/posts/${ids['posts-0']}`)).statusCode).toBe(404);
    const own = await call(h, eastAgent.headers, 'GET', `/api/v1/posts/${ids['posts-5']}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: ids['posts-5'], siteId: EAST, caseId: expect.any(String), triage: { complaint: true } });
    const audit = (await call(h, h.headers, 'GET', `/api/v1/audit?action=post.read&entityId=${ids['posts-5']}`)).json().items;
    expect(audit).toEqual([expect.objectContaining({ actor: 'agent.east@example.org' })]);
  });

  describe('forwarded private posts', () => {
    it('opens a confidential case at once, forwarded by the signed-in user, with their note on its timeline, and keeps the screenshot', async () => {
      const res = await call(h, eastAgent.headers, 'POST', '/api/v1/posts/forwarded', {
        text: 'A patient messaged my personal page: the clinic lost her lab order twice and nobody calls back.',
        originalPlatform: 'facebook',
        authorName: 'Dana Reyes',
        siteId: EAST,
        note: 'She asked me to pass it on.',
        image: { filename: 'screenshot.png', contentType: 'image/png', dataBase64: PNG_1PX },
      });
      expect(res.statusCode).toBe(201);
      const { postId, caseId } = res.json() as { postId: string; caseId: string };
      const c = (await call(h, eastAgent.headers, 'GET', `/api/v1/cases/${caseId}`)).json();
      expect(c).toMatchObject({ confidential: true, siteId: EAST, platform: 'forwarded' });
      expect(c.posts).toEqual([expect.objectContaining({ id: postId, visibility: 'private', forwardedBy: 'agent.east', text: expect.stringContaining('lost her lab order') })]);
      const upload = await h.rt.db.query<{ filename: string; content_type: string; bytes: Buffer; created_by: string }>(`SELECT filename, content_type, bytes, created_by FROM uploads WHERE post_id = $1`, [postId]);
      expect(upload.rows).toHaveLength(1);
      expect(upload.rows[0]).toMatchObject({ filename: 'screenshot.png', content_type: 'image/png', created_by: eastAgent.id });
      expect(Buffer.from(upload.rows[0].bytes).equals(Buffer.from(PNG_1PX, 'base64'))).toBe(true);
      expect(c.timeline).toContainEqual(expect.objectContaining({ type: 'note.added', data: expect.objectContaining({ text: 'She asked me to pass it on.' }) }));
      const audit = (await call(h, h.headers, 'GET', `/api/v1/audit?action=post.forward&entityId=${postId}`)).json().items;
      expect(audit[0]).toMatchObject({ actor: 'agent.east@example.org', details: { caseId, image: true } });
    });

    it('shows the forwarded screenshot to readers of its case only, as the image it was, and audits each read', async () => {
      const res = await call(h, eastAgent.headers, 'POST', '/api/v1/posts/forwarded', {
        text: 'Screenshot of a DM: the ER nurse was rude to my father.',
        originalPlatform: 'facebook',
        siteId: EAST,
        image: { filename: 'dm <1>.png', contentType: 'image/png', dataBase64: PNG_1PX },
      });
      const { caseId } = res.json() as { caseId: string };
      const [post] = (await call(h, eastAgent.headers, 'GET', `/api/v1/cases/${caseId}`)).json().posts as { attachments: { id: string }[] }[];
      const bytes = Buffer.from(PNG_1PX, 'base64');
      expect(post.attachments).toEqual([{ id: expect.any(String), filename: 'dm <1>.png', contentType: 'image/png', bytes: bytes.length }]);
      const url = `/api/v1/uploads/${post.attachments[0].id}`;
      const file = await h.app.inject({ method: 'GET', url, headers: eastAgent.headers });
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(bytes)).toBe(true);
      expect(file.headers).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store', 'content-disposition': 'inline; filename="dm_1_.png"' });
      expect(String(file.headers['content-security-policy'])).toContain('sandbox');
      const mainAgent = await signInNewUser(h, { email: 'agent.main@example.org', role: 'social_agent', sites: ['juniper-main'] });
      expect((await h.app.inject({ method: 'GET', url, headers: mainAgent.headers })).statusCode).toBe(404);
      expect((await h.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      const reads = (await call(h, h.headers, 'GET', `/api/v1/audit?action=upload.read&entityId=${post.attachments[0].id}`)).json().items;
      expect(reads).toEqual([expect.objectContaining({ actor: 'agent.east@example.org', details: { caseId } })]);
    });

    it('keeps a confidential case from a viewer and from agents not involved in it, in lists, reads and its posts', async () => {
      const res = await call(h, eastAgent.headers, 'POST', '/api/v1/posts/forwarded', { text: 'DM from a patient: her discharge papers went to the wrong address.', originalPlatform: 'facebook', siteId: EAST });
      const { postId, caseId } = res.json() as { postId: string; caseId: string };
      const otherAgent = await signInNewUser(h, { email: 'agent.other@example.org', role: 'social_agent' });
      const px = await signInNewUser(h, { email: 'px.all@example.org', role: 'patient_experience' });
      const reads = async (as: SessionHeaders) => ({
        case: (await call(h, as, 'GET', `/api/v1/cases/${caseId}`)).statusCode,
        post: (await call(h, as, 'GET', `/api/v1/posts/${postId}`)).statusCode,
        inList: ((await call(h, as, 'GET', '/api/v1/cases?limit=200')).json().items as { id: string }[]).some((c) => c.id === caseId),
        inPosts: ((await call(h, as, 'GET', '/api/v1/posts?limit=200')).json().items as { id: string }[]).some((p) => p.id === postId),
      });
      expect(await reads(eastAgent.headers), 'the agent who forwarded it').toEqual({ case: 200, post: 200, inList: true, inPosts: true });
      expect(await reads(px.headers), 'patient experience').toEqual({ case: 200, post: 200, inList: true, inPosts: true });
      expect(await reads(otherAgent.headers), 'another agent').toEqual({ case: 404, post: 404, inList: false, inPosts: false });
      expect(await reads(viewer), 'a viewer').toEqual({ case: 404, post: 404, inList: false, inPosts: false });

      const c = (await call(h, h.headers, 'GET', `/api/v1/cases/${caseId}`)).json() as { version: number };
      expect((await call(h, h.headers, 'PATCH', `/api/v1/cases/${caseId}`, { version: c.version, assigneeId: otherAgent.id })).statusCode).toBe(200);
      expect((await reads(otherAgent.headers)).case, 'once assigned to them').toBe(200);
    });

    it('keeps a private message that joined a public case from a viewer, who still reads the public post', async () => {
      const author = { id: 'dm-author', displayName: 'Pat Doe' };
      const [caseId] = await ingestAndProcess(h, [{ platform: 'x', externalId: 'public-1', author, text: 'Rude staff at the front desk and nobody called me back.', createdAt: new Date().toISOString(), listing: 'juniper-main' }]);
      await ingestAndProcess(h, [{ platform: 'x', externalId: 'dm-1', author, text: 'My mother is on the 5th floor, call me at 555-0187.', createdAt: new Date().toISOString(), visibility: 'private', listing: 'juniper-main' }]);
      const dm = (await h.rt.db.query<{ id: string }>(`SELECT id FROM posts WHERE external_id = 'dm-1'`)).rows[0].id;
      const texts = async (as: SessionHeaders) => ((await call(h, as, 'GET', `/api/v1/cases/${caseId}`)).json().posts as { text: string }[]).map((p) => p.text);
      expect(await texts(h.headers)).toHaveLength(2);
      expect(await texts(viewer)).toEqual(['Rude staff at the front desk and nobody called me back.']);
      expect((await call(h, viewer, 'GET', `/api/v1/posts/${dm}`)).statusCode).toBe(404);
      expect(((await call(h, viewer, 'GET', '/api/v1/posts?limit=200')).json().items as { id: string }[]).some((p) => p.id === dm)).toBe(false);
    });

    it('offers a document kept with a post as a download, never opened on our origin', async () => {
      const res = await call(h, eastAgent.headers, 'POST', '/api/v1/posts/forwarded', { text: 'Complaint letter from a patient, emailed to the clinic.', originalPlatform: 'email', siteId: EAST });
      const { postId, caseId } = res.json() as { postId: string; caseId: string };
      await h.rt.db.query(`INSERT INTO uploads (post_id, filename, content_type, bytes) VALUES ($1, 'letter.pdf', 'application/pdf', $2)`, [postId, Buffer.from('%PDF-1.4')]);
      const [post] = (await call(h, eastAgent.headers, 'GET', `/api/v1/cases/${caseId}`)).json().posts as { attachments: { id: string }[] }[];
      const file = await h.app.inject({ method: 'GET', url: `/api/v1/uploads/${post.attachments[0].id}`, headers: eastAgent.headers });
      expect(file.statusCode).toBe(200);
      expect(file.headers).toMatchObject({ 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="letter.pdf"', 'x-content-type-options': 'nosniff' });
    });

    it('refuses a site outside the user’s scope, and a viewer, storing nothing', async () => {
      const before = (await h.rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM posts`)).rows[0].n;
      const body = { text: 'Forwarded complaint about the parking garage.', originalPlatform: 'x', siteId: 'juniper-main' };
      const outside = await call(h, eastAgent.headers, 'POST', '/api/v1/posts/forwarded', body);
      expect(outside.statusCode).toBe(400);
      expect(outside.json().details).toEqual([{ path: 'siteId', message: 'outside your sites' }]);
      expect((await call(h, viewer, 'POST', '/api/v1/posts/forwarded', body)).statusCode).toBe(403);
      const unknownPlatform = await call(h, h.headers, 'POST', '/api/v1/posts/forwarded', { ...body, originalPlatform: 'myspace' });
      expect(unknownPlatform.statusCode).toBe(400);
      expect(unknownPlatform.json().details[0].path).toBe('originalPlatform');
      expect((await h.rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM posts`)).rows[0].n).toBe(before);
    });
  });
});
