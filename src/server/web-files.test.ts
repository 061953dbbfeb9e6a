// The web app's files: found per request, so a rebuilt app is served without a restart; pages of the app fall back
// to its index, and a missing script is a 404 rather than the index served as a script (a blank screen).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type ApiHarness } from '../../test/support/api-runtime.js';
import { WEB_DIST } from './app.js';

const built = existsSync(join(WEB_DIST, 'index.html'));
if (!built) console.log('Skipping web file tests: dist/web is not built (npm install builds it).');

describe.skipIf(!built)('web app files', () => {
  let h: ApiHarness;
  const late = join(WEB_DIST, 'assets', `rebuilt-${process.pid}.js`);
  beforeAll(async () => {
    h = await apiHarness();
  });
  afterAll(async () => {
    rmSync(late, { force: true });
    await h?.close();
  });

  it('serves a file written after start-up, as after a rebuild', async () => {
    writeFileSync(late, 'console.log("rebuilt");');
    const res = await h.app.inject({ method: 'GET', url: `/assets/rebuilt-${process.pid}.js` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('rebuilt');
  });

  it('answers a missing script with 404 and an app page with the index', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/assets/gone-1234.js' })).statusCode).toBe(404);
    const page = await h.app.inject({ method: 'GET', url: '/settings/templates' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});
