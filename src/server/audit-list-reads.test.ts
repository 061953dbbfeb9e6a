// "Who saw case #140 in a list?": an inbox or post list read writes one audit row naming the numbers of the cases it
// showed (no names, no text), and the audit's case-number filter finds those list reads beside the reads of the case itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../test/support/api-runtime.js';

interface AuditRow {
  id: number;
  action: string;
  actor: string;
  actorUserId: string | null;
  entityId: string | null;
  caseNumber: number | null;
  via?: string;
  details: { count?: number; caseNumbers?: number[] } & Record<string, unknown>;
}

const TEXT = 'The front desk was rude and nobody called me back about my appointment. Very disappointed.';

describe('list reads in the audit trail', () => {
  let h: ApiHarness;
  let agent: { id: string; headers: SessionHeaders };
  let cases: { id: string; number: number }[];

  beforeAll(async () => {
    h = await apiHarness();
    agent = await signInNewUser(h, { email: 'lister@example.org', role: 'social_agent' });
    const ids = await ingestAndProcess(
      h,
      ['parking', 'billing', 'valet'].map((word, i) => ({
        platform: 'google',
        externalId: `listed-${i}`,
        author: { id: `listed-author-${i}`, displayName: `Patience Listed${i}` },
        text: `${TEXT} Also the ${word} was a mess.`,
        rating: 1,
        createdAt: new Date().toISOString(),
        listing: 'juniper-main',
      })),
    );
    cases = await Promise.all(ids.map(async (id) => ({ id, number: (await call(h, h.headers, 'GET', `/api/v1/cases/${id}`)).json().number as number })));
  });
  afterAll(() => h?.close());

  const auditOf = async (query: string) => (await call(h, h.headers, 'GET', `/api/v1/audit?${query}`)).json().items as AuditRow[];

  it('writes one row per list read with the numbers of the cases it showed, and no names or text', async () => {
    const before = (await auditOf(`action=case.list&actor=${agent.id}`)).length;
    const res = await call(h, agent.headers, 'GET', '/api/v1/cases?q=parking%20billing%20valet');
    expect(res.statusCode).toBe(200);
    const shown = await call(h, agent.headers, 'GET', '/api/v1/cases?limit=200');
    const shownNumbers = (shown.json().items as { number: number }[]).map((c) => c.number);
    const rows = await auditOf(`action=case.list&actor=${agent.id}`);
    expect(rows).toHaveLength(before + 2);
    expect(rows[0].details).toMatchObject({ count: shownNumbers.length, caseNumbers: shownNumbers });
    expect(rows[0].details.caseNumbers).toEqual(expect.arrayContaining(cases.map((c) => c.number)));
    const written = JSON.stringify(rows.map((r) => r.details));
    for (const phi of ['Patience', 'Listed', 'rude', 'parking']) expect(written).not.toContain(phi);
  });

  it('finds by case number the list reads that showed the case, labelled as list reads, beside reads of the case', async () => {
    const [shown, hidden] = cases;
    // A list that shows the first case and not the second, then a read of the second case itself.
    const list = await call(h, agent.headers, 'GET', `/api/v1/cases?q=${encodeURIComponent(`#${shown.number}`)}`);
    expect((list.json().items as { id: string }[]).map((c) => c.id)).toEqual([shown.id]);
    expect((await call(h, agent.headers, 'GET', `/api/v1/cases/${hidden.id}`)).statusCode).toBe(200);

    const aboutShown = await auditOf(`caseNumber=${shown.number}`);
    const listReads = aboutShown.filter((r) => r.action === 'case.list');
    expect(listReads.length).toBeGreaterThan(0);
    expect(listReads.every((r) => r.via === 'list' && r.caseNumber === shown.number && r.details.caseNumbers!.includes(shown.number))).toBe(true);
    expect(listReads[0]).toMatchObject({ actor: 'lister@example.org', actorUserId: agent.id, entityId: null });
    expect(aboutShown.filter((r) => r.action === 'case.read').every((r) => r.via === 'case' && r.entityId === shown.id)).toBe(true);

    // The list that left the second case out is not an answer about it; the read of the case itself is.
    const aboutHidden = await auditOf(`caseNumber=${hidden.number}`);
    expect(aboutHidden.map((r) => r.id)).not.toContain(listReads[0].id);
    expect(aboutHidden.find((r) => r.action === 'case.read' && r.actorUserId === agent.id)).toMatchObject({ via: 'case', caseNumber: hidden.number });
    // Combined with the other filters as before: only this reader's list reads of it.
    const byAgent = await auditOf(`caseNumber=${shown.number}&action=case.list&actor=${agent.id}`);
    expect(byAgent.length).toBe(listReads.filter((r) => r.actorUserId === agent.id).length);
  });

  it("names the cases of the posts a post list showed, and a case's audit finds that read too", async () => {
    const [shown, other] = cases;
    const res = await call(h, agent.headers, 'GET', `/api/v1/posts?caseId=${shown.id}`);
    expect((res.json().items as { caseId: string }[]).map((p) => p.caseId)).toEqual([shown.id]);
    const [row] = await auditOf(`action=post.list&actor=${agent.id}`);
    expect(row.details).toEqual({ count: 1, caseNumbers: [shown.number] });
    const about = await auditOf(`caseNumber=${shown.number}&action=post.list`);
    expect(about.map((r) => r.id)).toContain(row.id);
    expect(about.find((r) => r.id === row.id)).toMatchObject({ via: 'list', caseNumber: shown.number });
    expect((await auditOf(`caseNumber=${other.number}&action=post.list`)).map((r) => r.id)).not.toContain(row.id);
  });

  it('exports the same rows as CSV', async () => {
    const [shown] = cases;
    const json = await auditOf(`caseNumber=${shown.number}&action=case.list`);
    const csv = await call(h, h.headers, 'GET', `/api/v1/audit/export.csv?caseNumber=${shown.number}&action=case.list`);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split('\n').slice(1);
    expect(lines).toHaveLength(json.length);
    expect(lines.every((line) => line.includes(String(shown.number)))).toBe(true);
  });
});
