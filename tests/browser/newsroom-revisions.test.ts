/**
 * The Revisions, Compare, Audit log and Share counts screens in Chromium against
 * `wrangler dev`: no serious or critical axe violations and valid markup, at 360 px wide,
 * signed in as an admin with a passkey (as newsroom-passkeys.test.ts), on a story changed
 * through the editor API.
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
const HEADLINE = 'Rada Miejska w Nowej Przystani zatwierdza „zielone nabrzeże” — мешканці кажуть «нарешті» 🌊 po 14 miesiącach konsultacji';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// As tests/browser/accessibility.test.ts; and Hono's JSX writes a true boolean attribute as
// `checked=""`, which the HTML spec allows as much as a bare `checked`.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'void-style': 'off', 'doctype-style': 'off', 'long-title': 'off', 'attribute-boolean-style': 'off' },
});

let browser: Browser;
let context: BrowserContext;
let page: Page;
let storyId: number;

function invite(): string {
  const out = execFileSync(
    resolve(root, 'node_modules/.bin/tsx'),
    ['scripts/newsroom-invite.ts', '--persist-to', inject('persistTo'), '--origin', origin, '--email', `revisions-${Date.now()}@example.com`, '--name', 'Halyna Wiśniewska-Коваль', '--role', 'admin'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  );
  return out.trim().split('\n').at(-1)!;
}

async function editorApi(token: string, path: string, method: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/api/v1/editor${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ id: number; etag: string }>;
}

beforeAll(async () => {
  const token = createEditorToken(inject('persistTo'), 'editor', `revisions-a11y-${Date.now()}`);
  const draft = await editorApi(token, '/articles', 'POST', { title: HEADLINE, body: '| Miasto | Głosy |\n|---|---|\n| Київ | 22 |\n\nPierwsza wersja.', section: 'world' });
  await editorApi(token, `/articles/${draft.id}`, 'PATCH', { title: HEADLINE.replace('zatwierdza', 'odrzuca'), body: '| Miasto | Głosy |\n|---|---|\n| Київ | 24 |\n\nDruga wersja.' }, { 'if-match': draft.etag });
  storyId = draft.id;
  browser = await launchChromium();
  // axe is injected as a script; the CSP (rightly) forbids that, so this context bypasses it.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
  page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  const link = invite();
  await page.goto(link);
  await page.getByRole('button', { name: 'Create a passkey' }).click();
  await page.waitForURL(`${origin}/newsroom`, { timeout: 15_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const SCREENS = () => [`/newsroom/stories/${storyId}/revisions`, `/newsroom/stories/${storyId}/revisions/compare?from=1&to=2`, '/newsroom/audit', '/newsroom/shares'];

describe('revisions, audit log and share counts in a browser', () => {
  it('have valid markup and no serious or critical axe violations at 360 px', async () => {
    for (const path of SCREENS()) {
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
      // Nothing wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
  }, 180_000);

  it('compares and restores with the keyboard alone, without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const tab = await noScript.newPage();
    tab.setDefaultTimeout(10_000);
    await tab.goto(`${origin}/newsroom/stories/${storyId}/revisions`);
    expect(tab.url()).toBe(`${origin}/newsroom/stories/${storyId}/revisions`);
    await tab.getByLabel('from 1', { exact: true }).check();
    await tab.getByLabel('to 2', { exact: true }).check();
    await tab.getByRole('button', { name: 'Compare' }).focus();
    await tab.keyboard.press('Enter');
    await tab.waitForURL((url) => url.pathname.endsWith('/revisions/compare') && url.searchParams.get('from') === '1' && url.searchParams.get('to') === '2');
    expect(await tab.locator('pre.diff del').first().textContent()).toContain('zatwierdza');
    await tab.goto(`${origin}/newsroom/stories/${storyId}/revisions`);
    await tab.getByRole('button', { name: 'Restore revision 1' }).focus();
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/revisions\?restored=3$/);
    expect(await tab.getByRole('status').textContent()).toContain('revision 3');
    await noScript.close();
  }, 90_000);
});
