/**
 * Passkeys end to end in Chromium against `wrangler dev`: `npm run newsroom:invite` makes a
 * link, the invitee registers a passkey on a CDP virtual authenticator (ctap2, internal,
 * resident key, user verification), lands in the newsroom's stories list, signs out, signs
 * in again with the same passkey and no username, and a signed-out context is sent to the
 * sign-in page. WebAuthn needs a domain name: the server's port, on localhost.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { addVirtualAuthenticator, inviteLink, newsroomOrigin } from './newsroom-browser-support';

const origin = newsroomOrigin();
const NAME = 'Łucja Ковальчук-O’Neil 📰';
const invite = (email: string) => inviteLink({ email, name: NAME, role: 'editor' });

let browser: Browser;
let context: BrowserContext;
let page: Page;
const cspViolations: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await addVirtualAuthenticator(context, page);
});
afterAll(async () => {
  await browser?.close();
});

describe('newsroom passkeys in Chromium', () => {
  it('registers from an invitation, lands on the stories list, signs out and back in', { timeout: 90_000 }, async () => {
    const link = invite(`passkey-${Date.now()}@example.com`);
    expect(link).toMatch(new RegExp(`^${origin}/newsroom/invite/[\\w-]{43}$`));

    await page.goto(link);
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Welcome, ${NAME}`);
    await page.getByRole('button', { name: 'Create a passkey' }).click();
    await page.waitForURL(`${origin}/newsroom`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Stories');
    // The seeded newsroom's stories, drafts included, for an editor.
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('tbody').textContent()).toContain('Draft: Port authority chief expected to step down');
    const cookies = await context.cookies(origin);
    expect(cookies.find((c) => c.name === 'newsroom')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

    // The link worked once.
    await page.goto(link);
    await expect.poll(() => page.locator('h1').textContent()).toBe('This link does not work');

    // The filter works as a plain GET form.
    await page.goto(`${origin}/newsroom`);
    await page.selectOption('select[name=status]', 'draft');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(`${origin}/newsroom?status=draft`);
    expect(await page.locator('td.status').allTextContents()).toSatisfy((s: string[]) => s.length > 0 && s.every((x) => x === 'draft'));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${origin}/newsroom/sign-in`);
    await page.goto(`${origin}/newsroom`);
    expect(page.url()).toBe(`${origin}/newsroom/sign-in`);

    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.waitForURL(`${origin}/newsroom`);
    await expect.poll(() => page.locator('header').textContent()).toContain(NAME);
    expect(cspViolations).toEqual([]);
  });

  it('sends a signed-out browser from /newsroom to the sign-in page', async () => {
    const fresh = await (await browser.newContext()).newPage();
    const response = await fresh.goto(`${origin}/newsroom`);
    expect(fresh.url()).toBe(`${origin}/newsroom/sign-in`);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    await fresh.context().close();
  });

  it('fits the stories list into 360 px without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${origin}/newsroom`);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  });
});
