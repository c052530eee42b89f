/**
 * The share bar in Chromium: its links lead through our /share endpoint to the network
 * (the network's host is intercepted, so nothing leaves the machine), and with JavaScript
 * on it gains working "Copy link" and native "Share…" buttons. The Mastodon page sends a
 * reader to a server only after they confirm it on our page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articles } from '../../seed/content';
import { launchChromium } from '../support/chromium';

const baseUrl = inject('baseUrl');
const story = articles.find((a) => a.status === 'published' && a.language === 'en')!;
const landing = (network: string) => `${baseUrl}/articles/${story.slug}?utm_source=${network}&utm_medium=social&utm_campaign=share`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A context where only our own server is reachable. Playwright does not route the hops of
 * a redirect, so the browser's DNS is also pointed nowhere (see beforeAll): the hop to the
 * network is observed as a request, and fails locally instead of leaving the machine.
 */
async function offlineContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) =>
    route.request().url().startsWith(baseUrl) ? route.continue() : route.fulfill({ status: 200, contentType: 'text/html', body: '' }),
  );
  return context;
}

/** Clicks a share link and returns the external URL our redirect sent the browser to. */
async function clickShare(page: Page, name: string, network: string, host: string): Promise<URL> {
  await page.goto(`${baseUrl}/articles/${story.slug}`);
  const hop = page.waitForRequest((request) => new URL(request.url()).host === host);
  await page.getByRole('link', { name, exact: true }).click();
  const request = await hop;
  expect(request.isNavigationRequest()).toBe(true);
  expect(request.redirectedFrom()?.url()).toBe(`${baseUrl}/share/${story.slug}/${network}`);
  return new URL(request.url());
}

describe('share bar in Chromium', () => {
  it('"Share on X" leads to the X post intent with the headline and tagged link', async () => {
    const context = await offlineContext();
    const target = await clickShare(await context.newPage(), 'Share on X', 'x', 'x.com');
    expect(target.origin + target.pathname).toBe('https://x.com/intent/post');
    expect(Object.fromEntries(target.searchParams)).toEqual({ text: story.title, url: landing('x') });
    await context.close();
  });

  it('"Share on LinkedIn" leads to the LinkedIn share-offsite page', async () => {
    const context = await offlineContext();
    const target = await clickShare(await context.newPage(), 'Share on LinkedIn', 'linkedin', 'www.linkedin.com');
    expect(target.origin + target.pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect(Object.fromEntries(target.searchParams)).toEqual({ url: landing('linkedin') });
    await context.close();
  });

  it('with JavaScript on, "Copy link" copies the short link and says so; the CSP allows the script', async () => {
    const context = await offlineContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${baseUrl}/articles/${story.slug}`);
    const shortUrl = await page.locator('[data-share-bar]').getAttribute('data-url');
    expect(shortUrl).toMatch(new RegExp(`^${baseUrl}/s/[0-9A-Za-z]{8}$`));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortUrl);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the native share sheet where the browser has one', async () => {
    const context = await offlineContext();
    // Chromium on Linux has no Web Share: give the page a recording navigator.share, as a
    // phone's browser would have, to check what the button hands to it.
    await context.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void calls.push(data) });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/${story.slug}`);
    await page.getByRole('button', { name: 'Share…' }).click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
    const shortUrl = await page.locator('[data-share-bar]').getAttribute('data-url');
    expect(calls).toEqual([{ title: story.title, url: shortUrl }]);
    await context.close();
  });

  it('with JavaScript off, the plain links are there and no buttons are', async () => {
    const context = await offlineContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/${story.slug}`);
    await expect(page.getByRole('link', { name: 'Share on Reddit' }).getAttribute('href')).resolves.toBe(`/share/${story.slug}/reddit`);
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
    await context.close();
  });
});

describe('the Mastodon page in Chromium', () => {
  const mastodonPath = `/share/${story.slug}/mastodon`;

  it('takes the reader to their own server, and refuses anything but a hostname', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/${story.slug}`);
    await page.getByRole('link', { name: 'Share on Mastodon' }).click();
    await page.waitForURL(`${baseUrl}${mastodonPath}`);

    await page.getByLabel('Your Mastodon server').fill('evil.example/phish');
    await page.getByRole('button', { name: 'Continue to Mastodon' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('does not look like a server name');
    expect(new URL(page.url()).host).toBe(new URL(baseUrl).host);

    const hop = page.waitForRequest((request) => new URL(request.url()).host === 'mastodon.social');
    await page.getByLabel('Your Mastodon server').fill('mastodon.social');
    await page.getByRole('button', { name: 'Continue to Mastodon' }).click();
    const request = await hop;
    const target = new URL(request.url());
    expect(target.pathname).toBe('/share');
    expect(target.searchParams.get('text')).toBe(`${story.title} ${landing('mastodon')}`);
    // The hop came from the submitted form, not from a link.
    expect(request.redirectedFrom()?.method()).toBe('POST');
    await context.close();
  });

  it('stops a link that names a server on our page until the reader confirms a server', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    const visited: string[] = [];
    page.on('request', (request) => visited.push(new URL(request.url()).host));
    await page.goto(`${baseUrl}${mastodonPath}?instance=evil.example&confirm=1`);
    await expect.poll(() => page.locator('#instance-confirm').textContent()).toContain('You are about to share on evil.example');
    expect(await page.getByLabel('Your Mastodon server').inputValue()).toBe('evil.example');
    expect(new URL(page.url()).host).toBe(new URL(baseUrl).host);
    expect(visited).not.toContain('evil.example');

    // The reader corrects the server and confirms: only now does the browser leave.
    const hop = page.waitForRequest((request) => new URL(request.url()).host === 'mastodon.social');
    await page.getByLabel('Your Mastodon server').fill('mastodon.social');
    await page.getByRole('button', { name: 'Continue to Mastodon' }).click();
    expect(new URL((await hop).url()).pathname).toBe('/share');
    expect(visited).not.toContain('evil.example');
    await context.close();
  });

  it("does not let another site's page submit the form for the reader", async () => {
    const context = await offlineContext();
    // A page elsewhere that posts our form as soon as it loads.
    await context.route('https://attacker.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${baseUrl}${mastodonPath}"><input name="instance" value="evil.example"></form><script>document.forms[0].submit()</script>`,
      }),
    );
    const page = await context.newPage();
    const visited: string[] = [];
    page.on('request', (request) => visited.push(new URL(request.url()).host));
    await page.goto('https://attacker.example/');
    await page.waitForURL((url) => url.host !== 'attacker.example');
    expect(page.url()).toBe(`${baseUrl}${mastodonPath}`);
    await expect.poll(() => page.locator('#instance-confirm').textContent()).toContain('You are about to share on evil.example');
    expect(visited).not.toContain('evil.example');
    await context.close();
  });

  it('is valid HTML with no serious accessibility violations, also when showing an error', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'void-style': 'off', 'doctype-style': 'off', 'long-title': 'off' },
    });
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const path of [mastodonPath, `${mastodonPath}?instance=user%40host`, `${mastodonPath}?instance=mastodon.social`]) {
      const report = await validator.validateString(await (await fetch(baseUrl + path)).text(), path);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
      // axe is injected as a script, which the site's CSP forbids: this context bypasses it.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(baseUrl + path);
      await page.addScriptTag({ content: axeSource });
      const serious = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        return (await axe.run(document)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(serious).toEqual([]);
      await context.close();
    }
  });
});
