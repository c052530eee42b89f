/** A reader's path through the site in Chromium: no JavaScript needed, no console errors, fits a 360 px phone. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { articles } from '../../seed/content';
import { launchChromium } from '../support/chromium';

const baseUrl = inject('baseUrl');
const withHero = articles.find((a) => a.status === 'published' && a.heroImage && a.related?.length)!;

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(width = 1024) {
  // JavaScript off: every page must work without it.
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
  page = await context.newPage();
  errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('response', (res) => res.status() >= 400 && errors.push(`${res.status()} ${res.url()}`));
}
afterEach(async () => {
  await page?.context().close();
});

describe('reader journey', () => {
  it('goes from the front page to an article, its section, and a search', async () => {
    await openPage();
    await page.goto(baseUrl);
    // Whatever leads (the newest story, or the editors' choice: other browser files publish
    // stories and set fronts on this shared server), its link opens that very story.
    const lead = page.locator('#lead-story a').first();
    const [leadHref, leadTitle] = [await lead.getAttribute('href'), (await lead.textContent())?.trim()];
    expect(leadHref).toMatch(/^\/articles\/[a-z0-9-]+$/);
    await lead.click();
    await page.waitForURL(`**${leadHref}`);
    expect(await page.locator('h1').textContent()).toBe(leadTitle);

    await page.locator('article header .kicker a').click();
    await page.waitForURL(/\/sections\/[a-z-]+$/);
    expect(await page.locator('main h1').textContent()).toBeTruthy();
    expect(await page.locator('main .list h2 a').count()).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Search' }).click();
    await page.waitForURL('**/search');
    await page.getByLabel('Search for stories').fill('night buses');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=night\+buses/);
    expect(await page.locator('#results').textContent()).toContain('night buses');
    expect(await page.locator('.list mark').count()).toBeGreaterThan(0);
    await page.locator('.list h3 a').first().click();
    await page.waitForURL('**/articles/**');
    expect(errors).toEqual([]);
  });

  it('goes from an article to its lite version and back out', async () => {
    await openPage();
    await page.goto(`${baseUrl}/articles/${withHero.slug}`);
    expect(await page.locator('article figure img').count()).toBe(1);
    await page.getByRole('link', { name: 'Lite version' }).click();
    await page.waitForURL(`**/lite/articles/${withHero.slug}`);
    expect(await page.locator('h1').textContent()).toBe(withHero.title);
    expect(await page.locator('img').count()).toBe(0);
    // Links inside the lite page stay lite.
    await page.locator('#previously + ul a').first().click();
    await page.waitForURL('**/lite/articles/**');
    await page.goBack();
    await page.getByRole('link', { name: 'Exit lite version' }).click();
    await page.waitForURL(`**/articles/${withHero.slug}`);
    expect(new URL(page.url()).pathname).toBe(`/articles/${withHero.slug}`);
    expect(errors).toEqual([]);
  });

  it.each(['/', `/articles/${withHero.slug}`, '/sections/world', '/tags/twin-cities', '/authors/tomasz-wierzbicki', '/search?q=harborview', '/lite', `/lite/articles/${withHero.slug}`])(
    '%s fits a 360 px screen without sideways scrolling',
    async (path) => {
      await openPage(360);
      await page.goto(baseUrl + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      expect(errors).toEqual([]);
    },
  );
});
