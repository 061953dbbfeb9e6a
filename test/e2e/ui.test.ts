// The web app against the contract stand-in (support/fake-api.ts): every main screen renders without
// console errors, keyboard paths work, the guard blocks and drafts survive. Scenario tests against the
// real server are in scenarios.test.ts; the inbox under 10,000 open cases is timed in inbox-load.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, jumpToReplyOnPhone, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { startFakeApi, type FakeApi } from './support/fake-api.js';

interface CaseRow {
  id: string;
  platform: string;
  status: string;
  priority?: string;
  confidential: boolean;
  approvalRequired?: boolean;
  grievance?: boolean;
}

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
    await expect.poll(() => page.getByLabel('Email').isVisible()).toBe(true);
    await page.getByLabel('Email').fill('admin@example.org');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Wrong email or password/);
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
    await expect.poll(() => page.getByRole('button', { name: /^Send/ }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByLabel(/Override reason/).count()).toBe(0);
    // The finding leads the agent to the words to rewrite; it never writes advice into the public reply.
    await page.getByRole('button', { name: 'Select “diagnosis” in the draft' }).click();
    await expect.poll(() => message.inputValue()).toBe('Hi, we looked at your diagnosis and are sorry.');
    await expect(page.evaluate(() => { const box = document.activeElement as HTMLTextAreaElement; return box.value.slice(box.selectionStart, box.selectionEnd); })).resolves.toBe('diagnosis');
    await screenshot(page, 'composer-blocked');
    expect(errors).toEqual([]);
  });

  it('asks before closing a case, names what is still open on it, asks how it ended, and keeps the outcome as a note', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    // Newest first: the stand-in's newest case is open with its public acknowledgement owed, whatever is due first.
    // It is opened by address (the keys that open a row have their own test): the first case of the newest-first list.
    const newest = ((await (await page.request.get(`${api.url}/api/v1/cases?sort=newest&limit=1`)).json()) as { items: CaseRow[] }).items[0];
    await page.goto(`${api.url}/#/cases/${newest.id}`);
    await page.getByRole('heading', { name: /^Case #/ }).waitFor();
    await page.getByLabel('Status').selectOption({ label: 'Move to Closed' });
    await page.getByRole('button', { name: 'Apply status change…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('“Public acknowledgement” is not met', { exact: false }).waitFor();
    await dialog.getByLabel(/What happened, in a few words/).fill('Duplicate of a complaint handled by phone.');
    await dialog.getByRole('button', { name: 'Close the case' }).click();
    await dialog.getByText('Choose how the case ended').waitFor();
    await dialog.getByLabel('How did it end?').selectOption('duplicate');
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
    await expect.poll(() => page.getByLabel('Reply text').inputValue()).toBe('Thank you for telling us.');
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

  it('edits a reply template in place, shows a refused wording under that variant, and finds saved wording a newer guard refuses', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'admin@example.org');
    await page.goto(api.url + '/#/settings/templates');
    await page.getByRole('button', { name: /^Billing question/ }).click();
    const wording = page.getByLabel('Wording of billing.en.1');
    await wording.fill('We are sorry about the bill for your surgery. Please call {{pxPhone}}.');
    await page.getByText('Unsaved changes', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Save reply templates' }).click();

    const refusal = page.getByText('billing.en.1: the reply guard blocks it');
    await refusal.waitFor();
    await expect.poll(() => wording.getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    await expect.poll(() => wording.getAttribute('aria-invalid')).toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(await wording.getAttribute('id'));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/1 variant was refused/);
    await screenshot(page, 'settings-templates-refused');

    await wording.fill('We are sorry about the bill you describe. Please call {{pxPhone}}.');
    await page.getByRole('button', { name: 'Save reply templates' }).click();
    await page.getByText('All changes saved.').waitFor();
    await expect.poll(() => page.getByText('billing.en.1: the reply guard blocks it').count()).toBe(0);
    await expect.poll(() => wording.inputValue()).toBe('We are sorry about the bill you describe. Please call {{pxPhone}}.');

    // Wording saved under an older guard shows up when the saved library is checked against the guard in force.
    await wording.fill('So glad the new knee is holding up! Please call {{pxPhone}}.');
    await page.getByRole('button', { name: 'Save reply templates' }).click();
    await page.getByText('All changes saved.').waitFor();
    await page.getByRole('button', { name: 'Check saved templates against the reply guard' }).click();
    await page.getByText("billing.en.1: the reply guard blocks it: it names the reader's implant.").waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/1 saved template does not pass the reply guard in force \(reply-guard@9\.9\.9\)/);

    // Once mended, the check's all-clear stays on screen with the guard version and the time.
    await wording.fill('We are sorry about the bill you describe. Please call {{pxPhone}}.');
    await page.getByRole('button', { name: 'Save reply templates' }).click();
    await page.getByText('All changes saved.').waitFor();
    await page.getByRole('button', { name: 'Check saved templates against the reply guard' }).click();
    await page.getByText(/^All \d+ saved templates pass the reply guard \(reply-guard@9\.9\.9\) for every site, checked at /).waitFor();
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
    await expect.poll(() => watcher.page.locator('[aria-live="polite"]').textContent()).toBe('1 new case');
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

  /** A case of the stand-in found through its API: the first one the predicate accepts. */
  async function findCase(page: Page, accept: (c: CaseRow) => boolean): Promise<CaseRow> {
    const response = await page.request.get(`${api.url}/api/v1/cases?limit=500`);
    const found = ((await response.json()) as { items: CaseRow[] }).items.find(accept);
    expect(found, 'a matching case in the stand-in').toBeDefined();
    return found!;
  }

  it('shows who rejected a public reply, when and why, and puts it back in the composer to resubmit', async () => {
    const writer = await openPage(browser);
    await signIn(writer.page, api.url, 'admin@example.org');
    const target = await findCase(writer.page, (c) => Boolean(c.approvalRequired) && !c.confidential && !['email', 'forwarded'].includes(c.platform));
    await writer.page.goto(`${api.url}/#/cases/${target.id}?reply`);
    const text = 'We are sorry about your visit. Please call our patient experience team so we can help.';
    await writer.page.getByLabel('Reply text').fill(text);
    await writer.page.getByRole('button', { name: 'Submit the public reply for approval' }).click();
    await writer.page.locator('.reply-history').getByText('Waiting for approval').waitFor();
    // The writer may approve replies, but not their own: the screen says so instead of offering a button the server refuses.
    await writer.page.getByText('Waiting for a second person to approve it.').waitFor();
    await expect.poll(() => writer.page.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    const approver = await openPage(browser);
    await signIn(approver.page, api.url, 'gregory.albright@example.org');
    await approver.page.goto(`${api.url}/#/cases/${target.id}`);
    await approver.page.getByLabel('Approval comment').fill('Too generic: name the team and give the phone number.');
    await approver.page.getByRole('button', { name: 'Reject' }).click();
    await approver.page.locator('.reply-history .badge', { hasText: 'Rejected' }).waitFor();

    await writer.page.reload();
    const card = writer.page.locator('.reply-history li.reply-rejected');
    const why = card.getByRole('group', { name: 'Why it was rejected' });
    await why.waitFor();
    await expect.poll(() => why.locator('p').first().textContent()).toMatch(/^Rejected by Gregory Albright on .+:$/);
    await expect.poll(() => why.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect.poll(() => why.locator('blockquote').textContent()).toBe('Too generic: name the team and give the phone number.');
    await writer.page.getByRole('list').getByText('Rejected the public reply', { exact: false }).first().waitFor();
    await screenshot(writer.page, 'case-reply-rejected');

    await why.getByRole('button', { name: 'Edit and resubmit' }).click();
    await expect.poll(() => writer.page.getByLabel('Reply text').inputValue()).toBe(text);
    await expect(writer.page.evaluate(() => document.activeElement?.id)).resolves.toBe('reply-text');
    await expect.poll(() => writer.page.getByRole('radio', { name: 'Public reply' }).isChecked()).toBe(true);
    expect([...writer.errors, ...approver.errors]).toEqual([]);
  });

  it('asks before recording a private message as sent, names the clock it meets, and says so on the timeline', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    const target = await findCase(page, (c) => c.platform === 'facebook' && !['resolved', 'closed'].includes(c.status));
    await page.goto(`${api.url}/#/cases/${target.id}?reply`);
    await page.getByRole('radio', { name: 'Private message' }).check();
    await page.getByLabel('Reply text').fill('Hello, this is Jordan from patient experience. Could we call you about your visit?');
    await page.getByRole('button', { name: 'Save the private message to send yourself' }).click();
    const card = page.locator('.reply-history li.reply-manual');
    await card.getByText('Send by hand').waitFor();
    const timeline = page.locator('ol.timeline');
    await timeline.getByText('Wrote a private message on Facebook (to send by hand)').waitFor();

    const sentIt = card.getByRole('button', { name: 'I sent it' });
    await sentIt.click();
    const dialog = page.getByRole('dialog', { name: 'Mark the private message sent?' });
    await dialog.waitFor();
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).resolves.toBe(true);
    await expect.poll(() => dialog.textContent()).toMatch(/sent now, by you \(Jordan Pike\)/);
    await expect.poll(() => dialog.textContent()).toContain('The “Private outreach to the patient” clock is met');
    await screenshot(page, 'case-confirm-sent');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => card.getByText('Send by hand').count()).toBe(1);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('I sent it');

    await sentIt.click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await sentIt.click();
    await dialog.getByRole('button', { name: 'Yes, I sent it' }).click();
    await page.locator('.reply-history .badge', { hasText: 'Sent by hand' }).waitFor();
    await timeline.getByText('Marked the private message on Facebook sent').waitFor();
    await timeline.getByText('“Private outreach to the patient” met').waitFor();
    expect(errors).toEqual([]);
  });

  it('hides the post-by-hand controls from a viewer, who sees the replies are waiting for a colleague', async () => {
    const agent = await openPage(browser);
    await signIn(agent.page, api.url, 'jordan.pike@example.org');
    const target = await findCase(agent.page, (c) => c.platform === 'yelp' && !c.confidential && !c.approvalRequired && !['resolved', 'closed'].includes(c.status));
    await agent.page.goto(`${api.url}/#/cases/${target.id}?reply`);
    const submit = agent.page.locator('.composer form button[type="submit"]');
    await agent.page.getByLabel('Reply text').fill('Thank you for telling us. Please call our patient experience team so we can help.');
    await submit.click();
    await agent.page.locator('.reply-history li.reply-manual').first().waitFor();
    await agent.page.getByRole('radio', { name: 'Private message' }).check();
    await agent.page.getByLabel('Reply text').fill('Hello, this is Jordan from patient experience. Could we call you about your visit?');
    await submit.click();
    await expect.poll(() => agent.page.locator('.reply-history li.reply-manual').count()).toBe(2);
    // The agent, who may send replies, has the by-hand steps.
    await agent.page.getByRole('button', { name: 'I posted it' }).waitFor();
    await agent.page.getByRole('button', { name: 'I sent it' }).waitFor();

    const viewer = await openPage(browser);
    await signIn(viewer.page, api.url, 'linda.fairbanks@example.org');
    await viewer.page.goto(`${api.url}/#/cases/${target.id}`);
    const history = viewer.page.locator('.reply-history');
    await history.getByText('Waiting for a colleague to post it by hand.').waitFor();
    await history.getByText('Waiting for a colleague to send it by hand.').waitFor();
    await expect.poll(() => history.getByLabel(/Link to the posted reply/).count()).toBe(0);
    for (const name of ['I posted it', 'I sent it', 'Copy text']) await expect(history.getByRole('button', { name }).count(), name).resolves.toBe(0);
    await screenshot(viewer.page, 'case-viewer-manual-replies');
    expect([...agent.errors, ...viewer.errors]).toEqual([]);
  });

  it('leads from the case header on a phone straight to the reply box', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, api.url, 'jordan.pike@example.org');
    const target = await findCase(page, (c) => !c.confidential);
    await page.goto(`${api.url}/#/cases/${target.id}`);
    // Below the posts, the handling and the triage: far out of sight until the header's Reply jump.
    const box = await jumpToReplyOnPhone(page, 844);
    await page.keyboard.type('Thank you');
    await expect.poll(() => box.inputValue()).toBe('Thank you');
    expect(errors).toEqual([]);
  });

  it('offers no Reply jump in the phone header to a role that cannot reply', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, api.url, 'linda.fairbanks@example.org');
    const target = await findCase(page, (c) => !c.confidential);
    await page.goto(`${api.url}/#/cases/${target.id}`);
    await page.getByRole('button', { name: 'Clocks and handling' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Reply', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('closes the notifications panel with Escape (focus back on the bell) or a click outside, and marks all read', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'priya.raman@example.org');
    await page.locator('tbody tr.inbox-row').first().waitFor();
    const bell = page.getByRole('button', { name: /^Notifications/ });
    const panel = page.getByRole('region', { name: 'Notifications' });
    await expect.poll(() => bell.textContent()).toMatch(/2 unread/);

    await bell.click();
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).resolves.toBe('notification-list');
    await expect.poll(() => bell.getAttribute('aria-expanded')).toBe('false');

    // A click anywhere else closes it, and the saved-view tabs under it can be used at once.
    await bell.click();
    await panel.waitFor();
    await page.getByRole('heading', { level: 1 }).first().click();
    await panel.waitFor({ state: 'detached' });
    await bell.click();
    await panel.waitFor();
    await page.getByRole('navigation', { name: 'Saved views' }).getByRole('link').nth(1).click();
    await panel.waitFor({ state: 'detached' });

    await bell.click();
    await expect.poll(() => panel.locator('li.unread').count()).toBe(2);
    await screenshot(page, 'notifications-open');
    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => panel.locator('li.unread').count()).toBe(0);
    await expect.poll(() => panel.getByRole('button', { name: 'Mark all read' }).count()).toBe(0);
    await expect.poll(() => bell.textContent()).toBe('Notifications');
    // Still read after the next check with the server.
    const checked = page.waitForResponse((r) => r.url().endsWith('/api/v1/notifications'));
    await page.reload();
    expect(((await (await checked).json()) as { readAt: string | null }[]).every((n) => n.readAt)).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: /^Notifications/ }).textContent()).toBe('Notifications');
    expect(errors).toEqual([]);
  });

  it('adds a user only once their sites or All sites are chosen, and shows All sites ticked for a user with no sites', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'admin@example.org');
    await page.goto(`${api.url}/#/settings/users`);
    await page.getByRole('button', { name: 'Add user' }).click();
    const add = page.getByRole('dialog', { name: 'Add a user' });
    await add.getByLabel('Email').fill('sites.check@example.org');
    await add.getByLabel('Name', { exact: true }).fill('Sites Check');
    const all = add.getByLabel('All sites');
    await expect.poll(() => all.isChecked()).toBe(false);
    const posted: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/users')) posted.push(r.postData() ?? ''); });

    await add.getByRole('button', { name: 'Add user' }).click();
    const problem = page.locator('#user-sites-error');
    await expect.poll(() => problem.textContent()).toBe('Choose the sites this person works for, or All sites');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('user-sites');
    await expect.poll(() => all.getAttribute('aria-describedby')).toContain('user-sites-error');
    await screenshot(page, 'settings-user-sites-required');
    expect(posted).toEqual([]);

    // The two choices exclude each other: a site unticks All sites, All sites clears the sites.
    const site = add.getByRole('group', { name: 'Sites they work for' }).getByRole('checkbox').nth(1);
    await all.check();
    await site.check();
    await expect.poll(() => all.isChecked()).toBe(false);
    await all.check();
    await expect.poll(() => site.isChecked()).toBe(false);
    await site.check();
    const siteName = (await site.evaluate((el) => el.closest('label')!.textContent!)).trim();
    await add.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('dialog', { name: 'User added' }).waitFor();
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0]).sites).toHaveLength(1);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('row').filter({ hasText: 'sites.check@example.org' }).getByText(siteName).waitFor();

    await page.getByRole('button', { name: 'Edit Demo Admin' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Demo Admin' });
    await expect.poll(() => edit.getByLabel('All sites').isChecked()).toBe(true);
    await expect.poll(() => edit.getByRole('group', { name: 'Sites they work for' }).getByRole('checkbox', { checked: true }).count()).toBe(1);
    await edit.getByLabel('All sites').uncheck();
    await edit.getByRole('button', { name: 'Save user' }).click();
    await expect.poll(() => page.locator('#user-sites-error').textContent()).toBe('Choose the sites this person works for, or All sites');
    expect(errors).toEqual([]);
  });

  it('edits a team as a form on a phone: adds a member, orders the rotation by keyboard, saves, and finds it after a reload', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, api.url, 'admin@example.org');
    await page.goto(`${api.url}/#/settings/teams`);
    await page.getByRole('list', { name: 'Teams' }).getByRole('button', { name: /^Patient Experience – Kansas/ }).click();
    const form = page.getByRole('form', { name: 'Patient Experience – Kansas' });
    await form.waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('team-form-title');
    const members = form.getByRole('list', { name: 'Members' });
    const rotation = form.getByRole('list', { name: 'Rotation order' });
    const names = (list: typeof members) => list.locator('.person-name').allTextContents();
    // People by name with their role; the one who left says she cannot sign in, and cannot be added to the rotation.
    await expect.poll(() => members.getByRole('listitem').filter({ hasText: 'Ruth Okafor' }).textContent()).toMatch(/Disabled: cannot sign in.*Patient experience · ruth\.okafor@example\.org/);
    await expect(names(rotation)).resolves.toEqual(['Tomás Herrera', 'LaToya Grant', 'Dana Whitfield']);
    await expect.poll(() => form.getByLabel('Add to the rotation').locator('option', { hasText: 'Ruth Okafor' }).isDisabled()).toBe(true);

    await form.getByLabel('Add a member').selectOption({ label: 'Margaret Cole — Patient experience' });
    await form.getByRole('button', { name: 'Add to team' }).click();
    await form.getByText('Margaret Cole is on the team.', { exact: false }).waitFor();
    await form.getByLabel('Add to the rotation').selectOption({ label: 'Margaret Cole — Patient experience' });
    await form.getByRole('button', { name: 'Add to rotation' }).click();
    await expect(names(rotation)).resolves.toEqual(['Tomás Herrera', 'LaToya Grant', 'Dana Whitfield', 'Margaret Cole']);

    // Moved up twice with the keyboard: the caret stays on her button as she moves.
    await form.getByRole('button', { name: 'Move Margaret Cole up in the rotation' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Margaret Cole up in the rotation');
    await page.keyboard.press('Enter');
    await expect(names(rotation)).resolves.toEqual(['Tomás Herrera', 'Margaret Cole', 'LaToya Grant', 'Dana Whitfield']);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Move Margaret Cole up in the rotation');
    await form.getByText('Margaret Cole is now 2 of 4 in the rotation.').waitFor();

    // Off the team means out of the rotation too, and the form says so.
    await expect.poll(() => form.getByText('Taking someone off the team also takes them out of its on-call rotation.').isVisible()).toBe(true);
    await form.getByRole('button', { name: 'Remove Dana Whitfield from the team' }).click();
    await form.getByText('Dana Whitfield is off the team, and out of the on-call rotation.').waitFor();
    await expect(names(rotation)).resolves.toEqual(['Tomás Herrera', 'Margaret Cole', 'LaToya Grant']);

    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    for (const control of await form.locator('select, input, button').all()) {
      if (!(await control.isVisible())) continue;
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await screenshot(page, 'settings-team-phone');

    const sent = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/v1/teams/px-kansas'));
    await form.getByRole('button', { name: 'Save team' }).click();
    const body = JSON.parse((await sent).postData()!) as { members: string[]; rotation: { members: string[]; overrides: unknown[]; handoff: string } };
    expect([...body.members].sort()).toEqual(['latoya.grant@example.org', 'margaret.cole@example.org', 'ruth.okafor@example.org', 'tomas.herrera@example.org']);
    expect(body.rotation).toMatchObject({ members: ['tomas.herrera@example.org', 'margaret.cole@example.org', 'latoya.grant@example.org'], overrides: [], handoff: 'weekly' });
    await form.getByText('Saved.', { exact: true }).waitFor();

    await page.reload();
    await page.getByRole('list', { name: 'Teams' }).getByRole('button', { name: /^Patient Experience – Kansas/ }).click();
    await expect(names(rotation)).resolves.toEqual(['Tomás Herrera', 'Margaret Cole', 'LaToya Grant']);
    await expect(names(members)).resolves.toEqual(['LaToya Grant', 'Margaret Cole', 'Ruth Okafor', 'Tomás Herrera']);

    // A new team under an id another team has: the server's refusal sits under the id, with the caret in it.
    await page.getByRole('button', { name: '+ Add a team' }).click();
    const add = page.getByRole('form', { name: 'New team' });
    await add.getByLabel('Name').fill('Kansas again');
    await expect.poll(() => add.getByLabel('Team id').inputValue()).toBe('kansas-again');
    await add.getByLabel('Team id').fill('px-kansas');
    await add.getByLabel('All sites').check();
    await add.getByRole('button', { name: 'Add team' }).click();
    const refusal = page.locator('#team-id-error');
    await expect.poll(() => refusal.textContent()).toBe('a team with the id "px-kansas" exists');
    await expect.poll(() => add.getByLabel('Team id').getAttribute('aria-invalid')).toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('team-id');
    expect(errors).toEqual([]);
  });

  it('keeps a cover added under On-call while a team form is open, and refuses to overwrite a change someone else saved meanwhile', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'admin@example.org');
    await page.goto(`${api.url}/#/settings/teams`);
    await page.getByRole('list', { name: 'Teams' }).getByRole('button', { name: /^Patient Experience – Missouri/ }).click();
    const form = page.getByRole('form', { name: 'Patient Experience – Missouri' });
    await form.getByLabel('Add a member').selectOption({ label: 'Samuel Ito — Patient experience' });
    await form.getByRole('button', { name: 'Add to team' }).click();

    // Someone else, in another tab: first a cover for a sick call, then a new name.
    const token = (await page.context().cookies()).find((c) => c.name === 'redress_session')!.value;
    type Team = { members: { email: string }[]; rotation: { members: string[]; overrides: unknown[] } } & Record<string, unknown>;
    const now = (await (await page.request.get(`${api.url}/api/v1/teams`)).json() as (Team & { id: string })[]).find((t) => t.id === 'px-missouri')!;
    const put = (team: Record<string, unknown>) => page.request.put(`${api.url}/api/v1/teams/px-missouri`, { data: team, headers: { 'x-csrf-token': token } });
    const cover = { user: 'sofia.delgado@example.org', from: new Date().toISOString(), to: new Date(Date.now() + 3_600_000).toISOString(), reason: 'Sick call' };
    const elsewhere = { ...now, members: now.members.map((m) => m.email), rotation: { ...now.rotation, overrides: [cover] } };
    expect((await put(elsewhere)).status()).toBe(200);

    const sent = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/v1/teams/px-missouri'));
    await form.getByRole('button', { name: 'Save team' }).click();
    const body = JSON.parse((await sent).postData()!) as { members: string[]; rotation: { overrides: unknown[] } };
    expect(body.members).toContain('samuel.ito@example.org');
    expect(body.rotation.overrides).toEqual([cover]);
    await form.getByText('Saved.', { exact: true }).waitFor();

    await form.getByRole('button', { name: 'Remove Samuel Ito from the team' }).click();
    expect((await put({ ...elsewhere, members: [...elsewhere.members, 'samuel.ito@example.org'], name: 'Patient Experience – Missouri and Kansas City' })).status()).toBe(200);
    await form.getByRole('button', { name: 'Save team' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/someone else changed this team while you were editing it/);
    await form.getByRole('button', { name: 'Reload this team' }).click();
    await page.getByRole('form', { name: 'Patient Experience – Missouri and Kansas City' }).getByRole('button', { name: 'Remove Samuel Ito from the team' }).waitFor();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('puts the clocks, status and assignee before the timeline on a phone, without sideways scrolling', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, api.url, 'jordan.pike@example.org');
    const target = await findCase(page, (c) => !c.confidential);
    await page.goto(`${api.url}/#/cases/${target.id}`);
    const handling = page.getByRole('complementary', { name: 'Case details' });
    await handling.getByRole('heading', { name: 'Clocks' }).waitFor();
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    expect(await top('#case-status')).toBeLessThan(await top('#timeline-title'));
    expect(await top('#case-details')).toBeLessThan(await top('#composer-title'));
    expect(await top('#case-details')).toBeLessThan(1500);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
    // The header sums it up and leads to the controls.
    await page.getByRole('button', { name: 'Clocks and handling' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('case-details');
    await screenshot(page, 'case-phone');
    expect(errors).toEqual([]);
  });

  it('keeps the case page and its clock labels inside a 1366 px window', async () => {
    const { page, errors } = await openPage(browser, { width: 1366, height: 768 });
    await signIn(page, api.url, 'jordan.pike@example.org');
    const target = await findCase(page, () => true);
    await page.goto(`${api.url}/#/cases/${target.id}`);
    const clocks = page.locator('.clock-list');
    await clocks.waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
    const panel = (await clocks.locator('xpath=ancestor::section[1]').boundingBox())!;
    for (const badge of await clocks.locator('.clock').all()) {
      const box = (await badge.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    }
    await expect.poll(() => page.getByRole('complementary', { name: 'Case details' }).isVisible()).toBe(true);
    await screenshot(page, 'case-1366');
    expect(errors).toEqual([]);
  });

  for (const [width, height] of [[1366, 900], [390, 844]] as const) {
    it(`names six clocks in full on the compliance chart, without overlapping labels, at ${width} px`, async () => {
      const { page, errors } = await openPage(browser, { width, height });
      await signIn(page, api.url, 'admin@example.org');
      await page.goto(api.url + '/#/dashboards');
      const card = page.getByRole('region', { name: 'Clock compliance' });
      const ticks = card.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label');
      await ticks.first().waitFor();
      const labels = await ticks.evaluateAll((els) => els.map((el) => [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
      expect(labels).toEqual([
        'Public acknowledgement',
        'Private outreach to the patient',
        'Crisis response',
        'Same-day outreach on an urgent private message',
        'Grievance written response',
        'Follow-up on a reopened case',
      ]);
      const boxes = await ticks.evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left }; }));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
      expect(Math.min(...boxes.map((b) => b.left))).toBeGreaterThanOrEqual((await card.boundingBox())!.x);
      await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, `dashboards-clocks-${width}`);
      expect(errors).toEqual([]);
    });
  }

  /** Opens the Assign dialog of a case of `teamId` (not at `notAt`), from the case page. */
  async function assignDialogFor(page: Page, teamId: string, notAt?: string) {
    const target = await findCase(page, (c) => {
      const row = c as CaseRow & { teamId: string | null; siteId: string | null; status: string };
      return row.teamId === teamId && row.siteId !== notAt && row.status !== 'closed';
    });
    await page.goto(`${api.url}/#/cases/${target.id}`);
    await page.getByRole('complementary', { name: 'Case details' }).getByRole('button', { name: /^(Assign|Reassign)$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign case' });
    await expect.poll(() => dialog.getByLabel('Assign to').locator('option').count()).toBeGreaterThan(1);
    return dialog;
  }

  it("puts the case's own team's on-call person first in the Assign dialog, marks them, and folds the other teams away", async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'admin@example.org');
    const dialog = await assignDialogFor(page, 'social-media');
    const own = dialog.getByRole('list', { name: 'On call now' });
    await expect.poll(() => own.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Social Media Desk \(this case's team\): Priya Raman/)]);
    // "· on call" names the case's team's person only, not everyone on call for some team.
    const marked = (await dialog.getByLabel('Assign to').locator('option').allTextContents()).filter((o) => o.includes('· on call'));
    expect(marked).toEqual(['Priya Raman · on call']);
    await own.getByRole('button', { name: 'Choose Priya Raman' }).click();
    await expect.poll(() => dialog.getByLabel('Assign to').locator('option:checked').textContent()).toBe('Priya Raman · on call');
    // The other eleven teams are there, folded.
    const others = dialog.getByRole('list', { name: 'On call for other teams' });
    await expect.poll(() => others.isVisible()).toBe(false);
    await dialog.getByText('Other teams (11)').click();
    await expect.poll(() => others.getByRole('listitem').count()).toBe(11);
    await expect.poll(() => others.getByRole('listitem').allTextContents()).toContain('Clinic Practice Managers: Raymond Tso');
    await screenshot(page, 'assign-dialog');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('says why the on-call person of the case’s team cannot be assigned instead of leaving them out silently', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'admin@example.org');
    const dialog = await assignDialogFor(page, 'practice-management', 'lees-summit-clinic');
    const own = dialog.getByRole('list', { name: 'On call now' });
    // The reason waits for people, users and site names, which arrive in any order.
    await expect
      .poll(() => own.getByRole('listitem').textContent())
      .toMatch(/^Clinic Practice Managers \(this case's team\): Raymond Tso — can't be assigned: sees only cases of [^,]*Lee's Summit$/);
    const offered = await dialog.getByLabel('Assign to').locator('option').allTextContents();
    expect(offered.some((o) => o.startsWith('Raymond Tso'))).toBe(false);
    expect(offered.some((o) => o.includes('· on call'))).toBe(false);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('lets an agent take an unassigned case with one click, then offers it no more', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    const target = await findCase(page, (c) => {
      const row = c as CaseRow & { assigneeId: string | null; status: string };
      return row.assigneeId === null && row.status !== 'closed';
    });
    await page.goto(`${api.url}/#/cases/${target.id}`);
    const details = page.getByRole('complementary', { name: 'Case details' });
    await details.getByRole('button', { name: 'Take it' }).click();
    await expect.poll(() => details.locator('dd').first().textContent()).toMatch(/^Jordan Pike/);
    await expect.poll(() => details.getByRole('button', { name: 'Take it' }).count()).toBe(0);
    await expect.poll(() => details.getByRole('button', { name: 'Reassign' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('closes selected cases from the inbox with how they ended', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    // Cases a bulk close may close: no risk, not urgent, nobody in the building now, not confidential.
    const rows = page.locator('tbody tr.inbox-row').filter({ hasNot: page.locator('.badge.risk, .badge.timing-now, .badge.confidential, .badge.priority-urgent') });
    await rows.first().waitFor();
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Close…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close 2 cases' });
    await expect.poll(() => dialog.getByRole('list', { name: 'These 2 cases will be closed:' }).getByRole('listitem').count()).toBe(2);
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
    await expect.poll(() => dialog.getByLabel('How did they end?').inputValue()).toBe('');
    await expect.poll(() => dialog.getByRole('button', { name: 'Close 2 cases' }).isDisabled()).toBe(true);
    await dialog.getByLabel('How did they end?').selectOption('duplicate');
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/v1/cases/bulk'));
    await dialog.getByRole('button', { name: 'Close 2 cases' }).click();
    expect(JSON.parse((await sent).postData() ?? '{}')).toMatchObject({ action: 'close', outcome: 'duplicate' });
    await page.locator('.toast', { hasText: 'Closed 2 cases.' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('returns focus to the first selected row after a bulk assign, not to the page body', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    const rows = page.locator('tbody tr.inbox-row');
    await rows.nth(3).waitFor();
    const first = await rows.nth(2).getAttribute('id');
    await rows.nth(2).getByRole('checkbox').check();
    await rows.nth(3).getByRole('checkbox').check();
    await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Assign…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign 2 cases' });
    await expect.poll(() => dialog.getByLabel('Assign to').locator('option').count()).toBeGreaterThan(1);
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.locator('.toast', { hasText: 'Assigned 2 cases.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(first);
    // The keyboard carries on from there.
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await rows.nth(3).getAttribute('id'));
    expect(errors).toEqual([]);
  });

  it('logs a phone call that reached the patient, and shows it on the timeline', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'margaret.cole@example.org');
    const target = await findCase(page, (c) => c.status !== 'closed');
    await page.goto(`${api.url}/#/cases/${target.id}`);
    await page.getByRole('button', { name: 'Log a call, email, visit or letter…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log outreach made outside Redress' });
    await dialog.getByLabel('What was said or agreed (optional, kept on the timeline)').fill('Apologized; she will come in Monday.');
    await dialog.getByLabel('Yes, it reached the patient').check();
    await dialog.getByRole('button', { name: 'Log outreach' }).click();
    await page.getByText('Called the patient: Apologized; she will come in Monday.').waitFor();
    expect(errors).toEqual([]);
  });

  it('asks whether logged outreach reached the patient, with no answer chosen for them, and logs a voicemail as an attempt', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'margaret.cole@example.org');
    const target = await findCase(page, (c) => !['resolved', 'closed'].includes(c.status));
    await page.goto(`${api.url}/#/cases/${target.id}`);
    const posted: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/outreach')) posted.push(r.postData() ?? ''); });
    await page.getByRole('button', { name: 'Log a call, email, visit or letter…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log outreach made outside Redress' });
    const yes = dialog.getByLabel('Yes, it reached the patient');
    const no = dialog.getByLabel(/No: a voicemail/);
    await expect.poll(() => yes.isChecked()).toBe(false);
    await expect.poll(() => no.isChecked()).toBe(false);
    await dialog.getByLabel('What was said or agreed (optional, kept on the timeline)').fill('Called Tammy, left voicemail.');

    await dialog.getByRole('button', { name: 'Log outreach' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/^Choose whether it reached the patient/);
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).resolves.toBe('radio');
    await expect.poll(() => yes.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'case-outreach-reached-missing');
    expect(posted).toEqual([]);

    await no.check();
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Log outreach' }).click();
    await page.locator('.toast', { hasText: 'Attempt logged.' }).waitFor();
    await page.getByText('Tried to call the patient (not reached): Called Tammy, left voicemail.').waitFor();
    expect(posted.map((p) => JSON.parse(p))).toEqual([{ method: 'phone', reached: false, note: 'Called Tammy, left voicemail.' }]);
    expect(errors).toEqual([]);
  });

  it('holds a status or priority chosen with the arrow keys until Apply, says what the status change does to the clocks, and drops it on Escape or the old value', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    const target = await findCase(page, (c) => c.status === 'triaged' && c.priority === 'normal' && !c.confidential);
    await page.goto(`${api.url}/#/cases/${target.id}`);
    const patches: string[] = [];
    page.on('request', (r) => { if (r.method() === 'PATCH') patches.push(r.postData() ?? ''); });
    const handling = page.getByRole('complementary', { name: 'Case details' });
    const status = handling.getByLabel('Status', { exact: true });
    const applyStatus = handling.getByRole('button', { name: /^Apply status change/ });
    await handling.getByText(/^Resolved: the recovery is done, waiting to confirm with the patient\. Closed: nothing more to do\.$/).waitFor();

    // Browsing the options by keyboard changes nothing yet.
    await status.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status.inputValue()).toBe('acknowledged');
    await applyStatus.waitFor();
    await handling.getByRole('list', { name: 'When applied' }).getByText('No clock is met or stopped by moving to Acknowledged.').waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status.inputValue()).toBe('closed');
    await handling.getByText('“Public acknowledgement” stops, not met: a closed case owes it no more.').waitFor();
    await expect.poll(() => applyStatus.textContent()).toBe('Apply…');
    await screenshot(page, 'case-status-apply');
    await page.keyboard.press('Escape');
    await expect.poll(() => status.inputValue()).toBe('');
    await expect.poll(() => applyStatus.count()).toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('case-status');
    // Choosing the case's own status again is a way back too.
    await status.selectOption({ label: 'Move to Acknowledged' });
    await applyStatus.waitFor();
    await status.selectOption('');
    await expect.poll(() => applyStatus.count()).toBe(0);

    const priority = handling.getByLabel('Priority', { exact: true });
    const applyPriority = handling.getByRole('button', { name: 'Apply priority change' });
    await priority.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => priority.inputValue()).toBe('low');
    await applyPriority.waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => priority.inputValue()).toBe('normal');
    await expect.poll(() => applyPriority.count()).toBe(0);
    await page.keyboard.press('ArrowUp');
    expect(patches).toEqual([]);

    await applyPriority.click();
    await page.locator('.toast', { hasText: 'Priority set to Low.' }).waitFor();
    await expect.poll(() => applyPriority.count()).toBe(0);
    await expect.poll(() => priority.inputValue()).toBe('low');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('case-priority');
    expect(patches.map((p) => JSON.parse(p))).toEqual([{ version: expect.any(Number), priority: 'low' }]);
    expect(errors).toEqual([]);
  });

  it('asks before a template replaces words the agent wrote: keep them, insert the template at the cursor, or replace', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    const target = await findCase(page, (c) => !c.confidential && !['email', 'forwarded'].includes(c.platform));
    await page.goto(`${api.url}/#/cases/${target.id}?reply`);
    const box = page.getByLabel('Reply text');
    const template = page.getByLabel('Template');
    const choose = () => template.selectOption({ label: 'Apology and invitation (en)' });
    const ask = page.getByRole('dialog', { name: 'Replace your draft with the template?' });

    // An empty draft, or one that is still the template, is replaced without asking.
    await choose();
    const filled = await box.inputValue();
    expect(filled).toMatch(/^Hi \S+, we're sorry/);
    await choose();
    await expect.poll(() => box.inputValue()).toBe(filled);
    await expect.poll(() => ask.count()).toBe(0);

    const mine = 'We hear you. I am on shift tonight.';
    await box.fill(mine);
    await choose();
    await ask.waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Keep mine');
    await screenshot(page, 'case-template-replace-draft');
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    await expect.poll(() => box.inputValue()).toBe(mine);
    await choose();
    await ask.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => box.inputValue()).toBe(mine);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply-text');

    // The template goes where the caret was, and the caret after it.
    const caret = 'We hear you. '.length;
    await box.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), caret);
    await choose();
    await ask.getByRole('button', { name: 'Insert at cursor' }).click();
    const inserted = mine.slice(0, caret) + filled + mine.slice(caret);
    await expect.poll(() => box.inputValue()).toBe(inserted);
    await expect.poll(() => box.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(caret + filled.length);

    await choose();
    await ask.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => box.inputValue()).toBe(filled);
    expect(errors).toEqual([]);
  });

  it('asks before recording a public reply as posted by hand, and says what it records: when, by whom, the link, the clock and the status', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'jordan.pike@example.org');
    const target = await findCase(page, (c) => c.platform === 'yelp' && !c.confidential && !c.approvalRequired && ['new', 'triaged'].includes(c.status));
    await page.goto(`${api.url}/#/cases/${target.id}?reply`);
    const text = 'Thank you for telling us about the parking. Please call our patient experience team so we can help.';
    await page.getByLabel('Reply text').fill(text);
    await page.locator('.composer form button[type="submit"]').click();
    const card = page.locator('.reply-history li.reply-manual', { hasText: text });
    await card.waitFor();
    const marks: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/mark-posted')) marks.push(r.postData() ?? ''); });
    await card.getByLabel(/Link to the posted reply/).fill('https://www.yelp.com/biz/example?hrid=abc');

    const postedIt = card.getByRole('button', { name: 'I posted it' });
    await postedIt.click();
    const dialog = page.getByRole('dialog', { name: 'Mark the public reply posted?' });
    await dialog.waitFor();
    const said = await dialog.textContent();
    expect(said).toMatch(/The public reply was posted now, by you \(Jordan Pike\)\./);
    expect(said).toContain('The link to it: https://www.yelp.com/biz/example?hrid=abc');
    expect(said).toContain('The “Public acknowledgement” clock is met');
    expect(said).toContain('The case moves to Acknowledged.');
    await screenshot(page, 'case-confirm-posted');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('I posted it');
    expect(marks).toEqual([]);

    await postedIt.click();
    await dialog.getByRole('button', { name: 'Yes, I posted it' }).click();
    await page.locator('.reply-history li', { hasText: text }).locator('.badge', { hasText: 'Posted by hand' }).waitFor();
    expect(marks.map((m) => JSON.parse(m))).toEqual([{ url: 'https://www.yelp.com/biz/example?hrid=abc' }]);
    expect(errors).toEqual([]);
  });

  it('keeps the grievance box checked and disabled until the flag is saved and the case reloaded, so a double click flags it once', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'margaret.cole@example.org');
    const target = await findCase(page, (c) => c.status !== 'closed' && !c.grievance);
    await page.goto(`${api.url}/#/cases/${target.id}`);
    const box = page.getByRole('complementary', { name: 'Case details' }).getByLabel('Formal grievance');
    await box.waitFor();
    // Hold the case's reload after the change is saved: the window in which the screen still shows the old case.
    let patches = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const casePath = `**/api/v1/cases/${target.id}`;
    await page.route(casePath, async (route) => {
      if (route.request().method() === 'PATCH') patches++;
      else if (patches > 0) await released;
      await route.continue();
    });
    await box.dblclick();
    await page.locator('.toast', { hasText: 'Flagged as a grievance.' }).waitFor();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => box.isDisabled()).toBe(true);
    release();
    await expect.poll(() => box.isEnabled()).toBe(true);
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(patches).toBe(1);
    await page.unroute(casePath);
    expect(errors).toEqual([]);
  });

  it('asks when a grievance was received only when it is not the first post, and names a date in the future before sending', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'margaret.cole@example.org');
    const target = await findCase(page, (c) => c.status !== 'closed' && !c.grievance);
    await page.goto(`${api.url}/#/cases/${target.id}`);
    const details = page.getByRole('complementary', { name: 'Case details' });
    const box = details.getByLabel('Formal grievance');
    await box.waitFor();
    const patches: Record<string, unknown>[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().endsWith(`/cases/${target.id}`)) patches.push(JSON.parse(r.postData() ?? '{}'));
    });
    await expect.poll(() => details.getByLabel('Complaint received').count()).toBe(0);
    await details.getByRole('button', { name: 'Received on another date?' }).click();
    const received = details.getByLabel('Complaint received');
    const localInput = (ms: number) => page.evaluate((at) => new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 16), ms);
    await received.fill(await localInput(Date.now() + 86_400_000));
    await box.click();
    await expect.poll(() => page.locator('#grievance-received-error').textContent()).toMatch(/^The received date is in the future/);
    await expect.poll(() => received.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(patches).toEqual([]);
    await screenshot(page, 'case-grievance-received-future');

    // The first post's own minute is the earliest it can be; the clock counts from what was given.
    const earliest = (await received.getAttribute('min'))!;
    await received.fill(earliest);
    await box.click();
    await page.locator('.toast', { hasText: 'Flagged as a grievance.' }).waitFor();
    expect(patches).toEqual([expect.objectContaining({ grievance: true, grievanceReceivedAt: await page.evaluate((v) => new Date(v).toISOString(), earliest) })]);
    expect(errors).toEqual([]);
  });

  it('fits Settings and the inbox on a 390 px phone without scrolling the page sideways', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, api.url, 'admin@example.org');
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const rows = page.locator('tbody tr.inbox-row');
    await rows.first().waitFor();
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);
    // Each row's content ends inside the screen, wrapped rather than cut off.
    for (const row of (await rows.all()).slice(0, 8)) {
      const box = (await row.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      for (const cell of await row.locator('.row-head, .excerpt, .row-tags, .col-site, .col-clock, .col-assignee').all()) {
        const c = (await cell.boundingBox())!;
        expect(c.x + c.width).toBeLessThanOrEqual(390);
      }
    }
    await screenshot(page, 'inbox-phone');
    const overflowing: string[] = [];
    for (const section of ['organization', 'sites', 'teams', 'users', 'routing-rules', 'clock-policies', 'calendars', 'oncall', 'templates', 'channel-accounts', 'destinations', 'tokens']) {
      await page.goto(`${api.url}/#/settings/${section}`);
      await page.locator('.settings-body h2, .settings-body .state').first().waitFor();
      await page.waitForTimeout(300);
      if ((await sideways()) > 0) overflowing.push(section);
    }
    await page.goto(`${api.url}/#/settings/users`);
    const users = page.getByRole('table', { name: 'Users' });
    await users.waitFor();
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);
    // The role of every user, and their Edit button, can be reached without moving the page sideways.
    const editBox = (await page.getByRole('button', { name: /^Edit / }).first().boundingBox())!;
    expect(editBox.x + editBox.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'settings-users-phone');
    // The form that edits a user keeps its role and site controls on the screen.
    await page.getByRole('button', { name: /^Edit / }).first().click();
    const form = page.getByRole('dialog').getByRole('form');
    await form.waitFor();
    await expect.poll(() => form.locator('select').count()).toBeGreaterThan(0);
    for (const control of await form.locator('select, input, button').all()) {
      if (!(await control.isVisible())) continue;
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await page.keyboard.press('Escape');
    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('gives a risk manager the audit log from the main navigation, in plain words with case numbers, filtered by a named action', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'gregory.albright@example.org');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => nav.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Audit log' }).click();
    const table = page.getByRole('table', { name: /Audit log entries/ });
    await table.waitFor();
    expect(page.url()).toMatch(/#\/audit$/);
    const opened = table.getByRole('row').filter({ hasText: 'Opened the case' });
    // The raw code stays in a tooltip; the case is named by its number and links to it.
    await expect.poll(() => opened.getByText('Opened the case').getAttribute('title')).toBe('case.read');
    const caseLink = opened.getByRole('link', { name: /^Case #\d+$/ });
    const number = (await caseLink.textContent())!.replace('Case #', '');
    await expect.poll(() => caseLink.getAttribute('href')).toBe(`#/cases/${number}`);
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Marked a reply as posted' }).getByRole('link').textContent()).toBe(`Case #${number}`);
    const detailLines = (hasText: string) => table.getByRole('row').filter({ hasText }).locator('.audit-details dl > div').allTextContents();
    await expect(detailLines('Changed the case')).resolves.toEqual(['Fields: status, priority']);
    await expect(detailLines('Listed cases')).resolves.toEqual(['Entries: 3', 'Filters: status', expect.stringMatching(/^Cases shown: #\d+, #\d+, #\d+$/)]);
    expect(await table.locator('td').filter({ hasText: /^\{/ }).count()).toBe(0);
    await expect.poll(() => table.getByText('Signed in').count()).toBe(0);

    const action = page.getByLabel('Action');
    await expect(action.evaluate((el) => el.tagName)).resolves.toBe('SELECT');
    await action.selectOption({ label: 'Marked a reply as posted' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe('/api/v1/audit/export.csv?action=reply.mark_posted');
    await screenshot(page, 'audit-risk-manager');

    // Where it used to live, for a link kept from then; a role without audit access is told whose it is.
    await page.goto(`${api.url}/#/settings/audit`);
    await table.waitFor();
    const agent = await openPage(browser);
    await signIn(agent.page, api.url, 'jordan.pike@example.org');
    await expect.poll(() => agent.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await agent.page.goto(`${api.url}/#/audit`);
    await agent.page.getByText('The audit log is for administrators and risk managers.').waitFor();
    expect([...errors, ...agent.errors]).toEqual([]);
  });

  it('stacks audit entries as cards on a 390 px phone, with the action of each on screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, api.url, 'gregory.albright@example.org');
    await page.goto(`${api.url}/#/audit`);
    const rows = page.getByRole('table', { name: /Audit log entries/ }).locator('tbody tr');
    await rows.first().waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
    for (const row of await rows.all()) {
      const action = (await row.locator('td[data-label="Action"]').boundingBox())!;
      expect(action.x).toBeGreaterThanOrEqual(0);
      expect(action.x + action.width).toBeLessThanOrEqual(390);
      // A card: the action sits under the time, not beside it.
      expect(action.y).toBeGreaterThan((await row.locator('td[data-label="When"]').boundingBox())!.y);
    }
    await screenshot(page, 'audit-phone');
    expect(errors).toEqual([]);
  });

  it('keeps the top bar to two short rows on a phone, with the account under one button that works by keyboard', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, api.url, 'admin@example.org');
    await page.locator('tbody tr.inbox-row').first().waitFor();
    const bar = (await page.locator('header.topbar').boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(100);
    // Every link of the navigation on one row, on the screen.
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all();
    expect(links.length).toBe(5);
    const boxes = await Promise.all(links.map(async (l) => (await l.boundingBox())!));
    expect(new Set(boxes.map((b) => Math.round(b.y))).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b.x + b.width))).toBeLessThanOrEqual(390);
    await expect.poll(() => page.getByRole('button', { name: /^Notifications/ }).isVisible()).toBe(true);

    const account = page.getByRole('button', { name: 'Account: Demo Admin' });
    const signOut = page.getByRole('button', { name: 'Sign out' });
    await expect.poll(() => account.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => signOut.isVisible()).toBe(false);
    await account.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => account.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => signOut.isVisible()).toBe(true);
    const menu = (await page.locator('#account-menu').boundingBox())!;
    expect(menu.x).toBeGreaterThanOrEqual(0);
    expect(menu.x + menu.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'topbar-phone-account');
    await page.keyboard.press('Escape');
    await expect.poll(() => signOut.isVisible()).toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).resolves.toBe('account-menu');

    await account.click();
    await page.getByRole('button', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change your password' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await account.click();
    await signOut.click();
    await page.getByLabel('Email').waitFor();
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

  it('warns that pages reach only the bell, adds destinations by form with the refused recipient named, warns before case content leaves, and sends a test', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, api.url, 'admin@example.org');
    const bellOnly = page.getByText('Pages reach only the bell in Redress: add a destination.');
    await page.goto(`${api.url}/#/settings/routing-rules`);
    await bellOnly.waitFor();
    await page.goto(`${api.url}/#/settings/destinations`);
    await page.getByRole('heading', { name: 'New destination' }).waitFor();
    await bellOnly.waitFor();
    // Email comes first, asking for recipients (the server's `to`), and the refused one is named where it was typed.
    await page.getByLabel('Name', { exact: true }).fill('Risk mailbox');
    await page.getByLabel('Recipients').fill('risk@example.org\nnot-an-address');
    await page.getByRole('button', { name: 'Add destination' }).click();
    await expect.poll(() => page.locator('#destination-to-error').textContent()).toBe('not-an-address: not a valid email address');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('destination-to');
    await page.getByLabel('Recipients').fill('risk@example.org');
    await page.getByRole('button', { name: 'Add destination' }).click();
    await page.getByRole('heading', { name: 'Risk mailbox' }).waitFor();
    await page.getByText(/“Risk mailbox” cannot send: no outgoing mail server is set/).waitFor();
    await page.getByRole('button', { name: 'Send test' }).click();
    await page.getByText(/^Not delivered: SMTP is not configured/).waitFor();

    await page.getByRole('button', { name: '+ Add a destination' }).click();
    await page.getByLabel('Sends to').selectOption('slack');
    await page.getByLabel('Name', { exact: true }).fill('ED leads');
    await page.getByLabel('Webhook address').fill('https://hooks.slack.com/services/T/B/x');
    await expect.poll(() => page.locator('#destination-content-warning').count()).toBe(0);
    await page.getByLabel('Include case content').check();
    await expect.poll(() => page.locator('#destination-content-warning').textContent()).toMatch(/sends patient text outside Redress: the post and the name of whoever wrote it go to ED leads/);
    await page.getByRole('button', { name: 'Add destination' }).click();
    await page.getByRole('heading', { name: 'ED leads' }).waitFor();
    await bellOnly.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Send test' }).click();
    await page.getByText('Delivered: check that the test message arrived in ED leads.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Risk mailbox/ }).textContent()).toBe('Risk mailboxEmail · Cannot send');
    await screenshot(page, 'settings-destinations');
    // The form fits a phone without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('lists the open queue by what is due, says how many cases match, and counts each view on its tab', async () => {
    const { page, errors } = await openPage(browser, { width: 1366, height: 900 });
    const asked = page.waitForRequest((r) => /\/api\/v1\/cases\?/.test(r.url()));
    await signIn(page, api.url, 'jordan.pike@example.org');
    const first = new URL((await asked).url()).searchParams;
    expect(first.get('sort')).toBe('due');
    await expect.poll(() => page.getByLabel('Sort').inputValue()).toBe('due');
    const rows = page.locator('tbody tr.inbox-row');
    await rows.first().waitFor();
    // The longest overdue first.
    await expect.poll(() => rows.first().locator('.col-clock').textContent()).toMatch(/overdue|breached/i);
    const { total } = (await (await page.request.get(`${api.url}/api/v1/cases?status=new,triaged,acknowledged,in_recovery&limit=1`)).json()) as { total: number };
    expect(total).toBeGreaterThan(50);
    await expect.poll(() => page.locator('.list-count').textContent()).toBe(`50 of ${total}`);
    const views = page.getByRole('navigation', { name: 'Saved views' });
    await views.getByRole('link', { name: `All open, ${total} cases` }).waitFor();
    await views.getByRole('link', { name: /^Overdue or due soon, \d+ cases?$/ }).waitFor();
    await expect.poll(() => views.getByRole('link', { name: /Breaching soon/ }).count()).toBe(0);
    await screenshot(page, 'inbox-counts');

    // A chosen order stays, in the URL and after a reload; a saved view keeps its own.
    await page.getByLabel('Sort').selectOption('newest');
    await page.waitForURL(/sort=newest/);
    await page.reload();
    await rows.first().waitFor();
    await expect.poll(() => page.getByLabel('Sort').inputValue()).toBe('newest');
    await views.getByRole('link', { name: /^Awaiting approval/ }).click();
    await page.waitForURL(/awaiting=approval/);
    await expect.poll(() => page.getByLabel('Sort').inputValue()).toBe('oldest');
    expect(errors).toEqual([]);
  });

  it('takes the cases escalated to me into My cases, marked so, and flags an In recovery case nobody owns', async () => {
    const { page, errors } = await openPage(browser, { width: 1366, height: 900 });
    await signIn(page, api.url, 'jordan.pike@example.org');
    const rows = page.locator('tbody tr.inbox-row');
    await rows.first().waitFor();
    const views = page.getByRole('navigation', { name: 'Saved views' });
    const mine = views.getByRole('link', { name: /^My cases, \d+ cases?$/ });
    await mine.click();
    await page.waitForURL(/assignee=me/);
    await views.locator('a[aria-current="page"]', { hasText: 'My cases' }).waitFor();
    const escalated = rows.filter({ has: page.locator('.badge.escalated', { hasText: 'Escalated to you' }) });
    await expect.poll(() => escalated.count()).toBe(2);
    // Nobody owns them yet: that is why they are escalated, and the row says so.
    for (const row of await escalated.all()) await expect.poll(() => row.locator('.col-assignee').textContent()).toMatch(/^(Unassigned|No owner)Escalated to you$/);
    // The tab counts them with the cases assigned to me, as the list does.
    const count = Number((await mine.textContent())!.replace(/\D+/g, ''));
    expect(count).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('.list-count').textContent()).toMatch(new RegExp(`^(All ${count} shown|50 of ${count})$`));

    await page.goto(`${api.url}/#/inbox?status=in_recovery&assignee=none`);
    await page.getByRole('list', { name: 'Active filters' }).getByText('Assignee: Unassigned').waitFor();
    await rows.first().waitFor();
    await expect.poll(() => rows.locator('.col-assignee').allTextContents()).toEqual(expect.arrayContaining(['No owner']));
    expect((await rows.locator('.col-assignee').allTextContents()).every((t) => t === 'No owner')).toBe(true);
    expect(errors).toEqual([]);
  });
});
