import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { loadDemo } from '../demo/load.js';
import { ingestPosts } from './ingest.js';
import { createChannels } from '../channels/registry.js';
import { createTestChannel } from '../channels/test/test-channel.js';
import { deliverReply, guardFor, queueReply, ReplyRefused, type CaseForReply } from './replies.js';

describe('reply outbox', () => {
  let rt: TestRuntime;
  let c: CaseForReply;
  const channel = createTestChannel();
  const channels = createChannels({ test: channel });

  beforeAll(async () => {
    rt = await createTestRuntime();
    await loadDemo(rt.db, rt.queue);
    await ingestPosts(rt.db, rt.queue, [
      {
        platform: 'test',
        externalId: 'outbox-1',
        author: { id: 'u-outbox', displayName: 'Pat Doe' },
        text: 'Waited four hours in the emergency room at Northside and nobody told us anything. Terrible.',
        createdAt: new Date().toISOString(),
      },
    ]);
    await rt.processAll();
    const r = await rt.db.query<{ id: string; site_id: string | null; confidential: boolean }>(
      `SELECT c.id, c.site_id, c.confidential FROM cases c JOIN posts p ON p.case_id = c.id WHERE p.external_id = 'outbox-1'`,
    );
    c = { id: r.rows[0].id, siteId: r.rows[0].site_id, confidential: r.rows[0].confidential, platform: 'test', approvalRequired: false };
  });
  afterAll(() => rt?.close());

  it('posts exactly once when the worker dies between "sent to the platform" and "marked sent"', async () => {
    const text = 'We are sorry to hear this. Please contact our patient experience team so we can learn more.';
    const guard = await guardFor(rt.db, await rt.org.get(), c, text, 'public');
    expect(guard.verdict).not.toBe('block');
    const { id } = await rt.db.transaction((tx) => queueReply(tx, rt.queue, channels, c, { kind: 'public', text, guard, userId: null, at: new Date() }));
    const deps = { db: rt.db, channels, org: rt.org, now: () => new Date() };
    await expect(deliverReply({ ...deps, afterSend: async () => Promise.reject(new Error('worker killed')) }, id)).rejects.toThrow('worker killed');
    expect(channel.received).toHaveLength(1);
    const midway = await rt.db.query<{ status: string }>('SELECT status FROM replies WHERE id = $1', [id]);
    expect(midway.rows[0].status).toBe('sending');

    expect(await deliverReply(deps, id)).toBe('already');
    expect(await deliverReply(deps, id)).toBe('skipped');
    expect(channel.received).toHaveLength(1);
    const done = await rt.db.query<{ status: string; platform_reply_id: string }>('SELECT status, platform_reply_id FROM replies WHERE id = $1', [id]);
    expect(done.rows[0]).toEqual({ status: 'sent', platform_reply_id: channel.received[0].sent.platformReplyId });
  });

  it('meets the public acknowledgement clock when the reply is out', async () => {
    const r = await rt.db.query<{ state: string }>(`SELECT state FROM clocks WHERE case_id = $1 AND policy = 'public_ack'`, [c.id]);
    expect(r.rows[0]?.state).toBe('met');
  });

  it('pauses the outreach clock after inviting a private message, and resumes it when the patient writes privately', async () => {
    const paused = await rt.db.query<{ state: string }>(`SELECT state FROM clocks WHERE case_id = $1 AND policy = 'private_outreach'`, [c.id]);
    expect(paused.rows[0]?.state).toBe('paused');
    await ingestPosts(rt.db, rt.queue, [
      { platform: 'test', externalId: 'outbox-dm-1', author: { id: 'u-outbox' }, text: 'Hi, this is Pat from the review, here is my number.', createdAt: new Date().toISOString(), visibility: 'private' },
    ]);
    await rt.processAll();
    const resumed = await rt.db.query<{ state: string }>(`SELECT state FROM clocks WHERE case_id = $1 AND policy = 'private_outreach'`, [c.id]);
    expect(resumed.rows[0]?.state).toBe('running');
    const events = await rt.db.query<{ type: string }>(`SELECT type FROM case_events WHERE case_id = $1 AND type LIKE 'clock.%' ORDER BY id`, [c.id]);
    expect(events.rows.map((e) => e.type)).toEqual(expect.arrayContaining(['clock.paused', 'clock.resumed']));
  });

  it('answers the newest public post with a public reply, never the private message that joined the case', async () => {
    const text = 'Thank you for telling us. Our patient experience team would like to help; please call us.';
    const guard = await guardFor(rt.db, await rt.org.get(), c, text, 'public');
    const { id } = await rt.db.transaction((tx) => queueReply(tx, rt.queue, channels, c, { kind: 'public', text, guard, userId: null, at: new Date() }));
    const target = await rt.db.query<{ external_id: string }>(`SELECT p.external_id FROM replies r JOIN posts p ON p.id = r.post_id WHERE r.id = $1`, [id]);
    expect(target.rows[0].external_id).toBe('outbox-1');
  });

  it('refuses the same public text to the same post while the earlier one is still on its way out, naming it', async () => {
    const text = 'We are listening, and we would like to make this right. Please call our patient experience team.';
    const guard = await guardFor(rt.db, await rt.org.get(), c, text, 'public');
    const queue = (t: string) => rt.db.transaction((tx) => queueReply(tx, rt.queue, channels, c, { kind: 'public', text: t, guard, userId: null, at: new Date() }));
    const first = await queue(text);
    const again = await queue(`  ${text.replace('. ', '.  ')} `).catch((err: unknown) => err);
    expect(again).toBeInstanceOf(ReplyRefused);
    expect(again).toMatchObject({ reason: 'duplicate', field: { path: 'text', message: `same text as reply ${first.id}, which is already queued to be posted` } });
    expect((again as Error).message).toMatch(/^The same public reply to this post \(written just now\) is already queued to be posted/);
    const count = await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM replies WHERE case_id = $1 AND text = $2`, [c.id, text]);
    expect(count.rows[0].n).toBe(1);
    // Once the first is out, the same words may go again (a second answer is a person's choice, not a double click).
    await deliverReply({ db: rt.db, channels, org: rt.org, now: () => new Date() }, first.id);
    await expect(queue(text)).resolves.toMatchObject({ status: 'queued' });
  });

  it('refuses a public reply on a case with no public post, where it could only answer a private message', async () => {
    await ingestPosts(rt.db, rt.queue, [
      { platform: 'test', externalId: 'outbox-dm-only', author: { id: 'u-dm-only' }, text: 'Nobody at Northside called me back about my bill. I am very upset.', createdAt: new Date().toISOString(), visibility: 'private' },
    ]);
    await rt.processAll();
    const r = await rt.db.query<{ id: string; site_id: string | null }>(`SELECT c.id, c.site_id FROM cases c JOIN posts p ON p.case_id = c.id WHERE p.external_id = 'outbox-dm-only'`);
    const dmCase: CaseForReply = { id: r.rows[0].id, siteId: r.rows[0].site_id, confidential: false, platform: 'test', approvalRequired: false };
    const text = 'Thank you for writing to us. We would like to help.';
    const guard = await guardFor(rt.db, await rt.org.get(), dmCase, text, 'public');
    const refused = await rt.db.transaction((tx) => queueReply(tx, rt.queue, channels, dmCase, { kind: 'public', text, guard, userId: null, at: new Date() })).catch((err: unknown) => err);
    expect(refused).toMatchObject({ reason: 'no_public_post', field: { path: 'kind' } });
    expect((refused as Error).message).toMatch(/no public post to answer/);
    expect((await rt.db.query('SELECT 1 FROM replies WHERE case_id = $1', [dmCase.id])).rows).toEqual([]);
  });

  it('blocks a reply that confirms the care relationship and names the treatment', async () => {
    const guard = await guardFor(rt.db, await rt.org.get(), c, 'Pat, we reviewed your ER visit and your CT scan results were normal.', 'public');
    expect(guard.verdict).toBe('block');
    expect(guard.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['care_relationship']));
  });
});
