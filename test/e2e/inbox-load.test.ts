// The inbox quality bar (issue 6): interactive within one second with 10,000 open cases, measured in the browser
// against the real server (buildServer over a runtime) on the embedded database, not the contract stand-in.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { onServer } from '../../src/store/test-db.js';
import { ADMIN_EMAIL, apiHarness, type ApiHarness } from '../support/api-runtime.js';
import { bulkCases } from '../support/bulk-cases.js';
import { hasChromium, launchBrowser, openPage, signIn } from './support/browser.js';

if (!hasChromium) console.log('Skipping inbox load e2e: /usr/bin/chromium is not installed (apt-get install -y chromium).');

const OPEN_CASES = 10_000;
const LOADS = 3;
const ROW = 'tbody tr.inbox-row';

/**
 * One cold load of the inbox document, in milliseconds from its navigation start (performance.timeOrigin).
 *
 * "Interactive" is the first moment both hold: case rows are rendered, and the j shortcut, pressed as soon as the
 * first row is visible, has moved keyboard focus onto a case row. It is timed in the page by the `focusin` that j
 * causes, so the harness's own round trips after that moment do not count; the ones before it (noticing the row,
 * sending the key) do, as a user's reaction would. A j that arrives before the list listens is not retried: it
 * fails the load, since a shortcut the inbox drops is not interactive.
 */
async function timeToInteractive(page: Page, url: string): Promise<{ ms: number; casesMs: number; rows: number }> {
  await page.goto('about:blank');
  await page.goto(`${url}/#/inbox`);
  await page.locator(ROW).first().waitFor();
  await page.keyboard.press('j');
  await page.waitForFunction(() => (window as Probe).focusedAt !== undefined, null, { timeout: 5_000 });
  return page.evaluate((row) => {
    const cases = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/v1/cases?')) as PerformanceResourceTiming | undefined;
    return { ms: (window as Probe).focusedAt!, casesMs: cases ? cases.responseEnd : NaN, rows: document.querySelectorAll(row).length };
  }, ROW);
}

type Probe = Window & { focusedAt?: number };

/**
 * Runs in every document before the app: each load opens the inbox as a new tab would (no remembered case to
 * refocus), and notes when focus first lands on a case row after a j.
 */
function probe(): void {
  if (location.protocol !== 'http:') return; // about:blank between loads has no storage
  sessionStorage.removeItem('redress.inbox.lastCase');
  let pressed = false;
  window.addEventListener('keydown', (e) => (pressed ||= e.key === 'j'), true);
  document.addEventListener('focusin', (e) => {
    const w = window as Probe;
    if (pressed && w.focusedAt === undefined && (e.target as Element).matches('tr.inbox-row')) w.focusedAt = performance.now();
  });
}

describe.skipIf(!hasChromium)(`inbox with ${OPEN_CASES} open cases (real server, ${onServer ? 'PostgreSQL' : 'embedded database'})`, () => {
  let browser: Browser;
  let h: ApiHarness;
  let url: string;

  beforeAll(async () => {
    const seeded = async () => {
      const harness = await apiHarness();
      await bulkCases(harness.rt.db, OPEN_CASES, { allOpen: true });
      await harness.app.listen({ port: 0, host: '127.0.0.1' });
      return harness;
    };
    [browser, h] = await Promise.all([launchBrowser(), seeded()]);
    url = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('is interactive within a second of navigation', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, url, ADMIN_EMAIL);
    await page.context().addInitScript(probe);
    const loads: Awaited<ReturnType<typeof timeToInteractive>>[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await timeToInteractive(page, url));
    // The median of three loads is the figure: on a two-core machine shared with other jobs one load can stall
    // on a neighbour or a collection, and the median still fails when two of three loads are slow. The bar
    // itself is the assertion, not a loosened one; the headroom is in the product (the figure sits far below it).
    const median = loads.map((l) => l.ms).sort((a, b) => a - b)[Math.floor(LOADS / 2)];
    console.log(`inbox time-to-interactive with ${OPEN_CASES} open cases (${onServer ? 'PostgreSQL' : 'embedded'}): ${Math.round(median)} ms`);
    console.log(
      `  loads: ${loads.map((l) => `${Math.round(l.ms)} ms (first page of cases in at ${Math.round(l.casesMs)} ms, ${l.rows} rows rendered)`).join('; ')}`,
    );
    expect(median).toBeLessThan(1000);
    // The list renders a page at a time (keyset cursor), never all 10,000 rows.
    expect(loads.every((l) => l.rows <= 50)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('still answers j promptly after ten more pages are loaded', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, url, ADMIN_EMAIL);
    await page.goto(`${url}/#/inbox`);
    const rows = page.locator(ROW);
    await rows.first().waitFor();
    for (let i = 0; i < 10; i++) {
      const count = await rows.count();
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.waitForFunction(({ row, n }) => document.querySelectorAll(row).length > n, { row: ROW, n: count });
    }
    await expect(rows.count()).resolves.toBe(550);
    await rows.nth(540).click();
    const t = Date.now();
    await page.keyboard.press('j');
    await page.waitForFunction((id) => document.activeElement?.id === id, await rows.nth(541).getAttribute('id'));
    console.log(`  j on a list of 550 rows: ${Date.now() - t} ms`);
    expect(errors).toEqual([]);
  });
});
