import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { triageCommand } from './triage.js';
import { runCommand } from '../test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'redress-triage-'));
const orgFile = join(dir, 'org.yaml');
writeFileSync(
  orgFile,
  [
    'organization:',
    '  name: Mercy Medical Center',
    '  ambiguousNames: [Mercy]',
    '  unknownField: ignored',
    'sites:',
    '  - { id: downtown, name: Mercy Downtown, aliases: [], city: Springfield }',
  ].join('\n'),
);

const run = (args: string[], input: string) => runCommand(triageCommand, args, input);

describe('redress triage', () => {
  it('writes one triage per line in input order', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Waited 6 hours in the ER at Mercy Downtown and the nurse was rude.' }),
      JSON.stringify({ id: 'b', text: 'Lord have mercy, what a week.', platform: 'x' }),
    ].join('\n');
    const { code, out } = await run(['--org', orgFile], input);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(0);
    expect(lines.map((l) => [l.id, l.complaint, l.site, l.mentionsOrg])).toEqual([
      ['a', true, 'downtown', true],
      ['b', false, null, false],
    ]);
    expect(lines[0].categories).toEqual(expect.arrayContaining(['access_wait', 'respect']));
  });

  it('reports bad lines with their number and field, processes the rest and exits with 2', async () => {
    const input = ['{"id": "1", "text": "Rude staff."}', 'not json', '{"id": "3"}', '{"id": "4", "text": 5}', '{"id": "5", "text": "Thank you all!"}'].join('\n');
    const { code, out, err } = await run(['--org', orgFile], input);
    expect(code).toBe(2);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1', '5']);
    expect(err).toMatch(/line 2: not valid JSON/);
    expect(err).toMatch(/line 3: field "text"/);
    expect(err).toMatch(/line 4: field "text"/);
  });

  it('refuses to run without an organization file', async () => {
    const { code, err } = await run([], '');
    expect(code).toBe(2);
    expect(err).toMatch(/--org is required/);
  });
});
