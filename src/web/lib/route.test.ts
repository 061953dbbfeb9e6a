import { describe, expect, it } from 'vitest';
import { caseHref, inboxHref, parseHash, routeHref } from './route.js';

describe('hash routes', () => {
  it('opens the inbox when there is no hash', () => {
    const route = parseHash('');
    expect(route.name).toBe('inbox');
  });

  it('keeps inbox filters from the hash query', () => {
    const route = parseHash('#/inbox?site=north&q=wait');
    expect(route.name === 'inbox' && route.query.get('site')).toBe('north');
  });

  it('reads case ids and settings sections', () => {
    expect(parseHash(caseHref('c 1'))).toEqual({ name: 'case', id: 'c 1' });
    expect(parseHash('#/settings/users')).toEqual({ name: 'settings', section: 'users' });
    expect(parseHash('#/settings')).toEqual({ name: 'settings', section: null });
    expect(parseHash(caseHref('c1', true))).toEqual({ name: 'case', id: 'c1', reply: true });
  });

  it('opens the audit log outside Settings, from its own address or the one it had in Settings', () => {
    expect(parseHash(routeHref({ name: 'audit' }))).toEqual({ name: 'audit' });
    expect(parseHash('#/settings/audit')).toEqual({ name: 'audit' });
  });

  it('reports unknown paths instead of guessing', () => {
    expect(parseHash('#/nowhere/else')).toEqual({ name: 'not_found', path: '/nowhere/else' });
  });

  it('builds hrefs that parse back to the same route', () => {
    expect(inboxHref(new URLSearchParams('risk=harm'))).toBe('#/inbox?risk=harm');
    expect(parseHash(routeHref({ name: 'dashboards' }))).toEqual({ name: 'dashboards' });
  });
});
