// The evidence CSV on its own: the documented columns in their fixed order, times in the site's zone with the
// offset, the site, the post a reply answered and the case's private follow-up without notes.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { EVIDENCE_CSV_COLUMNS, EVIDENCE_CSV_HEADER, evidenceCsv, followUpText } from './evidence-csv.js';
import type { EvidenceRow } from '../app/reply-evidence.js';
import { evidenceRow } from '../../test/support/evidence-row.js';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';

const row = (over: Partial<EvidenceRow> = {}): EvidenceRow =>
  evidenceRow({
    status: 'posted_manually',
    createdAt: new Date('2026-03-01T03:20:00Z'),
    sentAt: new Date('2026-03-01T03:30:00Z'),
    answered: {
      platform: 'google',
      url: 'https://maps.example.com/review/abc',
      authorHandle: 'jo_r',
      authorName: 'Jo R.',
      text: '=Waited five hours',
      rating: 1,
      postedAt: new Date('2026-03-01T02:10:00Z'),
      editedAfterReply: false,
    },
    ...over,
  });

const records = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('evidence CSV', () => {
  it('keeps its documented columns in a fixed order: the first eighteen as before, new ones only added at the end', () => {
    expect(EVIDENCE_CSV_HEADER).toEqual([
      'id', 'case', 'kind', 'status', 'createdAt', 'sentAt', 'writtenBy', 'verdict', 'findings', 'policyVersion', 'overrideReason', 'overriddenBy',
      'approval', 'decidedBy', 'decidedAt', 'approvalComment', 'platformUrl', 'text',
      'site', 'siteId', 'timeZone', 'postPlatform', 'postUrl', 'postAuthorHandle', 'postAuthorName', 'postedAt', 'postRating', 'postText', 'postEditedAfterReply', 'privateFollowUp',
    ]);
    for (const [, meaning] of EVIDENCE_CSV_COLUMNS) expect(meaning.length).toBeGreaterThan(5);
    expect(evidenceCsv([], new Map()).trim()).toBe(EVIDENCE_CSV_HEADER.join(','));
  });

  it('writes a reply sent at 2026-03-01T03:30Z on a Chicago site at 21:30 the day before, with the offset and the zone named', () => {
    const [r] = records(evidenceCsv([row()], new Map()));
    expect(r).toMatchObject({ createdAt: '2026-02-28T21:20:00-06:00', sentAt: '2026-02-28T21:30:00-06:00', timeZone: 'America/Chicago', site: 'Northside Hospital', siteId: 'northside', status: 'posted by hand', decidedAt: '' });
    const [noSite] = records(evidenceCsv([row({ siteId: null, siteName: null, zone: { timeZone: 'UTC', source: 'default' } })], new Map()));
    expect(noSite).toMatchObject({ sentAt: '2026-03-01T03:30:00+00:00', timeZone: 'UTC', site: '', siteId: '' });
  });

  it('carries the public post answered, with a formula-like text defused, and says when it was edited afterwards', () => {
    const [r] = records(evidenceCsv([row()], new Map()));
    expect(r).toMatchObject({
      postPlatform: 'google', postUrl: 'https://maps.example.com/review/abc', postAuthorHandle: 'jo_r', postAuthorName: 'Jo R.',
      postedAt: '2026-02-28T20:10:00-06:00', postRating: '1', postText: "'=Waited five hours", postEditedAfterReply: 'false',
    });
    const [none] = records(evidenceCsv([row({ answered: null })], new Map()));
    expect(none).toMatchObject({ postPlatform: '', postText: '', postEditedAfterReply: '' });
  });

  it("gives the case's private follow-up in its zone, step by step, on each of its replies", () => {
    const steps = [
      { at: new Date('2026-03-01T15:00:00Z'), method: 'Phone call', outcome: 'did not reach the patient' },
      { at: new Date('2026-03-01T16:30:00Z'), method: 'Email written in Redress', outcome: 'sent' },
    ];
    expect(followUpText(steps, 'America/Chicago')).toBe('2026-03-01T09:00:00-06:00 Phone call: did not reach the patient | 2026-03-01T10:30:00-06:00 Email written in Redress: sent');
    const out = records(evidenceCsv([row(), row({ id: '00000000-0000-4000-8000-000000000002' }), row({ caseId: 'other', case: 18 })], new Map([[CASE_ID, steps]])));
    expect(out.map((r) => r.privateFollowUp)).toEqual([followUpText(steps, 'America/Chicago'), followUpText(steps, 'America/Chicago'), '']);
  });
});
