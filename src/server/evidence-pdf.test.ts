// The evidence PDF on its own: what each reply section says, text the built-in font cannot show, and many replies.
import { describe, expect, it } from 'vitest';
import { authorText, describePeriod, describeScope, printable, renderEvidencePdf, type EvidencePdfInput } from './evidence-pdf.js';
import { pdfText } from './test-pdf-text.js';
import type { AnsweredPost, EvidenceRow, FollowUpStep } from '../app/reply-evidence.js';
import { evidenceRow } from '../../test/support/evidence-row.js';

const reply = evidenceRow;

const render = (replies: EvidenceRow[], over: Partial<EvidencePdfInput> = {}) =>
  renderEvidencePdf(
    { organization: 'Test Health', filter: {}, generatedAt: new Date('2026-11-28T12:00:00Z'), generatedBy: 'Pat (pat@example.org)', policy: { version: 'reply-guard@2.0.0', markdown: '# Policy\n\n1. **Names (block).** No names\n   of patients.' }, replies, ...over },
    { compress: false },
  ).then(pdfText);

const answered = (over: Partial<AnsweredPost> = {}): AnsweredPost => ({
  platform: 'google',
  url: 'https://maps.example.com/review/abc',
  authorHandle: 'jo_r',
  authorName: 'Jo R.',
  text: 'Waited five hours in the ER with my father and nobody came.',
  rating: 1,
  postedAt: new Date('2026-03-01T02:10:00Z'),
  editedAfterReply: false,
  ...over,
});

describe('evidence PDF', () => {
  it('states who wrote, checked, overrode and decided on each reply, under which policy', async () => {
    const text = await render([
      reply({ findings: [{ rule: 'patient_name', level: 'block', start: 0, end: 5, message: 'Names a patient' }], verdict: 'block', overrideReason: 'Name is the public handle', overriddenBy: 'px@example.org', approvedBy: 'risk@example.org', approvalComment: 'Fine' }),
      reply({ id: '00000000-0000-4000-8000-000000000002', status: 'rejected', approvedBy: 'risk@example.org', approvalComment: 'Too specific', policyVersion: 'reply-guard@1.0.0' }),
    ]);
    expect(text).toContain('Generated at: Nov 28, 2026 12:00 UTC');
    expect(text).toContain('1. Names (block). No names of patients.');
    expect(text).toContain('Site: Northside Hospital');
    expect(text).toContain('Sent at: Nov 20, 2026 04:05 CST');
    expect(text).toContain('[block] patient_name: Names a patient (matched "Thank")');
    expect(text).toContain('Override: Name is the public handle (by px@example.org)');
    expect(text).toContain('Approved by: risk@example.org: Fine');
    expect(text).toContain('Rejected by: risk@example.org: Too specific');
    expect(text).toContain('Policy version: reply-guard@1.0.0 (not the policy printed in this file)');
  });

  it('prints names beyond Windows-1252 as written, and drops control characters', async () => {
    expect(printable('Gracias\tNguyễn\u0007\r\nbye')).toBe('Gracias Nguyễn\nbye');
    const text = await render([reply({ text: 'Cảm ơn Nguyễn Thị Hoa, dziękujemy z Łodzi, спасибо.' })]);
    expect(text).toContain('Cảm ơn Nguyễn Thị Hoa, dziękujemy z Łodzi, спасибо.');
  });

  it('numbers the pages of a long export', async () => {
    const text = await render(Array.from({ length: 30 }, (_, i) => reply({ case: i + 1 })));
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Case #30');
  });

  it('names the case by number only through a reply the reader may see', () => {
    const caseId = '00000000-0000-4000-8000-0000000000aa';
    expect(describeScope({ caseId }, [reply()])).toBe('case #17');
    expect(describeScope({ caseId }, [])).toBe(`case ${caseId}`);
    expect(describeScope({ from: '2026-11-01T00:00:00Z' }, [])).toBe('the period below');
  });

  it("prints a reply's times in its site's zone with the abbreviation: sent 2026-03-01T03:30Z in Chicago is Feb 28 21:30 CST", async () => {
    const text = await render([reply({ createdAt: new Date('2026-03-01T03:20:00Z'), sentAt: new Date('2026-03-01T03:30:00Z'), approvedBy: 'risk@example.org', decidedAt: new Date('2026-03-01T03:25:00Z') })], {
      zone: { timeZone: 'America/Chicago', source: 'site' },
    });
    expect(text).toContain('Written: Feb 28, 2026 21:20 CST by agent@example.org');
    expect(text).toContain('Sent at: Feb 28, 2026 21:30 CST');
    expect(text).toContain('Decided at: Feb 28, 2026 21:25 CST');
    expect(text).toContain('Generated at: Nov 28, 2026 06:00 CST');
    expect(text).toContain("Time zone: America/Chicago, the site's time zone");
    expect(text).not.toMatch(/\d{2}:\d{2}:\d{2} UTC/);
  });

  it("reads a case without a site in the organization's zone and says so, and in UTC, said, when there is none", async () => {
    const orgZone = await render([reply({ siteId: null, siteName: null, zone: { timeZone: 'America/Denver', source: 'organization' }, sentAt: new Date('2026-03-01T03:30:00Z') })]);
    expect(orgZone).toContain('Sent at: Feb 28, 2026 20:30 MST');
    expect(orgZone).toContain("Time zone: America/Denver, the organization's time zone (the case has no site)");
    const utc = await render([reply({ siteId: null, siteName: null, zone: { timeZone: 'UTC', source: 'default' }, sentAt: new Date('2026-03-01T03:30:00Z') })]);
    expect(utc).toContain('Sent at: Mar 1, 2026 03:30 UTC');
    expect(utc).toContain('Time zone: UTC (the case has no site and the organization sets no time zone)');
  });

  it('states a period by its ends in the zone its days were read in, naming that zone', async () => {
    const chicagoMarch = { from: '2026-03-01T06:00:00.000Z', to: '2026-04-01T05:00:00.000Z', site: 'northside' };
    expect(describePeriod(chicagoMarch, { timeZone: 'America/Chicago', source: 'site' })).toBe(
      "Mar 1, 2026 00:00 CST to Apr 1, 2026 00:00 CDT (end excluded), days in America/Chicago, the site's time zone",
    );
    expect(describePeriod({ from: '2026-03-01T00:00:00.000Z' }, { timeZone: 'UTC', source: 'default' })).toBe(
      'Mar 1, 2026 00:00 UTC to now (end excluded), days in UTC (no site chosen and the organization sets no time zone)',
    );
    expect(describePeriod({ caseId: '00000000-0000-4000-8000-0000000000aa' }, { timeZone: 'UTC', source: 'default' })).toBeNull();
    const text = await render([reply()], { filter: chicagoMarch, zone: { timeZone: 'America/Chicago', source: 'site' } });
    expect(text).toContain('Period: Mar 1, 2026 00:00 CST to Apr 1, 2026 00:00 CDT (end excluded)');
  });

  it('names each reply its own zone when a period holds sites in several', async () => {
    const text = await render(
      [reply(), reply({ id: '00000000-0000-4000-8000-000000000002', case: 18, siteName: 'Front Range Hospital', zone: { timeZone: 'America/Denver', source: 'site' }, sentAt: new Date('2026-03-01T03:30:00Z') })],
      { zone: { timeZone: 'America/Chicago', source: 'organization' } },
    );
    expect(text).toContain("Times: each reply's in the time zone of its case's site");
    expect(text).toContain('Sent at: Nov 20, 2026 04:05 CST');
    expect(text).toContain('Sent at: Feb 28, 2026 20:30 MST');
  });

  it('shows the public post each reply answered: platform, link, author as posted, time, rating and text as it read then', async () => {
    const text = await render([reply({ answered: answered() }), reply({ id: '00000000-0000-4000-8000-000000000002', answered: answered({ editedAfterReply: true, text: 'The old words.' }) }), reply({ id: '00000000-0000-4000-8000-000000000003' })]);
    expect(text).toContain('Answering the public post Platform: google Link: https://maps.example.com/review/abc Author: @jo_r (Jo R.) Posted at: Feb 28, 2026 20:10 CST Rating: 1 of 5 Text: Waited five hours in the ER with my father and nobody came.');
    expect(text).toContain('Text, as it read when the reply was written (the author edited it afterwards): The old words.');
    expect(text).toContain('Answering: no public post recorded on this case');
    expect(authorText(null, 'Jo R.')).toBe('Jo R.');
    expect(authorText('@jo_r', null)).toBe('@jo_r');
    expect(authorText(null, null)).toBe('not given');
  });

  it("lists each case's private follow-up once, by time, method and outcome", async () => {
    const steps: FollowUpStep[] = [
      { at: new Date('2026-03-01T15:00:00Z'), method: 'Phone call', outcome: 'did not reach the patient' },
      { at: new Date('2026-03-01T16:30:00Z'), method: 'Phone call', outcome: 'reached the patient' },
    ];
    const text = await render([reply(), reply({ id: '00000000-0000-4000-8000-000000000002' }), reply({ id: '00000000-0000-4000-8000-000000000003', caseId: '00000000-0000-4000-8000-0000000000c2', case: 18 })], {
      followUp: new Map([['00000000-0000-4000-8000-0000000000c1', steps]]),
    });
    const section = text.slice(text.indexOf('Private follow-up'));
    expect(section).toContain('Case #17 Mar 1, 2026 09:00 CST - Phone call - did not reach the patient Mar 1, 2026 10:30 CST - Phone call - reached the patient Case #18 No private follow-up recorded.');
    expect(section.match(/Case #17/g)).toHaveLength(1);
  });

  it('says on the title page what the reader may not see was left out', async () => {
    expect(await render([], { leftOut: 'confidential cases the exporter may not open' })).toContain('Left out: confidential cases the exporter may not open');
    expect(await render([])).not.toContain('Left out');
  });
});
