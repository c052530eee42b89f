/**
 * The Preview links and Settings screens, and a preview link's page, in Chromium against
 * `wrangler dev`: valid markup, no serious or critical axe violations, nothing wider than a
 * 360 px phone; creating a link and revoking it with the keyboard alone, JavaScript off.
 * Signed in as an admin with a passkey (as newsroom-revisions.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createEditorToken } from './editor-token';

const root = resolve(import.meta.dirname, '../..');
const origin = `http://localhost:${new URL(inject('baseUrl')).port}`;
const HEADLINE = 'Port w Nowej Przystani szykuje „nocne promy” do Gdańska — перевізники чекають дозволу 🚢 przed sezonem letnim';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// hono/jsx writes boolean attributes as selected="" (valid HTML; the rule is a style preference).
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'doctype-style': 'off', 'long-title': 'off', 'attribute-boolean-style': 'off' } });

let browser: Browser;
let context: BrowserContext;
let page: Page;
let storyId: number;

function invite(): string {
  const out = execFileSync(
    resolve(root, 'node_modules/.bin/tsx'),
    ['scripts/newsroom-invite.ts', '--persist-to', inject('persistTo'), '--origin', origin, '--email', `previews-${Date.now()}@example.com`, '--name', 'Zofia Łukasiewicz-Гончаренко', '--role', 'admin'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  );
  return out.trim().split('\n').at(-1)!;
}

async function checkPage(path: string) {
  const response = await page.goto(origin + path);
  expect(response?.status(), path).toBe(200);
  const report = await validator.validateString(await response!.text(), path);
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)), path).toEqual([]);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), path).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
}

beforeAll(async () => {
  const token = createEditorToken(inject('persistTo'), 'editor', `previews-a11y-${Date.now()}`);
  const response = await fetch(`${origin}/api/v1/editor/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: HEADLINE, body: 'Szkic: „nocne promy” — текст чернетки.', section: 'world', language: 'pl' }),
  });
  if (!response.ok) throw new Error(`create: ${response.status} ${await response.text()}`);
  storyId = ((await response.json()) as { id: number }).id;
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
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('preview links and settings in a browser', () => {
  it('create, open and revoke a preview link with the keyboard alone, without JavaScript; every screen passes axe', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState(), viewport: { width: 360, height: 740 } });
    const tab = await noScript.newPage();
    tab.setDefaultTimeout(10_000);
    await tab.goto(`${origin}/newsroom/stories/${storyId}/preview-links`);
    await tab.getByLabel('Works for').selectOption('1d');
    await tab.getByRole('button', { name: 'Create preview link' }).focus();
    await tab.keyboard.press('Enter');
    await tab.waitForLoadState();
    const url = await tab.getByLabel('Preview link', { exact: true }).inputValue();
    expect(url).toMatch(/\/preview\/[\w-]{43}$/);

    await checkPage(`/newsroom/stories/${storyId}/preview-links`);
    await checkPage('/newsroom/settings');
    const path = new URL(url).pathname;
    await checkPage(path);
    expect(await page.getByText('Preview', { exact: true }).isVisible()).toBe(true);
    await checkPage(`/lite${path}`);

    await tab.goto(`${origin}/newsroom/stories/${storyId}/preview-links`);
    await tab.getByRole('button', { name: /^Revoke the link created / }).first().focus();
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/preview-links\?revoked=1$/);
    expect(await tab.getByRole('status').first().textContent()).toContain('revoked');
    expect((await fetch(origin + path)).status).toBe(404);
    await noScript.close();
  }, 120_000);
});
