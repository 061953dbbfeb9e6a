// A person's own inbox views: saved, listed only to them, refused with the field named, removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';

describe('saved inbox views', () => {
  let h: ApiHarness;
  let other: SessionHeaders;
  beforeAll(async () => {
    h = await apiHarness();
    other = (await signInNewUser(h, { email: 'views.other@example.org', role: 'social_agent' })).headers;
  });
  afterAll(() => h?.close());

  it('saves a view for its owner alone and removes it', async () => {
    const saved = await call(h, h.headers, 'POST', '/api/v1/me/views', { name: 'My harm cases', query: 'risk=harm&assignee=me&sort=priority' });
    expect(saved.statusCode).toBe(201);
    const view = saved.json() as { id: string };
    expect((await call(h, h.headers, 'GET', '/api/v1/me/views')).json()).toEqual([{ id: view.id, name: 'My harm cases', query: 'risk=harm&assignee=me&sort=priority' }]);
    expect((await call(h, other, 'GET', '/api/v1/me/views')).json()).toEqual([]);
    expect((await call(h, other, 'DELETE', `/api/v1/me/views/${view.id}`)).statusCode).toBe(404);
    expect((await call(h, h.headers, 'DELETE', `/api/v1/me/views/${view.id}`)).statusCode).toBe(204);
    expect((await call(h, h.headers, 'GET', '/api/v1/me/views')).json()).toEqual([]);
  });

  it('names what is wrong: a name already used, an unknown filter, an empty name', async () => {
    expect((await call(h, h.headers, 'POST', '/api/v1/me/views', { name: 'Billing', query: 'category=billing' })).statusCode).toBe(201);
    const twice = await call(h, h.headers, 'POST', '/api/v1/me/views', { name: 'billing', query: 'category=billing' });
    expect(twice.json().details).toEqual([{ path: 'name', message: 'you have a view with this name' }]);
    const unknown = await call(h, h.headers, 'POST', '/api/v1/me/views', { name: 'Odd', query: 'colour=blue' });
    expect(unknown.json().details).toEqual([{ path: 'query', message: 'unknown inbox filter "colour"' }]);
    expect((await call(h, h.headers, 'POST', '/api/v1/me/views', { name: '   ', query: '' })).json().details[0].path).toBe('name');
  });
});
