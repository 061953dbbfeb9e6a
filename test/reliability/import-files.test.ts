// `redress import` with bad files, as an operator runs it: a CSV that cannot be parsed stores nothing and says
// where it broke; a JSONL with one bad line stores the rest and names the line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDatabase, type CliDatabase } from '../support/cli-database.js';
import { syntheticPosts } from '../support/synthetic-posts.js';
import { runCli } from '../support/cli.js';

describe('redress import with bad files', () => {
  let dir: string;
  let target: CliDatabase;
  const posts = () => target.count('SELECT count(*)::int AS n FROM posts');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redress-import-files-'));
    target = await cliDatabase(dir);
  });
  afterAll(async () => {
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 2 on a CSV with a broken quote, names a line and stores nothing', async () => {
    const file = join(dir, 'broken.csv');
    writeFileSync(
      file,
      'platform,externalId,authorId,text,createdAt,listing\n' +
        'google,csv-1,a1,Long wait at the front desk,2026-01-01T00:00:00Z,juniper-main\n' +
        'google,csv-2,a2,"The quote never closes,2026-01-01T00:00:00Z,juniper-main\n' +
        'google,csv-3,a3,Lost my paperwork,2026-01-01T00:00:00Z,juniper-main\n',
    );
    const r = await runCli(['import', file], target.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line \d+/);
    expect(await posts()).toBe(0);
  });

  it('reports the bad line of a JSONL by number and stores the others', async () => {
    const file = join(dir, 'one-bad.jsonl');
    const lines = syntheticPosts(5, { prefix: 'jsonl' }).map((p) => JSON.stringify(p));
    lines[2] = '{"platform": "google", "externalId": "jsonl-2", ';
    writeFileSync(file, lines.join('\n') + '\n');
    const r = await runCli(['import', file], target.env);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/4 accepted/);
    expect(r.stdout).toMatch(/line 3: not valid JSON/);
    expect(r.stderr).toBe('committed 4 of 4\n');
    expect(await posts()).toBe(4);
  });
});
