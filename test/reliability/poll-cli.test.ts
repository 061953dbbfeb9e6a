// `redress poll` as an admin runs it after setting credentials: it reads each account once and says how it went.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliDatabase, type CliDatabase } from '../support/cli-database.js';
import { runCli } from '../support/cli.js';
import { FAKE_GOOGLE_LOCATION, FAKE_GOOGLE_TOKEN, startFakeGoogle } from '../../src/channels/google/fake-google.js';

let dir: string;
let target: CliDatabase;
let google: Awaited<ReturnType<typeof startFakeGoogle>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redress-poll-cli-'));
  target = await cliDatabase(dir);
  google = await startFakeGoogle([]);
  await target.rows(
    `INSERT INTO channel_accounts (id, platform, name, external_id, site_id) VALUES
       ('google-main', 'google', 'Juniper Hollow on Google', '${FAKE_GOOGLE_LOCATION}', 'juniper-main'),
       ('google-typo', 'google', 'A location typed wrong', 'accounts/1/locations/2', NULL)`,
  );
  const at = new Date(Date.now() - 3_600_000).toISOString();
  google.reviews.push({ reviewId: 'cli-1', reviewer: { displayName: 'Sam', isAnonymous: false, profilePhotoUrl: 'https://lh3.example/sam' }, starRating: 'ONE', comment: 'Nobody answered the phone.', createTime: at, updateTime: at });
});
afterAll(async () => {
  await google?.close();
  await target?.drop();
  rmSync(dir, { recursive: true, force: true });
});

it('reads each account once, stores what is new, and exits 1 naming the account that failed', async () => {
  const r = await runCli(['poll'], { ...target.env, GOOGLE_BUSINESS_BASE_URL: google.baseUrl, GOOGLE_BUSINESS_ACCESS_TOKEN: FAKE_GOOGLE_TOKEN });
  expect(r.stdout).toContain('google-main: 1 read, 1 new, 0 revised');
  expect(r.stdout).toMatch(/google-typo: failed: Google Business Profile answered 404/);
  expect(r.code).toBe(1);
  expect(await target.count(`SELECT count(*)::int AS n FROM posts WHERE external_id = 'cli-1'`)).toBe(1);
});
