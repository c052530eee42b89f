/**
 * Images end to end against the browser project's wrangler dev (issue #13): the Markdown CLI
 * uploads a story's local photos and publishes it with media ids; Chromium on a 360 px phone
 * then loads the article: the lead image is the largest contentful paint, served as AVIF
 * from our own origin, and the page with its lead image stays under 150 KB.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createEditorToken } from './editor-token';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const photo = (name: string) => resolve(root, 'seed/photos', name);
const mediaIdOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 32);

const HERO_ID = mediaIdOf(photo('market.jpg'));
const INLINE_ID = mediaIdOf(photo('forest.jpg'));
const TITLE = 'Ferry crews back at work as „Wisła” sails again from Port Aldane';
const STORY = `---
title: ${TITLE}
section: world
dek: After a two-day strike over shift rosters, the cross-bay ferries are running to the timetable again.
tags: [transit]
image: ./ferry.jpg
imageAlt: Ferry „Wisła” leaving the quay at sunset
imageCaption: The first crossing after the strike, 18:40
imageCredit: "Fot. Anna Kowalczyk / Edge Courier"
---
The crews voted to return late on Tuesday.

![Crew on the quay before the first crossing](./photos/crew.jpg "Załoga na nabrzeżu przed pierwszym kursem")

Commuters said the queues for buses had been “unbearable”. Ще один рейс додали на вечір.
`;

let token: string;
let dir: string;
let browser: Browser;
let articleUrl: string;

function editor(...args: string[]) {
  return run(resolve(root, 'node_modules/.bin/tsx'), ['scripts/editor-cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, EDITOR_API_URL: baseUrl, EDITOR_TOKEN: token },
  });
}

// Generous: the token script starts wrangler's platform proxy, slow on a busy machine.
beforeAll(() => {
  token = createEditorToken(persistTo, 'editor', 'media-pages-test');
  dir = mkdtempSync(join(tmpdir(), 'media-pages-'));
}, 180_000);
beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
  // Trash the story, so later browser files see the seeded site.
  const headers = { authorization: `Bearer ${token}` };
  const list = (await (await fetch(`${baseUrl}/api/v1/editor/articles?limit=50`, { headers })).json()) as { items: { id: number; title: string }[] };
  for (const item of list.items.filter((a) => a.title === TITLE)) await fetch(`${baseUrl}/api/v1/editor/articles/${item.id}`, { method: 'DELETE', headers });
});

describe('editor CLI with local images', () => {
  it('uploads the front-matter image and body images, then publishes them by media id', async () => {
    copyFileSync(photo('market.jpg'), join(dir, 'ferry.jpg'));
    mkdirSync(join(dir, 'photos'), { recursive: true });
    copyFileSync(photo('forest.jpg'), join(dir, 'photos', 'crew.jpg'));
    const file = join(dir, 'story.md');
    writeFileSync(file, STORY);
    const { stdout, stderr } = await editor('publish', file);
    articleUrl = new URL(new URL(stdout.trim()).pathname, baseUrl).toString();
    expect(stderr).toContain(`as media ${HERO_ID}`);
    expect(stderr).toContain(`as media ${INLINE_ID}`);

    const id = /Published article (\d+)/.exec(stderr)![1];
    const article = (await (await fetch(`${baseUrl}/api/v1/editor/articles/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      body: string;
      heroImage: Record<string, unknown>;
    };
    expect(article.heroImage).toMatchObject({
      mediaId: HERO_ID,
      alt: 'Ferry „Wisła” leaving the quay at sunset',
      caption: 'The first crossing after the strike, 18:40',
      credit: 'Fot. Anna Kowalczyk / Edge Courier',
      external: false,
    });
    expect(article.body).toContain(`![Crew on the quay before the first crossing](media:${INLINE_ID} "Załoga na nabrzeżu przed pierwszym kursem")`);
    expect(article.body).not.toContain('./photos/crew.jpg');

    // Running it again uploads the same bytes (same ids) and publishes nothing new.
    expect((await editor('publish', file)).stdout.trim()).toBe(stdout.trim());
  }, 120_000);

  it('refuses a referenced file that is not an image, before calling the API', async () => {
    const file = join(dir, 'bad.md');
    writeFileSync(file, STORY.replace('./ferry.jpg', './notes.txt'));
    const failure = await editor('draft', file).then(() => null, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('./notes.txt: not an image');
  }, 60_000);
});

describe('article page with photos on a 360 px phone', () => {
  it('paints the lead image as the LCP, in AVIF from our origin, and stays under 150 KB', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    const bytes = new Map<string, number>();
    page.on('response', async (response) => {
      const body = await response.body().catch(() => null);
      if (body) bytes.set(response.url(), body.byteLength);
    });
    await page.goto(articleUrl, { waitUntil: 'load' });
    // LCP entries arrive as larger elements paint: the headline first, the photo once decoded.
    // Take the last candidate after the page settles (the photo's entry, or whatever stayed largest).
    const lcp = await page.evaluate(
      () =>
        new Promise<{ tag: string; src: string }>((done) => {
          let last: (PerformanceEntry & { element?: Element }) | undefined;
          const report = () => {
            const element = last?.element as HTMLImageElement | undefined;
            done({ tag: element?.tagName ?? '', src: element?.currentSrc ?? '' });
          };
          new PerformanceObserver((list) => {
            last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element };
            if (last.element?.tagName === 'IMG') report();
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(report, 5_000);
        }),
    );
    expect(lcp.tag).toBe('IMG');
    expect(lcp.src).toMatch(new RegExp(`/media/${HERO_ID}/16x9/\\d+\\.avif$`));
    const hero = page.locator('figure.hero img');
    expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Every request stayed on our origin; the total is deterministic (same bytes, same encoder).
    expect([...bytes.keys()].every((url) => url.startsWith(baseUrl))).toBe(true);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    console.log(`article page at 360 px (DPR 2): ${bytes.size} responses, ${total} bytes decoded`, Object.fromEntries(bytes));
    expect(total).toBeLessThan(150 * 1024);
    await context.close();
  }, 60_000);
});
