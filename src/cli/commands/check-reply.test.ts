import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReplyCommand } from './check-reply.js';
import { runCommand } from '../test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'redress-check-reply-'));
const orgFile = join(dir, 'org.yaml');
writeFileSync(
  orgFile,
  ['organization:', '  name: Lakeside Health', '  publicPhones: ["(555) 010-0100"]', 'sites:', '  - { id: main, name: Lakeside General, aliases: [], publicEmail: px@lakeside.example }'].join('\n'),
);

const run = (args: string[], input: string) => runCommand(checkReplyCommand, args, input);

describe('redress check-reply', () => {
  it('writes a verdict and findings per line, in input order', async () => {
    const input = [
      JSON.stringify({ id: 'a', reply: 'Please call our patient experience team at (555) 010-0100.' }),
      JSON.stringify({ id: 'b', reply: "We're sorry your stay was long. Call me at 555-010-4432.", platform: 'google' }),
      JSON.stringify({ id: 'c', reply: 'Thank you!', confidential: true, platform: 'facebook' }),
      JSON.stringify({ id: 7, reply: 'Hi Dave!', post: { text: 'Rude.', author: { handle: '@dj', realName: 'David Jacobs' } } }),
    ].join('\n');
    const { code, out } = await run(['--org', orgFile], input);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(0);
    expect(lines.map((l) => [l.id, l.verdict, l.findings.map((f: { rule: string }) => f.rule)])).toEqual([
      ['a', 'ok', []],
      ['b', 'block', ['care_relationship', 'direct_phone']],
      ['c', 'block', ['confidential_case']],
      [7, 'block', ['patient_name']],
    ]);
    expect(lines[1].findings[0]).toMatchObject({ start: 12, end: 21, level: 'block' });
  });

  it('reports bad lines with their number and field, processes the rest and exits with 2', async () => {
    const input = [
      '{"id": "1", "reply": "Thank you."}',
      'not json',
      '{"id": "3"}',
      '{"id": "4", "reply": "Hi", "post": {"text": 5}}',
      '{"id": "5", "reply": "Thanks!", "confidential": "yes"}',
      '{"id": "6", "reply": "Thanks again."}',
    ].join('\n');
    const { code, out, err } = await run(['--org', orgFile], input);
    expect(code).toBe(2);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1', '6']);
    expect(err).toMatch(/line 2: not valid JSON/);
    expect(err).toMatch(/line 3: field "reply"/);
    expect(err).toMatch(/line 4: field "post.text"/);
    expect(err).toMatch(/line 5: field "confidential"/);
  });

  it('reads and writes files', async () => {
    const inFile = join(dir, 'in.jsonl');
    const outFile = join(dir, 'out.jsonl');
    writeFileSync(inFile, '{"id": "x", "reply": "We will refund you."}\n');
    const { code } = await run(['--org', orgFile, '--in', inFile, '--out', outFile], '');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(outFile, 'utf8'))).toMatchObject({ id: 'x', verdict: 'block' });
  });

  it('explains usage when the organization file is missing or unreadable', async () => {
    expect((await run([], '')).err).toMatch(/--org is required\nusage:/);
    const missing = await run(['--org', join(dir, 'nope.yaml')], '');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read/);
  });
});
