// `redress user` as an operator runs it: a generated password is one-time (it expires unused and must be replaced at
// the first sign-in), one typed with --password is the person's own, and a bad argument names itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDatabase, type CliDatabase } from '../support/cli-database.js';
import { runCli } from '../support/cli.js';

describe('redress user', () => {
  let dir: string;
  let target: CliDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redress-user-cli-'));
    target = await cliDatabase(dir);
  });
  afterAll(async () => {
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const hoursLeft = async (email: string) =>
    (await target.rows<{ h: number | null }>(`SELECT extract(epoch FROM password_one_time_until - now()) / 3600 AS h FROM users WHERE email = '${email}'`))[0].h;

  it('prints a generated password once as one-time, for ONE_TIME_PASSWORD_HOURS', async () => {
    const r = await runCli(['user', 'add', '--email', 'First.Admin@example.org', '--name', 'First Admin', '--role', 'admin'], { ...target.env, ONE_TIME_PASSWORD_HOURS: '24' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/One-time password \(shown once; works for 24 hours, then must be replaced at first sign-in\): \S{16}/);
    expect(Number(await hoursLeft('first.admin@example.org'))).toBeCloseTo(24, 0);
  });

  it('keeps a password typed with --password as the person’s own, also when it replaces a one-time one', async () => {
    const typed = ['--password', 'a long typed passphrase'];
    const added = await runCli(['user', 'add', '--email', 'typed@example.org', '--name', 'Typed', '--role', 'viewer', ...typed], target.env);
    expect([added.code, added.stdout.trim()]).toEqual([0, 'Added typed@example.org.']);
    expect(await hoursLeft('typed@example.org')).toBeNull();
    await runCli(['user', 'passwd', '--email', 'typed@example.org'], target.env);
    expect(await hoursLeft('typed@example.org')).not.toBeNull();
    await runCli(['user', 'passwd', '--email', 'typed@example.org', ...typed], target.env);
    expect(await hoursLeft('typed@example.org')).toBeNull();
  });

  it('names the argument that is wrong', async () => {
    const r = await runCli(['user', 'add', '--email', 'x@example.org', '--name', 'X', '--role', 'admin', '--password', 'short'], target.env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--password: must be at least 12 characters/);
  });
});
