/**
 * The Sections, Tags, Authors, People, Tokens and Alerts screens in Chromium against `wrangler dev`:
 * valid markup and no serious or critical axe violations at 360 px wide, including a form
 * shown with its errors; and, with JavaScript off and the keyboard alone, a tag created,
 * a person invited and a token created from the forms. Signed in as an admin with a
 * passkey, as newsroom-revisions.test.ts does.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { expectAccessibleAt360, markupProblems, newsroomOrigin, signInWithNewPasskey } from './newsroom-browser-support';

const origin = newsroomOrigin();
const run = Date.now();

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  // axe is injected as a script; the CSP (rightly) forbids that, so this context bypasses it.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
  page = await context.newPage();
  await signInWithNewPasskey(context, page, { email: `people-screens-${run}@example.com`, name: 'Ołeksandra Żurawska-Гнатюк', role: 'admin' }, { timeout: 15_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function checkPage(label: string) {
  expect(await markupProblems(await page.content(), label), label).toEqual([]);
  await expectAccessibleAt360(page, label);
}

describe('sections, tags, authors, people and tokens in a browser', () => {
  it('have valid markup and no serious or critical axe violations at 360 px, errors shown too', async () => {
    for (const path of ['/newsroom/sections', '/newsroom/tags', '/newsroom/authors', '/newsroom/people', '/newsroom/tokens', '/newsroom/alerts']) {
      const response = await page.goto(origin + path);
      expect(response?.status(), path).toBe(200);
      await checkPage(path);
    }
    await page.goto(`${origin}/newsroom/authors`);
    await page.getByLabel('Name').fill('Гнат Żurawski „Reporter” 📰');
    await page.getByLabel('Slug').fill('Not A Slug');
    await page.getByRole('button', { name: 'Create author' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Check the fields');
    await checkPage('authors form with errors');
    await page.getByLabel('Slug').fill(`gnat-zurawski-${run}`);
    await page.getByRole('button', { name: 'Create author' }).click();
    await page.waitForURL(`**/newsroom/authors/gnat-zurawski-${run}?done=created`);
    await checkPage('author page');
    await page.goto(`${origin}/newsroom/people`);
    await page.getByRole('link', { name: 'Ołeksandra Żurawska-Гнатюк' }).first().click();
    await page.waitForURL(/\/newsroom\/people\/\d+$/);
    await checkPage('person page');
  }, 180_000); // axe takes seconds a page, ten pages

  it('creates a tag, invites a person and creates a token with the keyboard alone, without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState(), viewport: { width: 360, height: 740 } });
    const tab = await noScript.newPage();
    await tab.goto(`${origin}/newsroom/tags`);
    await tab.getByLabel('Name').fill(`Wybory samorządowe ${run} — «Київ» 🗳️`);
    await tab.getByRole('button', { name: 'Create tag' }).focus();
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/newsroom\/tags\/wybory-samorzadowe-\d+-kyiv\?done=created$/);
    expect(await tab.getByRole('status').textContent()).toBe('Created.');

    await tab.goto(`${origin}/newsroom/people`);
    await tab.getByLabel('Name').fill('Мар’яна Kowalczyk');
    await tab.getByLabel('Email').fill(`maryana-${run}@example.com`);
    await tab.getByLabel('Role').selectOption('contributor');
    await tab.getByRole('button', { name: 'Create invitation link' }).focus();
    await tab.keyboard.press('Enter');
    expect(await tab.getByLabel('One-time link').inputValue()).toMatch(new RegExp(`^${origin}/newsroom/invite/[\\w-]{43}$`));

    await tab.goto(`${origin}/newsroom/tokens`);
    await tab.getByLabel('Name').fill(`Import nocny ${run}`);
    await tab.getByLabel('Role').selectOption('editor');
    await tab.getByRole('button', { name: 'Create token' }).focus();
    await tab.keyboard.press('Enter');
    const secret = await tab.getByLabel('Token secret').inputValue();
    const tags = await fetch(`${origin}/api/v1/editor/tags`, { headers: { authorization: `Bearer ${secret}` } });
    expect(tags.status).toBe(200);
    await noScript.close();
  });
});
