/**
 * The Preview links and Settings screens, and a preview link's page, in Chromium against
 * `wrangler dev`: valid markup, no serious or critical axe violations, nothing wider than a
 * 360 px phone; creating a link and revoking it with the keyboard alone, JavaScript off.
 * Signed in as an admin with a passkey (as newsroom-revisions.test.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createEditorToken } from './editor-token';
import { expectAccessibleAt360, markupProblems, newsroomOrigin, signInWithNewPasskey } from './newsroom-browser-support';

const origin = newsroomOrigin();
const HEADLINE = 'Port w Nowej Przystani szykuje „nocne promy” do Gdańska — перевізники чекають дозволу 🚢 przed sezonem letnim';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let storyId: number;

async function checkPage(path: string) {
  const response = await page.goto(origin + path);
  expect(response?.status(), path).toBe(200);
  expect(await markupProblems(await response!.text(), path), path).toEqual([]);
  await expectAccessibleAt360(page, path);
}

beforeAll(async () => {
  const token = createEditorToken(inject('persistTo'), 'editor', `previews-a11y-${Date.now()}`);
  const response = await fetch(`${origin}/api/v1/editor/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: HEADLINE, body: 'Szkic: „nocne promy” — текст чернетки.', section: 'world', language: 'pl' }),
  });
  if (!response.ok) throw new Error(`create: ${response.status} ${await response.text()}`);
  storyId = ((await response.json()) as { id: number }).id;
  browser = await launchChromium();
  // axe is injected as a script; the CSP (rightly) forbids that, so this context bypasses it.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
  page = await context.newPage();
  await signInWithNewPasskey(context, page, { email: `previews-${Date.now()}@example.com`, name: 'Zofia Łukasiewicz-Гончаренко', role: 'admin' }, { timeout: 15_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('preview links and settings in a browser', () => {
  it('create, open and revoke a preview link with the keyboard alone, without JavaScript; every screen passes axe', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState(), viewport: { width: 360, height: 740 } });
    const tab = await noScript.newPage();
    tab.setDefaultTimeout(10_000);
    await tab.goto(`${origin}/newsroom/stories/${storyId}/preview-links`);
    await tab.getByLabel('Works for').selectOption('1d');
    await tab.getByRole('button', { name: 'Create preview link' }).focus();
    await tab.keyboard.press('Enter');
    await tab.waitForLoadState();
    const url = await tab.getByLabel('Preview link', { exact: true }).inputValue();
    expect(url).toMatch(/\/preview\/[\w-]{43}$/);

    await checkPage(`/newsroom/stories/${storyId}/preview-links`);
    await checkPage('/newsroom/settings');
    const path = new URL(url).pathname;
    await checkPage(path);
    expect(await page.getByText('Preview', { exact: true }).isVisible()).toBe(true);
    await checkPage(`/lite${path}`);

    await tab.goto(`${origin}/newsroom/stories/${storyId}/preview-links`);
    await tab.getByRole('button', { name: /^Revoke the link created / }).first().focus();
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/preview-links\?revoked=1$/);
    expect(await tab.getByRole('status').first().textContent()).toContain('revoked');
    expect((await fetch(origin + path)).status).toBe(404);
    await noScript.close();
  }, 120_000);
});
