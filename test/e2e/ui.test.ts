// The web app against the contract stand-in (support/fake-api.ts): every main screen renders without
// console errors, keyboard paths work, the guard blocks and drafts survive. Scenario tests against the
// real server are in scenarios.test.ts; the inbox under 10,000 open cases is timed in inbox-load.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { startFakeApi, type FakeApi } from './support/fake-api.js';

if (!hasChromium) console.log('Skipping web e2e: /usr/bin/chromium is not installed (apt-get install -y chromium).');

describe.skipIf(!hasChromium)('web app screens (contract stand-in)', () => {
  let browser: Browser;
  let api: FakeApi;

  beforeAll(async () => {
    [browser, api] = await Promise.all([launchBrowser(), startFakeApi()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the sign-in form first and explains a wrong password', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(api.url + '/');
    await expect(page.getByLabel('Email').isVisible()).resolves.toBe(true);
    await page.getByLabel('Email').fill('admin@example.org');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Wrong email or password/);
    await screenshot(page, 'sign-in');
    expect(errors).toEqual([]);
  });

  it('walks the inbox by keyboard, opens a case with Enter and comes back to the same row', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    const rows = page.locator('tbody tr.inbox-row');
    await rows.first().waitFor();
    await screenshot(page, 'inbox');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const second = await rows.nth(2).getAttribute('id');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(second);
    await page.keyboard.press('k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(await rows.nth(1).getAttribute('id'));
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    const opened = await rows.nth(1).getAttribute('id');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Case #/ }).waitFor();
    expect(page.url()).toContain('#/cases/');
    await page.goBack();
    await page.waitForFunction((id) => document.activeElement?.id === id, opened);
    expect(errors).toEqual([]);
  });

  it('blocks a public reply that mentions care, and offers an override only to permitted roles', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    await page.locator('tbody tr.inbox-row').first().waitFor();
    await page.keyboard.press('r');
    const message = page.getByLabel('Reply text');
    await message.waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('reply-text');
    await message.fill('Hi, we looked at your diagnosis and are sorry.');
    await page.locator('.finding-block').waitFor();
    await expect(page.getByRole('button', { name: /^Send/ }).isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel(/Override reason/).count()).resolves.toBe(0);
    // The finding leads the agent to the words to rewrite; it never writes advice into the public reply.
    await page.getByRole('button', { name: 'Select “diagnosis” in the draft' }).click();
    await expect(message.inputValue()).resolves.toBe('Hi, we looked at your diagnosis and are sorry.');
    await expect(page.evaluate(() => { const box = document.activeElement as HTMLTextAreaElement; return box.value.slice(box.selectionStart, box.selectionEnd); })).resolves.toBe('diagnosis');
    await screenshot(page, 'composer-blocked');
    expect(errors).toEqual([]);
  });

  it('asks before closing a case, names what is still open on it, and keeps the outcome as a note', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    await page.locator('tbody tr.inbox-row').first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Case #/ }).waitFor();
    await page.getByLabel('Status').selectOption({ label: 'Move to Closed' });
    const dialog = page.getByRole('dialog');
    await dialog.getByText('“Public acknowledgement” is not met', { exact: false }).waitFor();
    await dialog.getByLabel(/Outcome/).fill('Duplicate of a complaint handled by phone.');
    await dialog.getByRole('button', { name: 'Close the case' }).click();
    await page.getByText('Status changed to Closed.').first().waitFor();
    // The timeline reloads after the change: wait for the note rather than counting what is there at once.
    await page.getByText('Added a note').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps a reply draft across a reload', async () => {
    const { page } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    await page.locator('tbody tr.inbox-row').first().waitFor();
    await page.keyboard.press('r');
    await page.getByLabel('Reply text').fill('Thank you for telling us.');
    await page.waitForTimeout(600);
    await page.reload();
    await expect(page.getByLabel('Reply text').inputValue()).resolves.toBe('Thank you for telling us.');
  });

  it('inserts a template with the author first name filled in', async () => {
    const { page } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    await page.locator('tbody tr.inbox-row').first().waitFor();
    await page.keyboard.press('r');
    await page.getByLabel('Template').selectOption({ label: 'Apology and invitation (en)' });
    const text = await page.getByLabel('Reply text').inputValue();
    expect(text).toMatch(/^Hi \S+, we're sorry/);
    expect(text).toContain('– Jordan');
  });

  it('renders dashboards, settings and the forward form without console errors', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'admin@example.org');
    await page.goto(api.url + '/#/dashboards');
    await page.getByRole('heading', { name: 'Complaints by category' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'dashboards');
    await page.goto(api.url + '/#/settings/organization');
    await page.getByLabel('Organization (YAML or JSON)').waitFor();
    await screenshot(page, 'settings');
    await page.goto(api.url + '/#/forward');
    await page.getByLabel('Post text').waitFor();
    await screenshot(page, 'forward');
    expect(errors).toEqual([]);
  });

  it('announces new cases politely and shows them on request', async () => {
    const watcher = await openPage(browser);
    await signIn(watcher.page, api.url, 'admin@example.org');
    await watcher.page.locator('tbody tr.inbox-row').first().waitFor();
    await watcher.page.locator('.stream-status.on').waitFor();
    const forwarder = await openPage(browser);
    await signIn(forwarder.page, api.url, 'jordan.pike@example.org');
    await forwarder.page.goto(api.url + '/#/forward');
    await forwarder.page.getByLabel('Post text').fill('The waiting room TV has been blaring for two hours.');
    await forwarder.page.getByRole('button', { name: 'Create confidential case' }).click();
    await forwarder.page.waitForURL(/#\/cases\//);
    const banner = watcher.page.getByRole('button', { name: /1 new case · Show/ });
    await banner.waitFor();
    await expect(watcher.page.locator('[aria-live="polite"]').textContent()).resolves.toBe('1 new case');
    await banner.click();
    await watcher.page.locator('tbody tr.inbox-row').first().getByText('Confidential').waitFor();
    expect([...watcher.errors, ...forwarder.errors]).toEqual([]);
  });

  it('catches up on a case created while the live stream was down', async () => {
    const watcher = await openPage(browser);
    await signIn(watcher.page, api.url, 'admin@example.org');
    await watcher.page.locator('tbody tr.inbox-row').first().waitFor();
    await watcher.page.locator('.stream-status.on').waitFor();
    api.pauseStreams();
    await watcher.page.locator('.stream-status.off').waitFor();
    api.forward('Nobody answered the call button on 4 West for forty minutes.');
    api.resumeStreams();
    await watcher.page.getByRole('button', { name: /1 new case · Show/ }).waitFor();
    expect(watcher.errors).toEqual([]);
  });

  it('keeps the dashboard filters and the notifications panel on a phone screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, api.url, 'admin@example.org');
    await page.goto(api.url + '/#/dashboards');
    await page.getByRole('heading', { name: 'Clock compliance' }).waitFor();
    const onScreen = async (what: string, box: { x: number; width: number } | null) => expect({ what, left: box!.x >= 0, right: box!.x + box!.width <= 390 }).toEqual({ what, left: true, right: true });
    // The demo's longest site name made the select 507 px wide.
    await onScreen('site selector', await page.locator('#rep-site').boundingBox());
    await onScreen('export button', await page.getByRole('link', { name: 'Export CSV' }).boundingBox());
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /^Notifications/ }).click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    await panel.waitFor();
    await onScreen('notifications panel', await panel.boundingBox());
    await screenshot(page, 'dashboards-phone');
    expect(errors).toEqual([]);
  });

  it('lays the inbox out as cards on a tablet', async () => {
    const { page, errors } = await openPage(browser, { width: 820, height: 1180 });
    await signIn(page, api.url, 'jordan.pike@example.org');
    await page.locator('tbody tr.inbox-row').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'inbox-tablet');
    expect(errors).toEqual([]);
  });
});
