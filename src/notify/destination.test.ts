import { describe, expect, it } from 'vitest';
import { validateDestination } from './destination.js';

const publicDns = { resolveHost: async () => ['34.1.2.3'] };

describe('validateDestination', () => {
  it('accepts a Slack webhook on a public host', async () => {
    expect(await validateDestination({ id: 'd1', kind: 'slack', name: 'ED leads', url: 'https://hooks.slack.com/services/T/B/x', includeContent: false }, publicDns)).toEqual([]);
  });

  it('points at the field that is wrong', async () => {
    const problems = await validateDestination({ id: 'd1', kind: 'webhook', name: 'x', url: 'https://a.example', secret: 'short', includeContent: false }, publicDns);
    expect(problems.map((p) => p.path)).toEqual(['/secret']);
  });

  it('refuses a webhook aimed at an internal address', async () => {
    const problems = await validateDestination({ id: 'd1', kind: 'webhook', name: 'x', url: 'https://db.internal', includeContent: false }, { resolveHost: async () => ['10.0.0.12'] });
    expect(problems).toEqual([{ path: '/url', message: expect.stringContaining('private') }]);
  });

  it('requires a url for chat destinations and recipients for email', async () => {
    expect(await validateDestination({ id: 'd', kind: 'teams', name: 'x', includeContent: false })).toEqual([{ path: '/url', message: expect.any(String) }]);
    expect(await validateDestination({ id: 'd', kind: 'email', name: 'x', includeContent: false })).toEqual([{ path: '/to', message: expect.any(String) }]);
  });

  it('names each bad recipient by position', async () => {
    const problems = await validateDestination({ id: 'd', kind: 'email', name: 'x', to: ['ok@hospital.example', 'not-an-address'], includeContent: false });
    expect(problems.map((p) => p.path)).toEqual(['/to/1']);
  });

  it('rejects an unknown kind', async () => {
    const problems = await validateDestination({ id: 'd', kind: 'pager', name: 'x', includeContent: false });
    expect(problems.some((p) => p.path === '/kind')).toBe(true);
  });
});
