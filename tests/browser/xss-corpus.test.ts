/**
 * XSS payloads saved through the editor API, published, then opened on the public article
 * page in Chromium: no script may run (alert/confirm/prompt and a global flag are hooked
 * before any page script), and the rendered body holds no script, handler or javascript: URL.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createEditorToken } from './editor-token';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');

/** Each payload tries to call alert() or set window.__xss; Markdown and HTML bodies alike. */
type Payload = { format: 'html' | 'markdown'; body: string };
const PAYLOADS: Payload[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<img src="https://127.0.0.1/none.png" onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r=1></svg>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href=" JaVaScRiPt:window.__xss=1">click</a>',
  '<a href="&#106;avascript:window.__xss=1">click</a>',
  '<a href="java\tscript:window.__xss=1">click</a>',
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<body onload="window.__xss=1">',
  '<details open ontoggle="window.__xss=1"><summary>x</summary></details>',
  '<input autofocus onfocus="window.__xss=1">',
  '<p style="background:url(javascript:window.__xss=1)">styled</p>',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '"><img src=x onerror=window.__xss=1>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<template><img src=x onerror=window.__xss=1></template>',
  '<h1 onclick="window.__xss=1">Headline</h1>',
].map((body): Payload => ({ format: 'html', body: `<p>Payload follows.</p>${body}` }))
  .concat([
    '[click](javascript:window.__xss=1)',
    '![x](x" onerror="window.__xss=1)',
    '<img src=x onerror=window.__xss=1>',
    '[a](&#106;avascript:window.__xss=1)',
  ].map((body): Payload => ({ format: 'markdown', body: `Payload follows.\n\n${body}` })));

let browser: Browser;
let page: Page;
let token: string;
const dialogs: string[] = [];
/** Slug of the published article holding each payload, in PAYLOADS order. */
const slugs: string[] = [];
/** Ids of those articles, trashed after the run so later browser files see the seeded site. */
const ids: number[] = [];

async function api(path: string, method: string, json?: unknown) {
  const res = await fetch(`${baseUrl}/api/v1/editor${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return { status: res.status, body: (await res.json()) as { id: number; slug: string; bodyHtml: string } };
}

/** Saves and publishes one payload through the editor API; returns the article's slug. */
async function publishPayload(payload: (typeof PAYLOADS)[number], i: number) {
  const created = await api('/articles', 'POST', { title: `XSS probe ${i}`, section: 'world', body: payload.body, bodyFormat: payload.format });
  if (created.status !== 201) throw new Error(`create ${i}: ${created.status}`);
  const published = await api(`/articles/${created.body.id}/publish`, 'POST');
  if (published.status !== 200) throw new Error(`publish ${i}: ${published.status}`);
  ids.push(created.body.id);
  return created.body.slug;
}

beforeAll(async () => {
  token = createEditorToken(persistTo, 'editor', 'xss-corpus');
  for (let i = 0; i < PAYLOADS.length; i += 4) {
    slugs.push(...(await Promise.all(PAYLOADS.slice(i, i + 4).map((p, j) => publishPayload(p, i + j)))));
  }
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // Runs before any script of the page: a payload that gets to run trips the flag.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    for (const name of ['alert', 'confirm', 'prompt']) w[name] = () => (w.__xss = `called ${name}`);
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  for (const id of ids) await api(`/articles/${id}`, 'DELETE');
});

describe('XSS corpus saved through the editor API, on the public article page', () => {
  it.each(PAYLOADS.map((p, i) => [i, p.format, p.body] as const))('payload %i (%s) runs no script: %s', async (i) => {
    const response = await page.goto(`${baseUrl}/articles/${slugs[i]}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('article .body').textContent()).resolves.toContain('Payload follows.');
    const report = await page.evaluate(() => {
      const body = document.querySelector('article .body')!;
      const elements = [...body.querySelectorAll('*')];
      return {
        flag: (window as unknown as Record<string, unknown>).__xss ?? null,
        active: body.querySelectorAll('script, iframe, object, embed, style, form, svg, base, meta, input').length,
        handlers: elements.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
        badUrls: elements.flatMap((el) =>
          ['href', 'src', 'action', 'data'].flatMap((name) => {
            const value = el.getAttribute(name);
            return value && /^\s*(javascript|data|vbscript):/i.test(value) ? [`${el.tagName}[${name}]`] : [];
          }),
        ),
        styles: elements.filter((el) => el.hasAttribute('style')).length,
      };
    });
    expect(report).toEqual({ flag: null, active: 0, handlers: [], badUrls: [], styles: 0 });
    expect(dialogs).toEqual([]);
  });
});
