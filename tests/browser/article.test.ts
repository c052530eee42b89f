import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articles } from '../../seed/content';
import { launchChromium } from '../support/chromium';

const baseUrl = inject('baseUrl');
const story = articles.find((a) => a.status === 'published' && a.heroImage && a.sources?.length)!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('article page in Chromium', () => {
  it('shows a reader the headline, byline, hero image and sources', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));

    const response = await page.goto(`${baseUrl}/articles/${story.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(story.title);
    expect(await page.title()).toContain(story.title);
    const hero = page.locator('article figure img');
    expect(await hero.getAttribute('alt')).toBe(story.heroImage!.alt);
    // The illustration actually loaded and rendered.
    expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const sourceNames = await page.locator('section[aria-labelledby="sources"] li a').allTextContents();
    expect(sourceNames).toEqual(story.sources!.map((s) => s.name));
    await expect(page.locator('.meta time').first().getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a link from the front page to the article', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.getByRole('link', { name: story.title }).click();
    await page.waitForURL(`**/articles/${story.slug}`);
    expect(await page.locator('h1').textContent()).toBe(story.title);
    await page.close();
  });
});
