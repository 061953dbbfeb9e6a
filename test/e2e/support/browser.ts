// Shared e2e plumbing: Debian's chromium through playwright-core, console-error capture, sign-in.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const repoRoot = resolve(new URL('../../..', import.meta.url).pathname);
export const DEMO_PASSWORD = 'redress-demo';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export async function openPage(browser: Browser, opts: { width?: number; height?: number; timezoneId?: string } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    timezoneId: opts.timezoneId ?? 'America/Chicago',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    // The browser itself logs every 4xx answer; the ones a test provokes (a validation error, a
    // forbidden case) are asserted on screen instead.
    if (m.type() === 'error' && !/the server responded with a status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { page, errors };
}

export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(baseUrl + '/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(repoRoot, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/**
 * On a phone-sized page showing a case: the reply box starts far below the fold, and the header's Reply jump brings it
 * into view with the caret in it. Answers the box.
 */
export async function jumpToReplyOnPhone(page: Page, viewportHeight: number): Promise<Locator> {
  const box = page.getByLabel('Reply text');
  await box.waitFor({ state: 'attached' });
  expect((await box.boundingBox())!.y).toBeGreaterThan(viewportHeight);
  await page.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('reply-text');
  await expect
    .poll(async () => {
      const b = (await box.boundingBox())!;
      return b.y >= 0 && b.y + b.height <= viewportHeight;
    })
    .toBe(true);
  return box;
}
