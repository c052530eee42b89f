/**
 * The story editor's scripts (src/newsroom/client) in Chromium against `wrangler dev` and its
 * local D1: paste clean-up of real-looking Google Docs, Word and web-page clipboard HTML (a
 * ClipboardEvent with a DataTransfer), the Markdown toolbar and its shortcuts, autosave
 * (checked server-side), the preview pane following it, presence between two people, and the
 * conflict banner when another person saved first, with nothing lost; a published story is
 * never autosaved. Two editors, each signed in with a passkey on a CDP virtual authenticator
 * (as newsroom-passkeys.test.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { GOOGLE_DOCS, WEB_PAGE, WORD } from './newsroom-clipboard-fixtures';
import { axeSource, newsroomOrigin, signInWithNewPasskey } from './newsroom-browser-support';

const origin = newsroomOrigin();
const ADA = 'Ada Łukasiewicz-Ковальська';
const BOHDAN = 'Bohdan O’Brien 🗞️';
const HEADLINE = 'Rada Miejska w Nowej Przystani zatwierdza „zielone nabrzeże” — мешканці кажуть «нарешті» 🌊 po 14 miesiącach konsultacji';
const WAIT = { timeout: 15_000 };

let browser: Browser;
const cspViolations: string[] = [];

/** A browser context signed in as a new editor: invitation, passkey, the stories list. */
async function signedInEditor(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => cspViolations.push(`page error: ${error.message}`));
  const email = `editor-client-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  await signInWithNewPasskey(context, page, { email, name, role: 'editor' });
  return { context, page };
}

/** The story as the server has it now: its revision and headline, from a fresh load of its page. */
async function serverStory(context: BrowserContext, id: string) {
  const response = await context.request.get(`${origin}/newsroom/stories/${id}`);
  const html = await response.text();
  const revision = /data-revision="(\d+)"/.exec(html)?.[1];
  const title = /<input[^>]*name="title"[^>]*value="([^"]*)"/.exec(html)?.[1] ?? /<input[^>]*value="([^"]*)"[^>]*name="title"/.exec(html)?.[1];
  return { revision: Number(revision), title: title?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&') };
}


/** Serious and critical axe findings in what the scripts add to the page. */
async function axeFindingsInScriptUi(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // through DevTools: the page's CSP rightly refuses injected scripts
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<Result> } }).axe;
    const mine = ['.markdown-toolbar', '.conflict-banner', '.preview-switch', '.story-picker', '#preview-pane', '#presence', '#editor-status'].filter((s) => document.querySelector(s));
    const result = await axe.run({ include: mine.map((selector) => [selector]) });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Pastes clipboard HTML into Body as Chromium would; true when the script took over the paste. */
function paste(page: Page, data: Record<string, string>): Promise<boolean> {
  return page.getByLabel('Body', { exact: true }).evaluate((body, items) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    (body as HTMLTextAreaElement).focus();
    body.dispatchEvent(event);
    return event.defaultPrevented;
  }, data);
}

let ada: { context: BrowserContext; page: Page };
let bohdan: { context: BrowserContext; page: Page };
let storyId: string;

beforeAll(async () => {
  browser = await launchChromium();
  ada = await signedInEditor(ADA);
  bohdan = await signedInEditor(BOHDAN);
  // A draft to work on, created through the page's own form.
  await ada.page.goto(`${origin}/newsroom/stories/new`);
  await ada.page.getByLabel('Headline', { exact: true }).fill(HEADLINE);
  await ada.page.getByLabel('Body', { exact: true }).fill('Pierwszy akapit. Перший абзац.');
  await ada.page.getByRole('button', { name: 'Save', exact: true }).click();
  await ada.page.waitForURL(/\/newsroom\/stories\/\d+\?done=created$/);
  storyId = /stories\/(\d+)/.exec(ada.page.url())![1]!;
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('paste clean-up into Body', () => {
  it.each([
    ['Google Docs (its <b style="font-weight:normal"> wrapper must not make everything bold)', GOOGLE_DOCS],
    ["Word (mso- styles, o:p, conditional comments, list paragraphs)", WORD],
    ['a web page (fonts, colours, spans, images, scripts, tracking parameters)', WEB_PAGE],
  ])('turns %s into clean Markdown', async (_source, fixture) => {
    const page = ada.page;
    await page.goto(`${origin}/newsroom/stories/new`);
    const body = page.getByLabel('Body', { exact: true });
    await body.fill('');
    expect(await paste(page, { 'text/html': fixture.html, 'text/plain': 'plain fallback' })).toBe(true);
    expect(await body.inputValue()).toBe(fixture.markdown);
  });

  it('leaves plain-text paste to the browser, untouched', async () => {
    const page = ada.page;
    await page.goto(`${origin}/newsroom/stories/new`);
    expect(await paste(page, { 'text/plain': '**not** <b>touched</b> utm_source=x' })).toBe(false);
  });
});

describe('the Markdown toolbar', () => {
  it('formats the selection with labelled buttons and with Ctrl+B, Ctrl+I, Ctrl+K', async () => {
    const page = ada.page;
    await page.goto(`${origin}/newsroom/stories/new`);
    const body = page.getByLabel('Body', { exact: true });
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    for (const name of ['Bold', 'Italic', 'Link', 'Heading', 'Bulleted list', 'Numbered list', 'Quote']) {
      await expect.poll(() => toolbar.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    const select = (start: number, end: number) => body.evaluate((el, [s, e]) => (el as HTMLTextAreaElement).setSelectionRange(s!, e!), [start, end]);

    await body.fill('Łódź zatwierdza budżet');
    await select(0, 4);
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    expect(await body.inputValue()).toBe('**Łódź** zatwierdza budżet');

    await body.fill('Київ відповідає');
    await select(5, 15);
    await body.press('Control+i');
    expect(await body.inputValue()).toBe('Київ _відповідає_');
    await body.press('Control+b');
    expect(await body.inputValue()).toBe('Київ _**відповідає**_');

    await body.fill('raport miasta');
    await select(0, 6);
    await body.press('Control+k');
    expect(await body.inputValue()).toBe('[raport](https://) miasta');
    // The URL placeholder is selected, ready to be typed over.
    await body.pressSequentially('https://example.org/r');
    expect(await body.inputValue()).toBe('[raport](https://example.org/r) miasta');

    await body.fill('pierwszy\ndrugi\ntrzeci');
    await select(2, 12); // from inside the first line to inside the second: both whole lines
    await toolbar.getByRole('button', { name: 'Numbered list' }).click();
    expect(await body.inputValue()).toBe('1. pierwszy\n2. drugi\ntrzeci');
    await select(22, 22); // inside the third line
    await toolbar.getByRole('button', { name: 'Quote' }).click();
    expect(await body.inputValue()).toBe('1. pierwszy\n2. drugi\n> trzeci');
    await select(0, 0);
    await toolbar.getByRole('button', { name: 'Heading' }).click();
    expect(await body.inputValue()).toBe('## pierwszy\n2. drugi\n> trzeci');

    // At 360 px the toolbar wraps: nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});

describe('the pickers', () => {
  it('suggests tags that complete the last name, and adds published stories to "Previously reported"', async () => {
    const page = ada.page;
    await page.goto(`${origin}/newsroom/stories/new`);
    const tags = page.getByLabel('Tags', { exact: true });
    await tags.fill('Budget, cli');
    const list = `datalist#${await tags.getAttribute('list')} option`;
    await expect.poll(() => page.locator(list).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)), WAIT).toEqual(['Budget, Climate']);

    await page.getByLabel('Find a published story').fill('Harborview');
    const add = page.locator('.story-hits').getByRole('button', { name: /^Add “/ }).first();
    await add.waitFor(WAIT);
    await add.click();
    const related = await page.getByLabel('Previously reported', { exact: true }).inputValue();
    expect(related).toMatch(/^[a-z0-9][a-z0-9-]+$/);
    expect(await page.locator('.story-picker [role=status]').textContent()).toMatch(/^Added “.*Harborview/);
  });
});

describe('autosave, preview, presence and conflicts on a saved story', () => {
  it('autosaves a pause in typing through If-Match, and the preview pane shows the saved text', async () => {
    const page = ada.page;
    await page.goto(`${origin}/newsroom/stories/${storyId}`);
    const before = await serverStory(ada.context, storyId);
    const frame = page.frameLocator('iframe[title="Preview"]');
    await expect.poll(() => frame.locator('h1').first().textContent(), WAIT).toBe(HEADLINE);

    const edited = `${HEADLINE} (aktualizacja)`;
    await page.getByLabel('Headline', { exact: true }).fill(edited);
    // No blur, no button: only the pause in typing saves.
    await expect.poll(async () => (await serverStory(ada.context, storyId)).title, WAIT).toBe(edited);
    const after = await serverStory(ada.context, storyId);
    expect(after.revision).toBe(before.revision + 1);
    expect(await page.locator('#story-form').getAttribute('data-revision')).toBe(String(after.revision));
    expect(await page.locator('input[name=revision]').inputValue()).toBe(String(after.revision));
    await expect.poll(() => page.locator('#editor-status').textContent()).toContain(`revision ${after.revision}`);
    await expect.poll(() => frame.locator('h1').first().textContent(), WAIT).toBe(edited);

    await page.getByRole('button', { name: 'Lite', exact: true }).click();
    await expect.poll(() => page.locator('iframe[title="Preview"]').getAttribute('src')).toBe(`/newsroom/stories/${storyId}/preview?edition=lite`);
    await expect.poll(() => frame.locator('h1').first().textContent(), WAIT).toBe(edited);
  });

  it('shows who else has the story open', async () => {
    await ada.page.goto(`${origin}/newsroom/stories/${storyId}`);
    await bohdan.page.goto(`${origin}/newsroom/stories/${storyId}`);
    await expect.poll(() => bohdan.page.locator('#presence').textContent(), WAIT).toMatch(new RegExp(`Also open by:? ${ADA} \\(since \\d\\d:\\d\\d\\)`));
    // Ada reported before Bohdan arrived; her next report (on load here) names him.
    await ada.page.reload();
    await expect.poll(() => ada.page.locator('#presence').textContent(), WAIT).toMatch(new RegExp(`Also open by:? ${BOHDAN} \\(since \\d\\d:\\d\\d\\)`));
  });

  it('pauses autosave with a banner when someone else saved first, and loses nothing', async () => {
    await ada.page.goto(`${origin}/newsroom/stories/${storyId}`);
    await bohdan.page.goto(`${origin}/newsroom/stories/${storyId}`);
    const start = await serverStory(ada.context, storyId);

    const theirBody = 'Wersja Bohdana: rada przegłosowała plan 14 głosami. Версія Богдана.';
    await bohdan.page.getByLabel('Body', { exact: true }).fill(theirBody);
    await expect.poll(async () => (await serverStory(bohdan.context, storyId)).revision, WAIT).toBe(start.revision + 1);

    const myHeadline = `${HEADLINE} — wersja Ady`;
    await ada.page.getByLabel('Headline', { exact: true }).fill(myHeadline);
    const banner = ada.page.locator('.conflict-banner[role=alert]');
    await expect.poll(() => banner.textContent(), WAIT).toContain(`${BOHDAN} saved a newer version`);
    expect(await banner.textContent()).toContain('Body');
    // Nothing of Ada's was written, and her text is still in her field and in the banner.
    expect((await serverStory(ada.context, storyId)).revision).toBe(start.revision + 1);
    expect((await serverStory(ada.context, storyId)).title).not.toBe(myHeadline);
    expect(await ada.page.getByLabel('Headline', { exact: true }).inputValue()).toBe(myHeadline);
    expect(await ada.page.getByLabel('Your version').inputValue()).toContain(`Headline:\n${myHeadline}`);

    expect(await axeFindingsInScriptUi(ada.page)).toEqual([]);

    await ada.page.getByRole('button', { name: 'Copy my text' }).click();
    await expect.poll(() => ada.page.evaluate(() => navigator.clipboard.readText())).toContain(myHeadline);

    // Paused: more typing does not save while the banner waits for a choice.
    await ada.page.getByLabel('Standfirst', { exact: true }).fill('Krótki wstęp');
    await ada.page.waitForTimeout(4_000);
    expect((await serverStory(ada.context, storyId)).revision).toBe(start.revision + 1);

    await ada.page.getByRole('button', { name: 'Reload their version' }).click();
    expect(await banner.count()).toBe(0);
    expect(await ada.page.getByLabel('Body', { exact: true }).inputValue()).toBe(theirBody);
    expect(await ada.page.locator('#story-form').getAttribute('data-revision')).toBe(String(start.revision + 1));

    // Autosave resumes from their revision.
    await ada.page.getByLabel('Headline', { exact: true }).fill(myHeadline);
    await expect.poll(async () => (await serverStory(ada.context, storyId)).title, WAIT).toBe(myHeadline);
    expect((await serverStory(ada.context, storyId)).revision).toBe(start.revision + 2);
  });

  it('never autosaves a published story: only Save sends changes live, and the preview keeps the saved version', async () => {
    const page = ada.page;
    const live = 'Port w Nowej Przystani otwarty po remoncie — „to dopiero początek”, mówi burmistrzyni; мешканці святкують 🚢';
    await page.goto(`${origin}/newsroom/stories/new`);
    await page.getByLabel('Headline', { exact: true }).fill(live);
    await page.getByLabel('Body', { exact: true }).fill('Treść opublikowana. Опублікований текст.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/newsroom\/stories\/\d+\?done=created$/);
    const id = /stories\/(\d+)/.exec(page.url())![1]!;
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.waitForURL(/\?done=publish$/);
    const published = await serverStory(ada.context, id);

    expect(await page.locator('#story-form').getAttribute('data-autosave-url')).toBeNull();
    expect(await page.locator('#save-note').textContent()).toContain('your changes go live when you press Save');
    const frame = page.frameLocator('iframe[title="Preview"]');
    await expect.poll(() => frame.locator('h1').first().textContent(), WAIT).toBe(live);

    const halfTyped = `${live} — pół zda`;
    await page.getByLabel('Headline', { exact: true }).fill(halfTyped);
    await page.getByLabel('Body', { exact: true }).focus(); // leaving the field: an autosave trigger on drafts
    await page.waitForTimeout(4_500); // longer than the 3 s pause after which a draft autosaves
    expect(await serverStory(ada.context, id)).toEqual(published);
    expect(await frame.locator('h1').first().textContent()).toBe(live);
    expect(await page.locator('#editor-status').textContent()).toBe('');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\?done=save$/);
    expect(await serverStory(ada.context, id)).toEqual({ revision: published.revision + 1, title: halfTyped });
  });

  it('raised no CSP violation and no script error', () => {
    expect(cspViolations).toEqual([]);
  });
});
