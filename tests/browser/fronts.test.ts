/**
 * Curated fronts in Chromium against `wrangler dev` (docs/fronts.md): an editor sets the
 * home page's lead and top stories through the API, and a reader's front page shows that
 * lead and those top stories in order, with no console errors; clicking the lead opens it.
 * The front is put back to automatic afterwards, so other tests see the newest story lead.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articles } from '../../seed/content';
import { launchChromium } from '../support/chromium';
import { createEditorToken } from './editor-token';

const baseUrl = inject('baseUrl');
/** Published seed stories, oldest first: none of them leads the page on its own. */
const older = articles.filter((a) => a.status === 'published').sort((a, b) => (b.hoursAgo ?? 1) - (a.hoursAgo ?? 1));

let browser: Browser;
let token: string;

const editorApi = (path: string, init: RequestInit = {}) =>
  fetch(`${baseUrl}/api/v1/editor${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });

async function idOf(slug: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/v1/articles/${slug}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: number }).id;
}

async function putHome(body: unknown) {
  const etag = (await editorApi('/fronts/home')).headers.get('etag')!;
  const res = await editorApi('/fronts/home', { method: 'PUT', body: JSON.stringify(body), headers: { 'if-match': etag } });
  expect(res.status, await res.clone().text()).toBe(200);
}

beforeAll(async () => {
  token = createEditorToken(inject('persistTo'), 'editor', 'fronts-browser');
  browser = await launchChromium();
});
afterAll(async () => {
  if (token) await putHome({ lead: null, top: [] });
  await browser?.close();
});

describe('the home front in Chromium', () => {
  it('shows the lead and top stories an editor set through the API', async () => {
    const [lead, ...rest] = older.slice(0, 7);
    const top = rest.map((a) => a.slug);
    await putHome({ lead: await idOf(lead!.slug), top: await Promise.all(top.map(idOf)) });

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('response', (res) => res.status() >= 400 && errors.push(`${res.status()} ${res.url()}`));
    await page.goto(baseUrl);
    expect(await page.locator('#lead-story a').textContent()).toBe(lead!.title);
    const topLinks = await page.getByRole('region', { name: 'Top stories' }).locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(topLinks).toEqual(top.map((slug) => `/articles/${slug}`));
    await page.locator('#lead-story a').click();
    await page.waitForURL(`**/articles/${lead!.slug}`);
    expect(await page.locator('h1').textContent()).toBe(lead!.title);
    expect(errors).toEqual([]);
    await context.close();
  });
});
