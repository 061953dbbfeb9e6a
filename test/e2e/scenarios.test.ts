// User scenarios against the real server with the demo organization loaded (support/server.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { hasServer, startServer, type RunningServer } from './support/server.js';

if (hasChromium && !hasServer) console.log('Skipping web scenarios: no Redress server to start yet (src/cli/commands/serve.ts or test/support/server.ts; or set REDRESS_E2E_URL).');

const ADMIN = 'admin@example.org';
const AGENT = 'jordan.pike@example.org';
const COLLEAGUE = 'priya.raman@example.org';
const VIEWER = 'linda.fairbanks@example.org';
const NORTHSIDE_ONLY = 'ruth.okafor@example.org';

/** Reads the API with the page's own session cookie (for setup and for finding ids). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${new URL(page.url()).origin}/api/v1${path}`);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** Picks the option whose text starts with `text` (options may add "(me)" or "· on call"). */
async function chooseOption(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label);
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

interface Summary {
  id: string;
  number: number;
  siteId: string | null;
  status: string;
  confidential: boolean;
  platform: string;
}

describe.skipIf(!hasChromium || !hasServer)('web app scenarios (real server, demo data)', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function as(email: string, opts?: { width?: number; height?: number }) {
    const watched = await openPage(browser, opts);
    await signIn(watched.page, server.url, email);
    return watched;
  }

  /** The first open public case the signed-in user can reply to publicly. */
  async function publicCase(page: Page): Promise<Summary> {
    const { items } = await apiGet<{ items: Summary[] }>(page, '/cases?status=new,triaged,acknowledged,in_recovery&limit=50');
    const found = items.find((c) => !c.confidential && !['email', 'forwarded', 'yelp'].includes(c.platform));
    expect(found, 'an open public case in the demo').toBeDefined();
    return found!;
  }

  it('signs in, shows the inbox, and signs out', async () => {
    const { page, errors } = await as(AGENT);
    await page.getByRole('table', { name: 'Cases' }).waitFor();
    await screenshot(page, 'real-inbox');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();
    expect(errors).toEqual([]);
  });

  it('takes a new complaint to a sent reply', async () => {
    const { page, errors } = await as(ADMIN);
    const target = await publicCase(page);
    await page.goto(`${server.url}/#/cases/${target.id}?reply`);
    await page.getByLabel('Reply text').fill('Thank you for letting us know. We are sorry and would like to help: please call our patient experience team.');
    await page.locator('#reply-guard').locator('.guard-ok, .finding, p').first().waitFor();
    await screenshot(page, 'real-case-composer');
    await page.getByRole('button', { name: /^Send/ }).click();
    const history = page.locator('.reply-history');
    await history.getByText('Thank you for letting us know.', { exact: false }).first().waitFor();
    await expect(history.locator('.badge').first().textContent()).resolves.toMatch(/Queued|Sent|Waiting for approval|Post by hand/);
    const evidence = await page.request.get(new URL((await history.getByRole('link', { name: 'PDF' }).getAttribute('href'))!, server.url).href);
    expect(evidence.headers()['content-type']).toBe('application/pdf');
    expect(errors).toEqual([]);
  });

  it('assigns and reassigns a case', async () => {
    const { page, errors } = await as(ADMIN);
    const target = await publicCase(page);
    await page.goto(`${server.url}/#/cases/${target.id}`);
    const handling = page.getByRole('complementary', { name: 'Case details' });
    await handling.getByRole('button', { name: /^(Assign|Reassign)$/ }).click();
    await chooseOption(page, 'Assign to', 'Jordan Pike');
    await page.getByRole('dialog').getByRole('button', { name: 'Assign' }).click();
    await handling.getByText('Jordan Pike').waitFor();
    await handling.getByRole('button', { name: 'Reassign' }).click();
    await chooseOption(page, 'Assign to', 'Priya Raman');
    await page.getByRole('dialog').getByRole('button', { name: 'Assign' }).click();
    await handling.getByText('Priya Raman').waitFor();
    await page.getByRole('list').getByText(/Assigned to Priya Raman/).first().waitFor();
    expect(errors).toEqual([]);
  });

  it('notifies a colleague mentioned in a note', async () => {
    const admin = await as(ADMIN);
    const target = await publicCase(admin.page);
    await admin.page.goto(`${server.url}/#/cases/${target.id}`);
    const note = admin.page.getByLabel('Internal note');
    await note.fill('Can you call the family today? @priy');
    await admin.page.getByRole('option', { name: /Priya Raman/ }).click();
    await admin.page.getByRole('button', { name: 'Add note' }).click();
    await admin.page.locator('.note-text').getByText(/Can you call the family today\?/).waitFor();

    const colleague = await as(COLLEAGUE);
    await colleague.page.getByRole('button', { name: /Notifications/ }).click();
    const link = colleague.page.getByRole('region', { name: 'Notifications' }).getByRole('link').first();
    await link.waitFor();
    await link.click();
    await colleague.page.waitForURL(new RegExp(`#/cases/${target.id}`));
    expect([...admin.errors, ...colleague.errors]).toEqual([]);
  });

  it('filters by platform and opens saved views', async () => {
    const { page, errors } = await as(AGENT);
    await page.getByRole('table', { name: 'Cases' }).waitFor();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('group', { name: 'Platform' }).getByLabel('Google').check();
    await page.waitForURL(/platform=google/);
    await page.getByRole('list', { name: 'Active filters' }).getByText(/platform: Google/).waitFor();
    const badges = await page.locator('tbody tr.inbox-row .badge.platform').allTextContents();
    expect(badges.every((b) => b === 'Google')).toBe(true);
    const views = page.getByRole('navigation', { name: 'Saved views' });
    await views.getByRole('link', { name: 'Risk' }).click();
    await page.waitForURL(/risk=/);
    // The URL changes first and the list re-renders after it: wait for the view to be marked and its rows to arrive.
    await views.locator('a[aria-current="page"]', { hasText: 'Risk' }).waitFor();
    await page.locator('tbody tr.inbox-row, .state-empty').first().waitFor();
    const rows = page.locator('tbody tr.inbox-row');
    const firstRowsShowRisk = async () => {
      const shown = Math.min(5, await rows.count());
      for (let i = 0; i < shown; i++) if ((await rows.nth(i).locator('.badge.risk').count()) === 0) return false;
      return true;
    };
    await expect.poll(firstRowsShowRisk, { timeout: 10_000 }).toBe(true);
    await page.getByRole('link', { name: 'In the building now' }).click();
    await page.waitForURL(/timing=now/);
    expect(errors).toEqual([]);
  });

  it('finds a resolved case by searching, from the empty open queue', async () => {
    const { page, errors } = await as(AGENT);
    await page.getByRole('table', { name: 'Cases' }).waitFor();
    // The demo's history resolved this review's case (stories.ts): it is no longer in the open queue.
    await page.getByPlaceholder(/Search cases/).fill('the schedule changed');
    await page.getByText('No cases match these filters.').waitFor();
    await page.getByRole('link', { name: 'Search resolved and closed cases too' }).click();
    await page.waitForURL(/status=all/);
    const row = page.locator('tbody tr.inbox-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('the schedule changed');
    expect(errors).toEqual([]);
  });

  it('drills down from a dashboard bar to the cases behind it', async () => {
    const { page, errors } = await as(ADMIN);
    await page.goto(`${server.url}/#/dashboards`);
    const card = page.getByRole('region', { name: 'Complaints by category' });
    await card.waitFor();
    await screenshot(page, 'real-dashboards');
    await card.getByRole('button', { name: 'Show table' }).click();
    const first = card.getByRole('rowheader').getByRole('link').first();
    await first.click();
    await page.waitForURL(/#\/inbox\?.*category=/);
    await page.locator('tbody tr.inbox-row').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('shows a settings validation error next to the field', async () => {
    const { page, errors } = await as(ADMIN);
    await page.goto(`${server.url}/#/settings/users`);
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Name', { exact: true }).fill('Test Person');
    await page.getByLabel('Password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Add user' }).last().click();
    const fieldError = page.locator('#user-email-error');
    await fieldError.waitFor();
    await expect(page.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'real-settings-error');
    expect(errors).toEqual([]);
  });

  it('saves a channel account without sending back how it is read', async () => {
    const { page, errors } = await as(ADMIN);
    await page.goto(`${server.url}/#/settings/channel-accounts`);
    await page.getByRole('button', { name: 'Cedar Plains Health – Colorado' }).click();
    await page.getByText('Not read by Redress').waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // The toast, not the screen-reader announcement that repeats it.
    await page.locator('.toast', { hasText: 'Channel account saved.' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('issues an API token in settings, shows it once, and revokes it', async () => {
    const { page, errors } = await as(ADMIN);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${server.url}/#/settings/tokens`);
    await page.getByLabel('What it is for').fill('Survey sync');
    await page.getByRole('button', { name: 'Issue token' }).click();
    const token = await page.getByLabel(/copy it now/).inputValue();
    expect(token).toMatch(/^rdr_/);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await page.request.get(`${server.url}/api/v1/cases`, { headers: bearer })).status()).toBe(200);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Revoke Survey sync' }).click();
    await page.getByText(/^Revoked /).waitFor();
    expect((await page.request.get(`${server.url}/api/v1/cases`, { headers: bearer })).status()).toBe(401);
    await expect(page.locator('body').textContent()).resolves.not.toContain(token);
    expect(errors).toEqual([]);
  });

  it('turns a forwarded private post into a confidential case that shows its screenshot and allows no public reply', async () => {
    const { page, errors } = await as(AGENT);
    await page.getByRole('link', { name: 'Forward a post' }).click();
    await page.getByLabel('Post text').fill('Posted in a private group: the night nurse on 4 West ignored my mother’s call light for an hour.');
    await page.getByLabel('Original platform').selectOption('facebook');
    await page.getByLabel('Author name (optional)').fill('A. Member');
    await page.setInputFiles('#fwd-image', { name: 'shot.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64') });
    await page.getByText('Forwarded by').getByText('Jordan Pike').waitFor();
    await page.getByRole('button', { name: 'Create confidential case' }).click();
    await page.waitForURL(/#\/cases\//);
    await page.getByText('This came in privately: follow up discreetly, do not mention how it reached us.').waitFor();
    const shot = page.getByRole('img', { name: 'Forwarded screenshot shot.png' });
    await shot.waitFor();
    await expect(shot.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBe(1);
    await expect(page.getByRole('radio', { name: 'Public reply' }).isDisabled()).resolves.toBe(true);
    await page.getByText(/Public reply unavailable/).waitFor();
    await screenshot(page, 'real-confidential-case');
    expect(errors).toEqual([]);
  });

  it('lets a viewer read but not reply', async () => {
    const { page, errors } = await as(VIEWER);
    await page.locator('tbody tr.inbox-row').first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Case #/ }).waitFor();
    await page.getByText('Your role can read cases but not reply.').waitFor();
    await expect(page.getByRole('button', { name: /^Send/ }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Internal note').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('never shows a site-scoped user another site’s cases, even by direct URL', async () => {
    const admin = await as(ADMIN);
    const { items } = await apiGet<{ items: Summary[] }>(admin.page, '/cases?limit=100');
    const elsewhere = items.find((c) => c.siteId && c.siteId !== 'northside');
    expect(elsewhere, 'a case outside Northside').toBeDefined();

    const scoped = await as(NORTHSIDE_ONLY);
    await scoped.page.locator('tbody tr.inbox-row, .state-empty').first().waitFor();
    const { items: visible } = await apiGet<{ items: Summary[] }>(scoped.page, '/cases?limit=100');
    expect(visible.every((c) => c.siteId === 'northside')).toBe(true);
    await expect(scoped.page.locator(`#row-${elsewhere!.id}`).count()).resolves.toBe(0);
    await scoped.page.goto(`${server.url}/#/cases/${elsewhere!.id}`);
    await scoped.page.getByText('This case does not exist or is outside your sites.').waitFor();
    expect(scoped.errors).toEqual([]);
  });
});
