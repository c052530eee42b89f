/**
 * The story editor with JavaScript turned off, in Chromium against `wrangler dev`: a person
 * signed in (passkey registration needs JavaScript, so it happens in a first context whose
 * cookies a second, script-less context takes over) writes a draft, saves it, publishes it,
 * and readers see it. Then, with JavaScript on, axe checks the list and the editor, and both
 * fit into 360 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { newsroomOrigin, seriousAxeViolations, signInWithNewPasskey } from './newsroom-browser-support';

const origin = newsroomOrigin();
const NAME = 'Bohdana Wiśniewska-Коваль';
const HEADLINE = '„Mosty zwodzone” w Gdańsku: rada miasta zatwierdza remont 🌉 — мешканці Київа і Гданська обмінюються досвідом';

let browser: Browser;
let scripted: BrowserContext;
let noScript: Page;
let storyUrl = '';

beforeAll(async () => {
  browser = await launchChromium();
  // bypassCSP only so that axe can be injected below; the pages themselves are unchanged.
  scripted = await browser.newContext({ bypassCSP: true });
  const page = await scripted.newPage();
  await signInWithNewPasskey(scripted, page, { email: `nojs-${Date.now()}@example.com`, name: NAME, role: 'editor' });
  const quiet = await browser.newContext({ javaScriptEnabled: false });
  await quiet.addCookies(await scripted.cookies(origin));
  noScript = await quiet.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the story editor without JavaScript', () => {
  it('creates, saves and publishes a story with plain form posts', { timeout: 90_000 }, async () => {
    await noScript.goto(`${origin}/newsroom`);
    await noScript.getByRole('link', { name: 'New story', exact: true }).first().click();
    await noScript.waitForURL(`${origin}/newsroom/stories/new`);
    await noScript.getByLabel('Headline').fill(HEADLINE);
    await noScript.getByLabel('Standfirst').fill('Remont potrwa „co najmniej” dwa lata.');
    await noScript.getByLabel('Body').fill('## Harmonogram\n\n- etap 1: Most Kamienny\n- etap 2: Most Stągiewny\n\n| Most | Koszt |\n| --- | --- |\n| Kamienny | 12 mln zł |');
    await noScript.getByLabel('Section').selectOption('world');
    await noScript.getByLabel('Tags').fill('Transit, city-council');
    await noScript.getByRole('button', { name: 'Save' }).click();
    await noScript.waitForURL(/\/newsroom\/stories\/\d+\?done=created$/);
    storyUrl = noScript.url().replace(/\?.*$/, '');
    expect(await noScript.getByRole('status').first().textContent()).toBe('Draft created.');
    expect(await noScript.getByLabel('Headline').inputValue()).toBe(HEADLINE);

    await noScript.getByLabel('Standfirst').fill('Remont potrwa dwa lata; miasto szuka objazdów.');
    await noScript.getByRole('button', { name: 'Save' }).click();
    await noScript.waitForURL(`${storyUrl}?done=save`);
    expect(await noScript.getByLabel('Standfirst').inputValue()).toBe('Remont potrwa dwa lata; miasto szuka objazdów.');

    await noScript.getByRole('button', { name: 'Publish' }).click();
    await noScript.waitForURL(`${storyUrl}?done=publish`);
    expect(await noScript.locator('.story-meta .status').textContent()).toBe('published');
    await noScript.getByRole('link', { name: 'Public article' }).click();
    expect(await noScript.locator('h1').first().textContent()).toBe(HEADLINE);
  });
});

describe('the Stories list and the editor with JavaScript', () => {
  it('have no serious or critical axe violations and fit into 360 px', { timeout: 90_000 }, async () => {
    const page = await scripted.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/newsroom', storyUrl.slice(origin.length), '/newsroom/stories/new']) {
      await page.goto(origin + path);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0], path).toBeLessThanOrEqual(widths[1]!);
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
  });
});
