// Outreach logged outside Redress: a call or an email that reached the patient meets the private outreach (and crisis) clock
// and counts in the report's time to private outreach; the written grievance response, only on a grievance, also meets
// the grievance's written-response clock; a voicemail is kept as an attempt and meets nothing.
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

  it('meets the private outreach clock with an email sent from our own mail client that reached the patient', async () => {
    const id = await openCase();
    expect((await call(h, h.headers, 'POST', `/api/v1/cases/${id}/outreach`, { method: 'email', reached: true })).statusCode).toBe(201);
    const c = await caseOf(id);
    expect(c.clocks.find((k) => k.name === 'private_outreach')?.state).toBe('met');
    expect(c.timeline).toContainEqual(expect.objectContaining({ type: 'outreach.logged', data: { method: 'email', reached: true, note: null } }));
  });

  it('meets the grievance written-response clock, and private outreach, with the written grievance response sent', async () => {
    const id = await openCase();
    const marked = await call(h, h.headers, 'PATCH', `/api/v1/cases/${id}`, { version: (await call(h, h.headers, 'GET', `/api/v1/cases/${id}`)).json().version, grievance: true });
    expect(marked.statusCode).toBe(200);
    expect((await caseOf(id)).clocks.find((k) => k.name === 'grievance_response')?.state).toBe('running');
    const res = await call(h, h.headers, 'POST', `/api/v1/cases/${id}/outreach`, { method: 'grievance_letter', reached: true, note: 'Findings and contact person sent by post.' });
    expect(res.statusCode).toBe(201);
    const c = await caseOf(id);
    expect(c.clocks.find((k) => k.name === 'grievance_response')?.state).toBe('met');
    expect(c.clocks.find((k) => k.name === 'private_outreach')?.state).toBe('met');
    expect(c.timeline).toContainEqual(expect.objectContaining({ type: 'clock.met', data: { clock: 'grievance_response', late: false } }));
  });

  it('keeps an undelivered written grievance response as an attempt that leaves the grievance clock running', async () => {
    const id = await openCase();
    await call(h, h.headers, 'PATCH', `/api/v1/cases/${id}`, { version: (await call(h, h.headers, 'GET', `/api/v1/cases/${id}`)).json().version, grievance: true });
    expect((await call(h, h.headers, 'POST', `/api/v1/cases/${id}/outreach`, { method: 'grievance_letter', reached: false })).statusCode).toBe(201);
    expect((await caseOf(id)).clocks.find((k) => k.name === 'grievance_response')?.state).toBe('running');
  });

  it('refuses a written grievance response on a case that is not a grievance, naming the method', async () => {
    const id = await openCase();
    const res = await call(h, h.headers, 'POST', `/api/v1/cases/${id}/outreach`, { method: 'grievance_letter', reached: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].path).toBe('method');
    const c = await caseOf(id);
    expect(c.timeline.some((e) => e.type === 'outreach.logged')).toBe(false);
    expect(c.clocks.find((k) => k.name === 'private_outreach')?.state).not.toBe('met');
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
