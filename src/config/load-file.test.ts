import { describe, expect, it } from 'vitest';
import { ConfigError } from './env.js';
import { parseConfigFile } from './load-file.js';

const valid = {
  organization: { name: 'Cedar Plains Health' },
  sites: [{ id: 'north', name: 'Northside Hospital', timeZone: 'America/Chicago' }],
  users: [{ email: 'ana@example.org', name: 'Ana', role: 'admin' }],
  teams: [{ id: 'px', name: 'PX', function: 'patient_experience', sites: ['north'], members: ['ana@example.org'] }],
};

function problemsOf(raw: unknown) {
  try {
    parseConfigFile(raw);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe('config file', () => {
  it('accepts a valid file and fills defaults', () => {
    const config = parseConfigFile(valid);
    expect(config.sites![0].kind).toBe('hospital');
    expect(config.organization.aliases).toEqual([]);
  });

  it('lists every problem by path in one go', () => {
    const problems = problemsOf({
      organization: { name: '' },
      sites: [{ id: 'North Side', name: 'N', timeZone: 'Mars/Olympus', kind: 'castle' }],
      users: [{ email: 'not-an-email', name: 'X', role: 'boss' }],
    });
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['organization.name', 'sites[0].id', 'sites[0].kind', 'users[0].email', 'users[0].role']));
  });

  it('names a misspelt key with the field it was likely meant to be, instead of ignoring it and leaving the default', () => {
    const problems = problemsOf({
      ...valid,
      organization: { ...valid.organization, publicphone: '(555) 010-0100' },
      sites: [{ id: 'north', name: 'Northside Hospital', timezone: 'America/Chicago' }],
      teem: [],
    });
    expect(problems).toEqual([
      { path: 'teem', message: 'is not a known field: did you mean "teams"?' },
      { path: 'organization.publicphone', message: 'is not a known field: did you mean "publicPhones"?' },
      { path: 'sites[0].timezone', message: 'is not a known field: did you mean "timeZone"?' },
    ]);
    expect(problemsOf({ ...valid, sites: [{ id: 'north', name: 'N', colour: 'blue' }] })).toEqual([
      { path: 'sites[0].colour', message: expect.stringMatching(/^is not a known field \(known here: id, name, aliases, .*timeZone/) },
    ]);
  });

  it('reports references to unknown sites and users, and bad time zones', () => {
    const problems = problemsOf({
      ...valid,
      organization: { ...valid.organization, timeZone: 'Mars/Utopia' },
      sites: [{ id: 'north', name: 'N', timeZone: 'Mars/Olympus' }],
      teams: [{ id: 'px', name: 'PX', function: 'patient_experience', sites: ['south'], members: ['ghost@example.org'] }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'organization.timeZone', message: 'unknown time zone "Mars/Utopia"' },
        { path: 'sites[0].timeZone', message: 'unknown time zone "Mars/Olympus"' },
        { path: 'teams[0].sites[0]', message: 'no site has id "south"' },
        { path: 'teams[0].members[0]', message: 'no user has email "ghost@example.org"' },
      ]),
    );
  });
});
