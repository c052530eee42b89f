/**
 * The breaking-news banner in Chromium against `wrangler dev`: an editor raises an alert
 * through the API, a reader's article page shows it in a polite status region (the CSP
 * allows the script by its hash: this context does not bypass it), axe finds nothing
 * serious, and removing it takes it away. The lite twin shows it as well: the banner's is
 * the one script the lite edition keeps (views/edition.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articles } from '../../seed/content';
import { launchChromium } from '../support/chromium';
import { createEditorToken } from './editor-token';

const baseUrl = inject('baseUrl');
const story = articles.find((a) => a.status === 'published' && a.language === 'en')!;
const target = articles.find((a) => a.status === 'published' && a.slug !== story.slug)!;
const HEADLINE = 'Терміново: у Львові знеструмлено три райони після удару по підстанції ⚡ — «ремонт триває»';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let token: string;
let alertId: number;

beforeAll(async () => {
  token = createEditorToken(inject('persistTo'), 'editor', 'alerts-browser');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const editorApi = (path: string, init: RequestInit = {}) =>
  fetch(`${baseUrl}/api/v1/editor${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });

/** A fresh context (empty HTTP cache) with the site's CSP in force; CSP violations are collected. */
async function openPage(path: string, violations: string[] = []): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(baseUrl + path);
  return page;
}

async function seriousAxeViolations(path: string) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  await page.getByRole('status').filter({ hasText: HEADLINE }).waitFor();
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact }));
  });
  await context.close();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('breaking-news banner', () => {
  it('no alert: the region is there, empty and takes no space', async () => {
    const page = await openPage(`/articles/${story.slug}`);
    const region = page.locator('[data-alert-banner]');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.boundingBox()).toBeNull();
    await page.context().close();
  });

  it('an alert raised through the API appears on the article page, politely announced, linking to the story', async () => {
    const res = await editorApi('/alerts', { method: 'POST', body: JSON.stringify({ text: HEADLINE, url: `/articles/${target.slug}`, language: 'uk' }) });
    expect(res.status).toBe(201);
    alertId = ((await res.json()) as { id: number }).id;

    const violations: string[] = [];
    const page = await openPage(`/articles/${story.slug}`, violations);
    const status = page.getByRole('status').filter({ hasText: HEADLINE });
    await status.waitFor();
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.locator('strong').textContent()).toBe('Breaking');
    const link = status.getByRole('link', { name: HEADLINE });
    expect(await link.getAttribute('href')).toBe(`${baseUrl}/articles/${target.slug}`);
    expect(await link.getAttribute('lang')).toBe('uk');
    expect(violations).toEqual([]);
    await link.click();
    await page.waitForURL(`${baseUrl}/articles/${target.slug}`);
    await page.context().close();
  });

  it('axe finds no serious or critical violation with the banner shown', async () => {
    expect(await seriousAxeViolations(`/articles/${story.slug}`)).toEqual([]);
  });

  it('the page markup with the slot is valid HTML, full and lite', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'doctype-style': 'off', 'long-title': 'off' } });
    for (const path of [`/articles/${story.slug}`, `/lite/articles/${story.slug}`]) {
      const report = await validator.validateString(await (await fetch(baseUrl + path)).text(), path);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`)), path).toEqual([]);
    }
  });

  it('the lite twin shows the banner too, in the same polite region (its only script is the banner\'s)', async () => {
    const violations: string[] = [];
    const page = await openPage(`/lite/articles/${story.slug}`, violations);
    const status = page.getByRole('status').filter({ hasText: HEADLINE });
    await status.waitFor();
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('script').count()).toBe(1);
    expect(await status.getByRole('link', { name: HEADLINE }).getAttribute('href')).toBe(`${baseUrl}/articles/${target.slug}`);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('removing the alert takes it off the next page view', async () => {
    expect((await editorApi(`/alerts/${alertId}`, { method: 'DELETE' })).status).toBe(200);
    const page = await (await browser.newContext()).newPage();
    const answered = page.waitForResponse((r) => r.url() === `${baseUrl}/api/v1/alerts`);
    await page.goto(`${baseUrl}/articles/${story.slug}`);
    const body = (await (await answered).json()) as { items: { id: number }[] };
    expect(body.items.map((a) => a.id)).not.toContain(alertId);
    // The script writes right after that answer; network idle is well after it.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-alert-banner]').textContent()).toBe('');
    await page.context().close();
  });
});
