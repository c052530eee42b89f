/**
 * The Sections, Tags, Authors, People, Tokens and Alerts screens in Chromium against `wrangler dev`:
 * valid markup and no serious or critical axe violations at 360 px wide, including a form
 * shown with its errors; and, with JavaScript off and the keyboard alone, a tag created,
 * a person invited and a token created from the forms. Signed in as an admin with a
 * passkey, as newsroom-revisions.test.ts does.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';

const root = resolve(import.meta.dirname, '../..');
const origin = `http://localhost:${new URL(inject('baseUrl')).port}`;
const run = Date.now();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// `required=""` is valid HTML, and how both Hono and Chromium's serialiser write boolean attributes.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'doctype-style': 'off', 'long-title': 'off', 'attribute-boolean-style': 'off' } });

let browser: Browser;
let context: BrowserContext;
let page: Page;

function invite(): string {
  const out = execFileSync(
    resolve(root, 'node_modules/.bin/tsx'),
    ['scripts/newsroom-invite.ts', '--persist-to', inject('persistTo'), '--origin', origin, '--email', `people-screens-${run}@example.com`, '--name', 'Ołeksandra Żurawska-Гнатюк', '--role', 'admin'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  );
  return out.trim().split('\n').at(-1)!;
}

beforeAll(async () => {
  browser = await launchChromium();
  // axe is injected as a script; the CSP (rightly) forbids that, so this context bypasses it.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
  page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.goto(invite());
  await page.getByRole('button', { name: 'Create a passkey' }).click();
  await page.waitForURL(`${origin}/newsroom`, { timeout: 15_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function checkPage(label: string) {
  const report = await validator.validateString(await page.content(), label);
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)), label).toEqual([]);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), label).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(360);
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
