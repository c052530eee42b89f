/**
 * The Revisions, Compare, Audit log and Share counts screens in Chromium against
 * `wrangler dev`: no serious or critical axe violations and valid markup, at 360 px wide,
 * signed in as an admin with a passkey (as newsroom-passkeys.test.ts), on a story changed
 * through the editor API.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createEditorToken } from './editor-token';
import { expectAccessibleAt360, markupProblems, newsroomOrigin, signInWithNewPasskey } from './newsroom-browser-support';

const origin = newsroomOrigin();
const HEADLINE = 'Rada Miejska w Nowej Przystani zatwierdza „zielone nabrzeże” — мешканці кажуть «нарешті» 🌊 po 14 miesiącach konsultacji';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let storyId: number;

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
  await signInWithNewPasskey(context, page, { email: `revisions-${Date.now()}@example.com`, name: 'Halyna Wiśniewska-Коваль', role: 'admin' }, { timeout: 15_000 });
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
      expect(await markupProblems(await response!.text(), path), path).toEqual([]);
      await expectAccessibleAt360(page, path);
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
