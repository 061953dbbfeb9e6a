// The reply routes keep the promises of safe public replies: the guard refuses a blocked draft and names the rule,
// only a permitted role may override it with a written reason the audit log keeps, approval waits for a second
// person, the outbox delivers once, confidential cases take no public reply, platforms without a reply API end
// as "post by hand", and the evidence export shows how every public reply was checked, within the reader's scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { apiHarness, call, ingestAndProcess, runQueuedJobs, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';
import type { RecordedReply } from '../../channels/test/test-channel.js';
import { GUARD_POLICY_VERSION } from '../../domain/reply-guard/policy.js';
import { hashSecret as hashToken, newSecret, TOKEN_PREFIX } from '../../app/api-tokens.js';

const EAST = 'juniper-east'; // every case here needs approval of its public replies
const WEST = 'juniper-west'; // and here only risk managers (and administrators) may give it
const WEST_RULE = 'West clinic: risk management approves public replies';
const SAFE = 'We are sorry to hear this and want to make it right. Please send us a private message so we can look into it.';
const UNSAFE = 'We are so sorry about your surgery, Lee. We will look into it.';
const REASON = 'Reviewer named the surgery publicly and asked us to answer about it.';

interface Reply {
  id: string;
  status: string;
  verdict: string;
  findings: { rule: string; level: string }[];
}

describe('reply routes', () => {
  let h: ApiHarness;
  let agent: { id: string; headers: SessionHeaders };
  let px: { id: string; headers: SessionHeaders };
  let risk: { id: string; headers: SessionHeaders };
  let eastViewer: { id: string; headers: SessionHeaders };
  let westPx: { id: string; headers: SessionHeaders };
  let n = 0;
  const started = new Date();

  /** Opens a fresh case (its own author) from one complaint; answers the case id. */
  const openCase = async (over: Record<string, unknown> = {}) => {
    n++;
    const [caseId] = await ingestAndProcess(h, [
      {
        platform: 'test',
        externalId: `reply-${n}`,
        author: { id: `reply-author-${n}`, displayName: 'Lee Park' },
        text: 'The front desk was rude and nobody called me back about my appointment. Very disappointed.',
        rating: 1,
        createdAt: new Date().toISOString(),
        listing: 'juniper-main',
        ...over,
      },
    ]);
    return caseId;
  };
  const send = (as: SessionHeaders, caseId: string, body: object) => call(h, as, 'POST', `/api/v1/cases/${caseId}/replies`, { kind: 'public', ...body });
  const caseDetail = async (caseId: string) => (await call(h, h.headers, 'GET', `/api/v1/cases/${caseId}`)).json();
  const replyRow = async (id: string) =>
    (await h.rt.db.query<Record<string, unknown>>(`SELECT status, override_reason, override_by, approver_id, approval_comment, platform_reply_id, platform_url, sent_at FROM replies WHERE id = $1`, [id])).rows[0];
  const deliverJobsFor = async (id: string) => (await h.rt.db.query(`SELECT 1 FROM pgboss.job WHERE name = 'reply.deliver' AND data->>'replyId' = $1`, [id])).rows.length;
  const testChannel = () => (h.rt.channels.test as unknown as { received: RecordedReply[] }).received;

  beforeAll(async () => {
    h = await apiHarness();
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: EAST, name: 'Juniper East Clinic', kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: WEST, name: 'Juniper West Clinic', kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);
    const rules = [
      { id: 'east-approval', name: 'East clinic: public replies need approval', when: { sites: [EAST] }, then: [{ requireApproval: true }] },
      { id: 'west-risk', name: WEST_RULE, when: { sites: [WEST] }, then: [{ requireApproval: { roles: ['risk_manager'] } }] },
      { id: 'desk', name: 'Complaints: the social desk', when: { complaint: true }, then: [{ assignTeam: 'desk', startClocks: ['public_ack', 'private_outreach'] }] },
    ];
    expect((await call(h, h.headers, 'PUT', '/api/v1/settings/routing-rules', rules)).statusCode).toBe(200);
    agent = await signInNewUser(h, { email: 'agent@example.org', role: 'social_agent' });
    px = await signInNewUser(h, { email: 'px.east@example.org', role: 'patient_experience', sites: [EAST] });
    risk = await signInNewUser(h, { email: 'risk@example.org', role: 'risk_manager' });
    eastViewer = await signInNewUser(h, { email: 'viewer.east@example.org', role: 'viewer', sites: [EAST] });
    westPx = await signInNewUser(h, { email: 'px.west@example.org', role: 'patient_experience', sites: [WEST], name: 'Wren West' });
  });
  afterAll(() => h?.close());

  describe('the guard', () => {
    it('checks a draft as the user types, with the findings and where they are, storing nothing', async () => {
      const caseId = await openCase();
      const res = await call(h, agent.headers, 'POST', '/api/v1/replies/check', { caseId, text: UNSAFE, kind: 'public' });
      expect(res.statusCode).toBe(200);
      const { verdict, findings } = res.json() as { verdict: string; findings: { rule: string; start: number; end: number }[] };
      expect(verdict).toBe('block');
      const care = findings.find((f) => f.rule === 'care_relationship')!;
      expect(UNSAFE.slice(care.start, care.end)).toMatch(/your surgery/i);
      expect((await call(h, agent.headers, 'POST', '/api/v1/replies/check', { caseId, text: SAFE, kind: 'public' })).json()).toMatchObject({ verdict: 'ok', findings: [] });
      expect((await h.rt.db.query('SELECT 1 FROM replies WHERE case_id = $1', [caseId])).rows).toEqual([]);
    });

    it('refuses a public reply with a blocking finding, names the rule, and stores nothing', async () => {
      const caseId = await openCase();
      const res = await send(agent.headers, caseId, { text: UNSAFE });
      expect(res.statusCode).toBe(422);
      const body = res.json() as { error: string; details: { path: string; message: string }[] };
      expect(body.error).toBe('blocked');
      expect(body.details.map((d) => d.message.split(':')[0])).toContain('care_relationship');
      expect(body.details[0].path).toMatch(/^text\[\d+:\d+\]$/);
      expect((await h.rt.db.query('SELECT 1 FROM replies WHERE case_id = $1', [caseId])).rows).toEqual([]);
      expect((await caseDetail(caseId)).timeline.map((e: { type: string }) => e.type)).not.toContain('reply.queued');
    });

    it('lets only a permitted role override a block, with a written reason the audit log and the reply keep', async () => {
      const caseId = await openCase();
      const byAgent = await send(agent.headers, caseId, { text: UNSAFE, overrideReason: REASON });
      expect(byAgent.statusCode).toBe(403);
      expect(byAgent.json().message).toMatch(/social_agent/);
      const tooShort = await send(risk.headers, caseId, { text: UNSAFE, overrideReason: 'ok' });
      expect(tooShort.statusCode).toBe(400);
      expect(tooShort.json().details[0].path).toBe('overrideReason');
      expect((await h.rt.db.query('SELECT 1 FROM replies WHERE case_id = $1', [caseId])).rows).toEqual([]);

      const ok = await send(risk.headers, caseId, { text: UNSAFE, overrideReason: REASON });
      expect(ok.statusCode).toBe(201);
      const reply = ok.json() as Reply;
      expect(reply).toMatchObject({ status: 'queued', verdict: 'block' });
      expect(await replyRow(reply.id)).toMatchObject({ override_reason: REASON, override_by: risk.id });
      const audit = (await call(h, h.headers, 'GET', `/api/v1/audit?entityId=${reply.id}&action=reply.override`)).json();
      expect(audit.items).toHaveLength(1);
      expect(audit.items[0]).toMatchObject({ actor: 'risk@example.org', entityType: 'reply', details: { caseId, overrideReason: REASON, verdict: 'block' } });
      expect(audit.items[0].details.rules).toContain('care_relationship');
    });
  });

  describe('templates', () => {
    type Offered = { scenario: string; channel: string; language: string; text: string };
    const offered = async (caseId: string) => (await call(h, agent.headers, 'GET', `/api/v1/cases/${caseId}/templates`)).json() as Offered[];
    // Templates need the site's approved contacts: a site without them is offered none that would name them.
    const SITE = { id: 'juniper-north', name: 'Juniper North Hospital', kind: 'hospital', timeZone: 'UTC', publicPhone: '(312) 555-0188', publicEmail: 'care@juniper.example' };
    const openAtSite = (text?: string) => openCase({ listing: SITE.id, ...(text ? { text } : {}) });
    beforeAll(async () => {
      expect((await call(h, h.headers, 'POST', '/api/v1/sites', SITE)).statusCode).toBe(200);
    });

    it('offers a crisis case a private message with 988, 911 and the site’s approved contact, in the writer’s language', async () => {
      const english = await offered(await openAtSite('Nobody at your ER listened to me and I want to end it all tonight.'));
      const crisis = english.filter((t) => t.scenario === 'crisis_private');
      expect(crisis).toHaveLength(1);
      expect(crisis[0]).toMatchObject({ channel: 'private', language: 'en' });
      expect(crisis[0].text).toMatch(/988[\s\S]*911/);
      expect(crisis[0].text).toContain(SITE.publicPhone);
      // The first private template offered is the crisis one, ahead of the ordinary outreach.
      expect(english.filter((t) => t.channel === 'private').map((t) => t.scenario)).toEqual(['crisis_private', 'private_outreach']);

      const spanish = await offered(await openAtSite('Nadie en su sala de emergencias me escuchó y ya no quiero vivir.'));
      expect(spanish.find((t) => t.scenario === 'crisis_private')).toMatchObject({ channel: 'private', language: 'es' });
    });

    it('keeps the private crisis template to crisis cases, and words private outreach for a post or a message alike', async () => {
      const ordinary = await offered(await openAtSite());
      expect(ordinary.map((t) => t.scenario)).not.toContain('crisis_private');
      const outreach = ordinary.find((t) => t.scenario === 'private_outreach')!;
      expect(outreach.text).not.toMatch(/your (post|message)\b/i);
    });
  });

  describe('the outbox', () => {
    it('delivers a queued reply once through the test channel and marks it sent with the platform id', async () => {
      const caseId = await openCase();
      const res = await send(agent.headers, caseId, { text: SAFE });
      expect(res.statusCode).toBe(201);
      const reply = res.json() as Reply;
      expect(reply).toMatchObject({ status: 'queued', verdict: 'ok' });
      expect(await deliverJobsFor(reply.id)).toBe(1);
      const before = testChannel().length;

      await runQueuedJobs(h, 'reply.deliver');
      await runQueuedJobs(h, 'reply.deliver'); // a retry of the same job must not post again
      const mine = testChannel().slice(before).filter((r) => r.reply.text === SAFE);
      expect(mine).toHaveLength(1);
      expect(mine[0].target).toMatchObject({ platform: 'test', postExternalId: `reply-${n}` });

      const row = await replyRow(reply.id);
      expect(row).toMatchObject({ status: 'sent', platform_reply_id: mine[0].sent.platformReplyId, platform_url: mine[0].sent.url });
      expect(row.sent_at).toBeInstanceOf(Date);
      const c = await caseDetail(caseId);
      expect(c.timeline.filter((e: { type: string }) => e.type === 'reply.sent')).toHaveLength(1);
      expect(c.status).toBe('acknowledged');
      // The status the reply moved is on the timeline too, so the story does not skip a step.
      expect(c.timeline.filter((e: { type: string }) => e.type === 'status.changed').map((e: { data: unknown }) => e.data)).toContainEqual({ from: 'triaged', to: 'acknowledged', because: 'reply.sent' });
      expect(c.clocks.find((k: { name: string }) => k.name === 'public_ack').state).toBe('met');
      expect(c.replies[0]).toMatchObject({ id: reply.id, status: 'sent', platformUrl: mine[0].sent.url });
    });

    it('refuses any public reply on a confidential case but lets a private one through', async () => {
      const fwd = await call(h, agent.headers, 'POST', '/api/v1/posts/forwarded', {
        text: 'Forwarded from our inbox: the nurse on 4 West ignored my call light for an hour.',
        originalPlatform: 'facebook',
        authorName: 'Sam Quill',
        siteId: 'juniper-main',
      });
      expect(fwd.statusCode).toBe(201);
      const { caseId } = fwd.json() as { caseId: string };
      expect((await caseDetail(caseId)).confidential).toBe(true);
      const pub = await send(risk.headers, caseId, { text: SAFE, overrideReason: REASON });
      expect(pub.statusCode).toBe(422);
      expect(pub.json().message).toMatch(/privately/);
      const priv = await send(agent.headers, caseId, { text: 'Thank you for writing to us. Could we call you to talk this through?', kind: 'private' });
      expect(priv.statusCode).toBe(201);
      expect((await h.rt.db.query(`SELECT kind FROM replies WHERE case_id = $1`, [caseId])).rows).toEqual([{ kind: 'private' }]);
    });

    it('never sends a private reply through the public reply API, and refuses a private route the platform lacks', async () => {
      const caseId = await openCase();
      const priv = await send(agent.headers, caseId, { text: 'Thank you for writing to us. Could we call you to talk this through?', kind: 'private' });
      expect(priv.statusCode).toBe(201);
      expect((priv.json() as Reply).status).toBe('manual');
      expect(await deliverJobsFor((priv.json() as Reply).id)).toBe(0);
      const google = await openCase({ platform: 'google' });
      const dm = await send(agent.headers, google, { text: 'Thank you for writing to us.', kind: 'private' });
      expect(dm.statusCode).toBe(422);
      expect(dm.json().details).toEqual([{ path: 'kind', message: 'on google: public' }]);
      const mail = await send(agent.headers, google, { text: 'Thank you for writing to us.', kind: 'email' });
      expect(mail.statusCode).toBe(422);
    });

    it('refuses, naming the earlier reply, the same public reply saved twice while the first waits to be posted by hand', async () => {
      const caseId = await openCase({ platform: 'yelp' });
      const first = await send(agent.headers, caseId, { text: SAFE });
      expect(first.json().status).toBe('manual');
      const again = await send(risk.headers, caseId, { text: `${SAFE} ` });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toMatch(/^The same public reply to this post \(written by agent just now\) is already waiting to be posted by hand; it was not saved a second time\.$/);
      expect(again.json().details).toEqual([{ path: 'text', message: `same text as reply ${first.json().id}, which is already waiting to be posted by hand` }]);
      expect((await h.rt.db.query('SELECT 1 FROM replies WHERE case_id = $1', [caseId])).rows).toHaveLength(1);
      // Different words are a new reply.
      expect((await send(agent.headers, caseId, { text: 'Thank you for telling us. Please call our patient experience team.' })).statusCode).toBe(201);
    });

    it('answers the public post, not a private message that joined the case, and refuses when no public post is left', async () => {
      const caseId = await openCase();
      await ingestAndProcess(h, [{ platform: 'test', externalId: `reply-${n}-dm`, author: { id: `reply-author-${n}` }, text: 'Here is my phone number, please call me.', createdAt: new Date().toISOString(), visibility: 'private' }]);
      const res = await send(agent.headers, caseId, { text: SAFE });
      expect(res.statusCode).toBe(201);
      const target = await h.rt.db.query<{ external_id: string }>(`SELECT p.external_id FROM replies r JOIN posts p ON p.id = r.post_id WHERE r.id = $1`, [res.json().id]);
      expect(target.rows[0].external_id).toBe(`reply-${n}`);

      await h.rt.db.query(`UPDATE posts SET visibility = 'private' WHERE case_id = $1`, [caseId]); // as if the public post were gone
      const none = await send(agent.headers, caseId, { text: 'Thank you for telling us. Please call our patient experience team.' });
      expect(none.statusCode).toBe(422);
      expect(none.json()).toMatchObject({ error: 'unavailable', message: expect.stringMatching(/^This case has no public post to answer/), details: [{ path: 'kind', message: 'no public post on this case' }] });
    });

    it('ends a reply on a platform without a reply API as "post by hand" until someone confirms it was posted', async () => {
      const caseId = await openCase({ platform: 'yelp' });
      const res = await send(agent.headers, caseId, { text: SAFE });
      expect(res.statusCode).toBe(201);
      const reply = res.json() as Reply;
      expect(reply.status).toBe('manual');
      expect(await deliverJobsFor(reply.id)).toBe(0);

      const url = 'https://www.yelp.com/biz/juniper-hollow?hrid=abc';
      const done = await call(h, agent.headers, 'POST', `/api/v1/replies/${reply.id}/mark-posted`, { url });
      expect(done.statusCode).toBe(200);
      expect(await replyRow(reply.id)).toMatchObject({ status: 'posted_manually', platform_url: url });
      const sent = (await caseDetail(caseId)).timeline.find((e: { type: string }) => e.type === 'reply.sent');
      expect(sent).toMatchObject({ actor: { kind: 'user', id: agent.id }, data: { replyId: reply.id, manual: true, url } });
      expect((await call(h, agent.headers, 'POST', `/api/v1/replies/${reply.id}/mark-posted`, {})).statusCode).toBe(409);
    });
  });

  describe('approval', () => {
    let approvedId: string;

    it('pages the approvers when the held reply is for someone in the building now', async () => {
      const caseId = await openCase({ listing: EAST, text: 'Sitting in your ER right now, four hours and nobody has told us anything. Rude front desk.' });
      expect((await caseDetail(caseId)).timing).toBe('now');
      expect((await send(agent.headers, caseId, { text: SAFE })).json().status).toBe('pending_approval');
      const sent = await h.rt.db.query<{ urgent: boolean }>(`SELECT urgent FROM notifications WHERE kind = 'approval' AND case_id = $1`, [caseId]);
      expect(sent.rows.length).toBeGreaterThan(0);
      expect(sent.rows.every((r) => r.urgent)).toBe(true);
    });

    it('holds a public reply for approval and notifies the approvers in scope', async () => {
      const caseId = await openCase({ listing: EAST });
      expect((await caseDetail(caseId)).approvalRequired).toBe(true);
      const res = await send(agent.headers, caseId, { text: SAFE });
      expect(res.statusCode).toBe(201);
      const reply = res.json() as Reply;
      expect(reply.status).toBe('pending_approval');
      expect(await deliverJobsFor(reply.id)).toBe(0);
      expect((await caseDetail(caseId)).timeline.map((e: { type: string }) => e.type)).toContain('reply.awaiting_approval');
      const notes = (await call(h, px.headers, 'GET', '/api/v1/notifications')).json() as { kind: string; caseId: string }[];
      expect(notes).toContainEqual(expect.objectContaining({ kind: 'approval', caseId }));
      const approvers = await h.rt.db.query<{ email: string; urgent: boolean }>(`SELECT u.email, n.urgent FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'approval' AND n.case_id = $1 ORDER BY 1`, [caseId]);
      expect(approvers.rows.map((r) => r.email)).toEqual(['admin@example.org', 'px.east@example.org', 'risk@example.org']);
      expect(approvers.rows.every((r) => !r.urgent)).toBe(true);
      const awaiting = async () => ((await call(h, px.headers, 'GET', '/api/v1/cases?awaiting=approval')).json() as { items: { id: string }[] }).items.map((c) => c.id);
      expect(await awaiting()).toContain(caseId);

      expect((await call(h, agent.headers, 'POST', `/api/v1/replies/${reply.id}/approve`, {})).statusCode).toBe(403);
      const ok = await call(h, px.headers, 'POST', `/api/v1/replies/${reply.id}/approve`, { comment: 'Fine to post.' });
      expect(ok.statusCode).toBe(200);
      expect(await replyRow(reply.id)).toMatchObject({ status: 'queued', approver_id: px.id, approval_comment: 'Fine to post.' });
      expect(await deliverJobsFor(reply.id)).toBe(1);
      expect(await awaiting()).not.toContain(caseId);
      const approved = (await caseDetail(caseId)).timeline.find((e: { type: string }) => e.type === 'reply.approved');
      expect(approved).toMatchObject({ actor: { kind: 'user', id: px.id }, data: { replyId: reply.id, comment: 'Fine to post.' } });
      expect((await call(h, risk.headers, 'POST', `/api/v1/replies/${reply.id}/approve`, {})).statusCode).toBe(409);
      approvedId = reply.id;
    });

    it('takes an approval only from a signed-in person: an API token, whatever its role, is refused and the reply still waits', async () => {
      const caseId = await openCase({ listing: EAST });
      const reply = (await send(agent.headers, caseId, { text: SAFE })).json() as Reply;
      const token = TOKEN_PREFIX + newSecret();
      await h.rt.db.query(`INSERT INTO api_tokens (name, token_hash, role, sites) VALUES ('integration', $1, 'admin', '{}')`, [hashToken(token)]);
      const bearer = { authorization: `Bearer ${token}` };
      for (const decision of ['approve', 'reject']) {
        const res = await call(h, bearer, 'POST', `/api/v1/replies/${reply.id}/${decision}`, { comment: 'Automated.' });
        expect(res.statusCode).toBe(403);
        expect(res.json().message).toMatch(/signed-in person/);
      }
      expect(await replyRow(reply.id)).toMatchObject({ status: 'pending_approval', approver_id: null });
    });

    it('rejects only with a comment, which lands on the timeline, and never delivers the reply', async () => {
      const caseId = await openCase({ listing: EAST });
      const reply = (await send(agent.headers, caseId, { text: SAFE })).json() as Reply;
      const bare = await call(h, risk.headers, 'POST', `/api/v1/replies/${reply.id}/reject`, {});
      expect(bare.statusCode).toBe(400);
      expect(bare.json().details[0].path).toBe('comment');
      const res = await call(h, risk.headers, 'POST', `/api/v1/replies/${reply.id}/reject`, { comment: 'Too specific: take it offline.' });
      expect(res.statusCode).toBe(200);
      expect(await replyRow(reply.id)).toMatchObject({ status: 'rejected', approver_id: risk.id, approval_comment: 'Too specific: take it offline.' });
      expect(await deliverJobsFor(reply.id)).toBe(0);
      const rejected = (await caseDetail(caseId)).timeline.find((e: { type: string }) => e.type === 'reply.rejected');
      expect(rejected).toMatchObject({ actor: { kind: 'user', id: risk.id }, data: { replyId: reply.id, comment: 'Too specific: take it offline.' } });
      const writerNotes = (await call(h, agent.headers, 'GET', '/api/v1/notifications')).json() as { subject: string; caseId: string }[];
      expect(writerNotes).toContainEqual(expect.objectContaining({ caseId, subject: expect.stringContaining('was rejected; the reason is on the case') }));
      expect(writerNotes.some((n) => n.subject.includes('Too specific'))).toBe(false);
    });

    it('sends an approved reply on a platform without a reply API to "post by hand", not to the outbox', async () => {
      const caseId = await openCase({ listing: EAST, platform: 'yelp' });
      const reply = (await send(agent.headers, caseId, { text: SAFE })).json() as Reply;
      expect(reply.status).toBe('pending_approval');
      expect((await call(h, px.headers, 'POST', `/api/v1/replies/${reply.id}/approve`, {})).statusCode).toBe(200);
      expect((await replyRow(reply.id)).status).toBe('manual');
      expect(await deliverJobsFor(reply.id)).toBe(0);
      // The writer is told to post it, the case is in their "to post by hand" view, and no approver is still asked.
      const writerNotes = (await call(h, agent.headers, 'GET', '/api/v1/notifications')).json() as { subject: string; caseId: string }[];
      expect(writerNotes).toContainEqual(expect.objectContaining({ caseId, subject: expect.stringContaining('was approved: post it by hand') }));
      const toPost = (await call(h, agent.headers, 'GET', '/api/v1/cases?awaiting=posting')).json() as { items: { id: string }[] };
      expect(toPost.items.map((c) => c.id)).toContain(caseId);
      const open = await h.rt.db.query(`SELECT 1 FROM notifications WHERE kind = 'approval' AND idempotency_key LIKE $1 AND read_at IS NULL`, [`approval:${reply.id}:%`]);
      expect(open.rows).toEqual([]);
    });

    it('refuses a second copy of a reply that waits for approval', async () => {
      const caseId = await openCase({ listing: EAST });
      const first = (await send(agent.headers, caseId, { text: SAFE })).json() as Reply;
      const again = await send(agent.headers, caseId, { text: SAFE });
      expect(again.statusCode).toBe(409);
      expect(again.json().details[0].message).toBe(`same text as reply ${first.id}, which is already waiting for approval`);
    });

    it('tells the other approvers who settled the request, so nobody is still asked to approve a decided reply', async () => {
      const caseId = await openCase({ listing: EAST, text: 'Sitting in your ER right now, four hours and nobody has told us anything. Rude front desk.' });
      const { number } = await caseDetail(caseId);
      const reply = (await send(agent.headers, caseId, { text: SAFE })).json() as Reply;
      expect((await call(h, px.headers, 'POST', `/api/v1/replies/${reply.id}/approve`, {})).statusCode).toBe(200);
      const asked = await h.rt.db.query<{ email: string; subject: string; urgent: boolean; read: boolean }>(
        `SELECT u.email, n.subject, n.urgent, n.read_at IS NOT NULL AS read FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.idempotency_key LIKE $1 ORDER BY 1`,
        [`approval:${reply.id}:%`],
      );
      expect(asked.rows).toEqual([
        { email: 'admin@example.org', subject: `A public reply on case #${number} was approved by px.east`, urgent: false, read: true },
        { email: 'px.east@example.org', subject: `You approved the public reply on case #${number}`, urgent: false, read: true },
        { email: 'risk@example.org', subject: `A public reply on case #${number} was approved by px.east`, urgent: false, read: true },
      ]);
      const adminSees = (await call(h, h.headers, 'GET', '/api/v1/notifications')).json() as { subject: string; caseId: string }[];
      expect(adminSees.filter((x) => x.caseId === caseId).map((x) => x.subject)).not.toContain(`A public reply on case #${number} waits for your approval`);
    });

    describe('when the rule names who approves', () => {
      it('asks only the named approvers, and the timeline says which rule held the reply and who may approve it', async () => {
        const caseId = await openCase({ listing: WEST });
        const reply = (await send(agent.headers, caseId, { text: SAFE })).json() as Reply;
        expect(reply.status).toBe('pending_approval');
        const asked = await h.rt.db.query<{ email: string }>(`SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.idempotency_key LIKE $1 ORDER BY 1`, [`approval:${reply.id}:%`]);
        expect(asked.rows.map((r) => r.email)).toEqual(['admin@example.org', 'risk@example.org']);
        const held = (await caseDetail(caseId)).timeline.find((e: { type: string }) => e.type === 'reply.awaiting_approval');
        expect(held.data.approval).toMatchObject({ requiredBy: [{ ruleId: 'west-risk', ruleName: WEST_RULE }], approvers: 'risk managers (or an administrator)' });
      });

      it('refuses anyone else in plain words and tells the case screen who may approve', async () => {
        const caseId = await openCase({ listing: WEST });
        const reply = (await send(agent.headers, caseId, { text: SAFE })).json() as Reply;
        const pending = async (as: SessionHeaders) => ((await call(h, as, 'GET', `/api/v1/cases/${caseId}`)).json().replies as { id: string; canApprove?: boolean; approvers?: string }[]).find((r) => r.id === reply.id);
        expect(await pending(westPx.headers)).toMatchObject({ canApprove: false, approvers: 'risk managers (or an administrator)' });
        expect(await pending(risk.headers)).toMatchObject({ canApprove: true });
        expect(await pending(agent.headers)).toMatchObject({ canApprove: false });

        for (const decision of ['approve', 'reject']) {
          const refused = await call(h, westPx.headers, 'POST', `/api/v1/replies/${reply.id}/${decision}`, { comment: 'Looks fine to me.' });
          expect(refused.statusCode).toBe(403);
          expect(refused.json().message).toBe(`Only risk managers (or an administrator) may approve or reject this reply: the routing rule “${WEST_RULE}” asks for them.`);
        }
        expect((await replyRow(reply.id)).status).toBe('pending_approval');
        expect((await call(h, risk.headers, 'POST', `/api/v1/replies/${reply.id}/approve`, { comment: 'Risk has called the patient.' })).statusCode).toBe(200);
        expect(await replyRow(reply.id)).toMatchObject({ status: 'queued', approver_id: risk.id });
      });
    });

    it('does not let the writer approve their own reply', async () => {
      const caseId = await openCase({ listing: EAST });
      const reply = (await send(px.headers, caseId, { text: SAFE })).json() as Reply;
      const res = await call(h, px.headers, 'POST', `/api/v1/replies/${reply.id}/approve`, { comment: 'mine' });
      expect(res.statusCode).toBe(403);
      expect((await replyRow(reply.id)).status).toBe('pending_approval');
    });

    describe('the evidence export', () => {
      it('is for patient experience, risk and admins: viewers and agents are refused', async () => {
        for (const as of [eastViewer.headers, agent.headers]) {
          for (const format of ['csv', 'pdf']) expect((await call(h, as, 'GET', `/api/v1/replies/export.${format}`)).statusCode).toBe(403);
        }
      });

      const csv = async (as: SessionHeaders, query: string) => {
        const res = await call(h, as, 'GET', `/api/v1/replies/export.csv?${query}`);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        return parse(res.body, { columns: true }) as Record<string, string>[];
      };

      it('gives per case the findings, the override reason and who overrode, the approver and the policy version', async () => {
        const overridden = await h.rt.db.query<{ id: string; case_id: string }>(`SELECT id, case_id FROM replies WHERE override_reason IS NOT NULL`);
        const [row] = await csv(h.headers, `caseId=${overridden.rows[0].case_id}`);
        expect(row).toMatchObject({ id: overridden.rows[0].id, kind: 'public', verdict: 'block', overrideReason: REASON, overriddenBy: 'risk@example.org', policyVersion: GUARD_POLICY_VERSION });
        expect(JSON.parse(row.findings).map((f: { rule: string }) => f.rule)).toContain('care_relationship');

        const approvedCase = await h.rt.db.query<{ case_id: string }>(`SELECT case_id FROM replies WHERE id = $1`, [approvedId]);
        const [approved] = await csv(h.headers, `caseId=${approvedCase.rows[0].case_id}`);
        expect(approved).toMatchObject({ id: approvedId, approval: 'approved', decidedBy: 'px.east@example.org', approvalComment: 'Fine to post.', writtenBy: 'agent@example.org', verdict: 'ok' });
        expect(Date.parse(approved.decidedAt)).not.toBeNaN();
        expect(row).toMatchObject({ approval: 'not required', decidedBy: '' });
      });

      it('gives per period every public reply of the period and none outside it, never a private one', async () => {
        const all = await h.rt.db.query<{ id: string }>(`SELECT id FROM replies WHERE kind = 'public' ORDER BY created_at`);
        const inPeriod = await csv(h.headers, `from=${started.toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`);
        expect(inPeriod.map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
        expect(await csv(h.headers, `to=${started.toISOString()}`)).toEqual([]);
      });

      it('takes the period as the dashboard gives it, in UTC days with the last one included, and names a bad day', async () => {
        const all = await h.rt.db.query<{ id: string }>(`SELECT id FROM replies WHERE kind = 'public' ORDER BY created_at`);
        const today = new Date().toISOString().slice(0, 10);
        expect((await csv(h.headers, `from=${started.toISOString().slice(0, 10)}&to=${today}`)).map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
        const bad = await call(h, h.headers, 'GET', '/api/v1/replies/export.csv?from=2026-02-30');
        expect([bad.statusCode, bad.json().details]).toEqual([400, [{ path: 'from', message: 'must be a date (YYYY-MM-DD) or a date-time' }]]);
      });

      it('shows a user outside the site none of its replies', async () => {
        const mainCase = await h.rt.db.query<{ case_id: string }>(`SELECT r.case_id FROM replies r JOIN cases c ON c.id = r.case_id WHERE c.site_id = 'juniper-main' AND r.kind = 'public' LIMIT 1`);
        expect(await csv(px.headers, `caseId=${mainCase.rows[0].case_id}`)).toEqual([]);
        const seen = await csv(px.headers, '');
        const eastReplies = await h.rt.db.query<{ id: string }>(`SELECT r.id FROM replies r JOIN cases c ON c.id = r.case_id WHERE c.site_id = $1 AND r.kind = 'public' ORDER BY r.created_at`, [EAST]);
        expect(seen.map((r) => r.id)).toEqual(eastReplies.rows.map((r) => r.id));
        expect(eastReplies.rows.length).toBeGreaterThan(0);
      });

      it('narrows to one site as the dashboard does, and refuses a site outside the reader\'s scope by name', async () => {
        const eastReplies = await h.rt.db.query<{ id: string }>(`SELECT r.id FROM replies r JOIN cases c ON c.id = r.case_id WHERE c.site_id = $1 AND r.kind = 'public' ORDER BY r.created_at`, [EAST]);
        expect((await csv(h.headers, `site=${EAST}`)).map((r) => r.id)).toEqual(eastReplies.rows.map((r) => r.id));
        const outside = await call(h, px.headers, 'GET', '/api/v1/replies/export.csv?site=juniper-main');
        expect([outside.statusCode, outside.json().details]).toEqual([403, [{ path: 'site', message: 'outside your sites' }]]);
      });
    });
  });
});
