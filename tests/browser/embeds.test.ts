/**
 * Embeds in Chromium against `wrangler dev` (docs/media.md, "Embeds"): an article with a
 * link to every provider loads without a single request off the site; a click (from the
 * keyboard) on one card loads that provider's frame and nothing else. There is no internet
 * here, so every request that leaves the site is recorded and aborted by page.route; a
 * request the CSP refused would never reach the route, so seeing it proves the CSP admits it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { PROVIDER_LINKS } from '../worker/embeds-fixtures';
import { createEditorToken } from './editor-token';

const baseUrl = inject('baseUrl');
const TITLE = 'Kyiv and Warsaw sign the grid deal: „To dopiero początek” — «Це лише початок» ⚡ reactions from every network';
const BODY = ['Reakcje z sieci, zebrane przez redakcję:', ...PROVIDER_LINKS.map(([, link]) => link), 'Koniec relacji.'].join('\n\n');

let browser: Browser;
let path: string;

beforeAll(async () => {
  const token = createEditorToken(inject('persistTo'), 'editor', 'embeds-browser');
  const editorApi = (url: string, body: unknown) =>
    fetch(`${baseUrl}/api/v1/editor${url}`, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  const created = await editorApi('/articles', { title: TITLE, body: BODY, section: 'world', language: 'pl' });
  expect(created.status, await created.clone().text()).toBe(201);
  const published = await editorApi(`/articles/${((await created.json()) as { id: number }).id}/publish`, {});
  expect(published.status, await published.clone().text()).toBe(200);
  path = `/articles/${((await published.json()) as { slug: string }).slug}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose requests off the site are recorded (by host) and aborted. */
async function offlinePage(context: BrowserContext): Promise<{ page: Page; offSite: string[] }> {
  const offSite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === new URL(baseUrl).origin) return route.continue();
    offSite.push(url.host);
    return route.abort();
  });
  return { page: await context.newPage(), offSite };
}

describe('embeds in Chromium', () => {
  it('loads a page with every kind of embed without one request off the site', async () => {
    const context = await browser.newContext();
    const { page, offSite } = await offlinePage(context);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    expect(await page.locator('div.embed').count()).toBe(PROVIDER_LINKS.length);
    expect(await page.locator('div.embed button.embed-load').count()).toBe(PROVIDER_LINKS.length);
    expect(await page.locator('iframe').count()).toBe(0);
    await page.mouse.wheel(0, 20_000); // lazy things would load now: there are none
    await page.waitForTimeout(300);
    expect(offSite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads only the chosen provider, in a sandboxed frame, from the keyboard', async () => {
    const context = await browser.newContext();
    const { page, offSite } = await offlinePage(context);
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    const youtube = page.locator('div.embed[data-provider=youtube] button').first();
    // Tab until the first card's button has focus: it is in the page's tab order.
    for (let presses = 0; presses < 200 && !(await youtube.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab');
    expect(await youtube.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const frame = page.locator('div.embed[data-provider=youtube] iframe').first();
    await frame.waitFor();
    await expect.poll(() => offSite).toEqual(['www.youtube-nocookie.com']);
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(await frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups allow-presentation');
    expect(await frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(await frame.getAttribute('title')).toBe('YouTube: https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(await frame.evaluate((el) => el === document.activeElement)).toBe(true);

    // A Mastodon post plays from its own server, which this page's CSP names too.
    await page.locator('div.embed[data-provider=mastodon] button').first().click();
    await expect.poll(() => offSite).toEqual(['www.youtube-nocookie.com', 'mastodon.social']);
    expect(await page.locator('iframe').count()).toBe(2);
    await context.close();
  });

  it('keeps the button a link to the provider without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page, offSite } = await offlinePage(context);
    await page.goto(baseUrl + path);
    const load = page.getByRole('link', { name: 'Load content from Spotify' }).first();
    expect(await load.getAttribute('href')).toBe('https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC');
    expect(offSite).toEqual([]);
    await context.close();
  });

  it('has no serious or critical axe violations, before and after a click', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // axe is injected as a script; the site's CSP (rightly) forbids that, so this context bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const { page } = await offlinePage(context);
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: axeSource });
    const audit = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Element) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        const result = await axe.run(document.querySelector('article')!);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
    expect(await audit()).toEqual([]);
    await page.locator('div.embed[data-provider=vimeo] button').click();
    await page.locator('div.embed[data-provider=vimeo] iframe').waitFor();
    expect(await audit()).toEqual([]);
    await context.close();
  });
});
