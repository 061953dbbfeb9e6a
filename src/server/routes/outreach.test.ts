// Outreach logged outside Redress: a call that reached the patient meets the private outreach (and crisis) clock and counts in
// the report's time to private outreach; a voicemail is kept as an attempt and meets nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';

describe('logging outreach made outside Redress', () => {
  let h: ApiHarness;
  let viewer: SessionHeaders;
  let n = 0;
  const openCase = async () => {
    n++;
    const text = 'The front desk was rude and nobody called me back about my appointment. Very disappointed.';
    return (await ingestAndProcess(h, [{ platform: 'google', externalId: `outreach-${n}`, author: { id: `outreach-author-${n}` }, text, rating: 1, createdAt: new Date().toISOString(), listing: 'juniper-main' }]))[0]!;
  };
  const caseOf = async (id: string) =>
    (await call(h, h.headers, 'GET', `/api/v1/cases/${id}`)).json() as { clocks: { name: string; state: string }[]; timeline: { type: string; data: Record<string, unknown> }[] };

  beforeAll(async () => {
    h = await apiHarness();
    const rules = [{ id: 'clocks', name: 'Complaints: three clocks', when: { complaint: true }, then: [{ startClocks: ['public_ack', 'private_outreach', 'crisis_response'] }] }];
    expect((await call(h, h.headers, 'PUT', '/api/v1/settings/routing-rules', rules)).statusCode).toBe(200);
    viewer = (await signInNewUser(h, { email: 'outreach.viewer@example.org', role: 'viewer' })).headers;
  });
  afterAll(() => h?.close());

  it('meets the private outreach and crisis response clocks with a call that reached the patient, and counts it in the report', async () => {
    const id = await openCase();
    const res = await call(h, h.headers, 'POST', `/api/v1/cases/${id}/outreach`, { method: 'phone', reached: true, note: 'Apologized; she will come in Monday.' });
    expect(res.statusCode).toBe(201);
    const c = await caseOf(id);
    expect(c.clocks.find((k) => k.name === 'private_outreach')?.state).toBe('met');
    // Someone in crisis who is reached by phone has been answered; only the public acknowledgement still waits.
    expect(c.clocks.find((k) => k.name === 'crisis_response')?.state).toBe('met');
    expect(c.clocks.find((k) => k.name === 'public_ack')?.state).not.toBe('met');
    expect(c.timeline).toContainEqual(expect.objectContaining({ type: 'outreach.logged', data: { method: 'phone', reached: true, note: 'Apologized; she will come in Monday.' } }));
    const report = (await call(h, h.headers, 'GET', '/api/v1/reports/summary')).json();
    expect(report.timeToPrivateOutreach.count).toBeGreaterThanOrEqual(1);
  });

  it('keeps a voicemail as an attempt that meets nothing, and refuses a viewer or an unknown method', async () => {
    const id = await openCase();
    expect((await call(h, h.headers, 'POST', `/api/v1/cases/${id}/outreach`, { method: 'phone', reached: false })).statusCode).toBe(201);
    expect((await caseOf(id)).clocks.find((k) => k.name === 'private_outreach')?.state).not.toBe('met');
    expect((await call(h, viewer, 'POST', `/api/v1/cases/${id}/outreach`, { method: 'phone', reached: true })).statusCode).toBe(403);
    const bad = await call(h, h.headers, 'POST', `/api/v1/cases/${id}/outreach`, { method: 'pigeon', reached: true });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('method');
  });
});
