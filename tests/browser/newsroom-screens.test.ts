/**
 * Every newsroom screen at 360 px wide in Chromium against `wrangler dev`: no serious or
 * critical axe violations, and no horizontal scrolling. And the editor with the keyboard
 * alone: Tab to the Headline, type, Tab to Save, Enter, and the story is saved. Signed in as
 * an admin (who sees every screen) with a passkey on a CDP virtual authenticator.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeSource, newsroomOrigin, signInWithNewPasskey } from './newsroom-browser-support';

const origin = newsroomOrigin();
const HEADLINE = 'Gdańsk otwiera „Nocną Bibliotekę” dla studentów — бібліотека працюватиме до 2:00 📚 przez całą sesję zimową';
const MAX_TABS = 80;

let browser: Browser;
let page: Page;
let storyId = '';
let personPath = '';

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  page = await context.newPage();
  await signInWithNewPasskey(context, page, { email: `screens-${Date.now()}@example.com`, name: 'Zuzanna Kowalska-Мельник', role: 'admin' }, { timeout: 15_000 });
  // A story with two revisions, for the editor, revisions, compare and preview-link screens.
  await page.goto(`${origin}/newsroom/stories/new`);
  await page.getByLabel('Headline', { exact: true }).fill(HEADLINE);
  await page.getByLabel('Body', { exact: true }).fill('Czytelnia na parterze.\n\n| Dzień | Godziny |\n| --- | --- |\n| pon.–pt. | 8:00–2:00 |\n\n- ciche strefy\n- тихі зони');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/newsroom\/stories\/\d+/);
  storyId = /\/stories\/(\d+)/.exec(page.url())![1]!;
  await page.getByLabel('Standfirst', { exact: true }).fill('Nowe godziny od 1 grudnia. Нові години.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/done=save/);
  await page.goto(`${origin}/newsroom/people`);
  personPath = (await page.locator('a[href^="/newsroom/people/"]').first().getAttribute('href')) ?? '';
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const SCREENS: [string, () => string][] = [
  ['stories list', () => '/newsroom'],
  ['stories list, filtered', () => '/newsroom?status=draft&q=Gda%C5%84sk'],
  ['new story', () => '/newsroom/stories/new'],
  ['story editor', () => `/newsroom/stories/${storyId}`],
  ['story preview', () => `/newsroom/stories/${storyId}/preview`],
  ['revisions', () => `/newsroom/stories/${storyId}/revisions`],
  ['compare revisions', () => `/newsroom/stories/${storyId}/revisions/compare?from=1&to=2`],
  ['preview links', () => `/newsroom/stories/${storyId}/preview-links`],
  ['settings', () => '/newsroom/settings'],
  ['sections', () => '/newsroom/sections'],
  ['one section', () => '/newsroom/sections/world'],
  ['tags', () => '/newsroom/tags'],
  ['one tag', () => '/newsroom/tags/transit'],
  ['authors', () => '/newsroom/authors'],
  ['one author', () => '/newsroom/authors/maya-okafor'],
  ['people', () => '/newsroom/people'],
  ['one person', () => personPath],
  ['tokens', () => '/newsroom/tokens'],
  ['audit', () => '/newsroom/audit'],
  ['shares', () => '/newsroom/shares'],
  ['alerts', () => '/newsroom/alerts'],
  ['fronts', () => '/newsroom/fronts'],
  ['the home front', () => '/newsroom/fronts/home'],
  ['webhooks', () => '/newsroom/webhooks'],
  ['corrections', () => `/newsroom/stories/${storyId}/corrections`],
  ['live coverage', () => `/newsroom/stories/${storyId}/live`],
];

/** Serious and critical axe findings on the page, as "rule-id: targets". */
async function axeFindings(p: Page): Promise<string[]> {
  await p.evaluate(axeSource); // through DevTools: the page's CSP rightly refuses injected scripts
  return p.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('every newsroom screen at 360 px', () => {
  it("covers every screen of the header's navigation (a new screen gets a line in SCREENS)", async () => {
    await page.goto(`${origin}/newsroom`);
    const linked = await page.locator('header nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const covered = SCREENS.map(([, path]) => path());
    expect(linked.length).toBeGreaterThan(5);
    expect(linked.filter((href) => !covered.includes(href!))).toEqual([]);
  });

  it.each(SCREENS)('%s: no serious or critical axe violations, no horizontal scrolling', async (_name, path) => {
    expect(path(), 'a fixture of beforeAll is missing').toMatch(/^\/newsroom/);
    const response = await page.goto(origin + path());
    expect(response?.status()).toBe(200);
    expect(page.url()).not.toContain('/sign-in');
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth, 'page wider than the 360 px screen').toBeLessThanOrEqual(clientWidth!);
    expect(await axeFindings(page)).toEqual([]);
  });

  it.each([['sign-in page', '/newsroom/sign-in'], ['a dead invitation link', `/newsroom/invite/${'x'.repeat(43)}`]])('%s (signed out) passes the same checks', async (_name, path) => {
    const stranger = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const p = await stranger.newPage();
    await p.goto(origin + path);
    const [scrollWidth, clientWidth] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth!);
    expect(await axeFindings(p)).toEqual([]);
    await stranger.close();
  });
});

/** Presses Tab until `matches` holds for the focused element; the number of presses, or -1. */
async function tabUntil(p: Page, matches: string): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches)) return presses;
  }
  return -1;
}

describe('the editor with the keyboard alone', () => {
  it('Tab to the Headline, type, Tab to Save, Enter: the story is saved', async () => {
    await page.goto(`${origin}/newsroom/stories/new`);
    const toHeadline = await tabUntil(page, 'input[name=title]');
    expect(toHeadline, 'the Headline field is reachable with Tab').toBeGreaterThan(0);
    const typed = 'Toruń: „Piernikowy” jarmark wraca na Rynek — ярмарок триватиме до Різдва 🎄 i potrwa do 23 grudnia';
    await page.keyboard.type(typed);
    const toSave = await tabUntil(page, 'button[name=action][value=save]');
    expect(toSave, 'the Save button is reachable with Tab').toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/newsroom\/stories\/\d+/);
    expect(await page.getByLabel('Headline', { exact: true }).inputValue()).toBe(typed);
    const saved = await (await page.context().request.get(page.url())).text();
    expect(saved).toContain('Toruń: „Piernikowy” jarmark wraca na Rynek');
    console.log(`keyboard: ${toHeadline} Tab presses to the Headline, ${toSave} more to Save`);
  });
});
