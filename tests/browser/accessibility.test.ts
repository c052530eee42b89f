/**
 * Markup validity (html-validate, recommended preset) and accessibility (axe-core in
 * Chromium) of every kind of reader page, full and lite, as served by `wrangler dev`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articles } from '../../seed/content';
import { launchChromium } from '../support/chromium';

const baseUrl = inject('baseUrl');
const story = articles.find((a) => a.status === 'published' && a.heroImage && a.sources?.length && a.related?.length)!;
const polish = articles.find((a) => a.status === 'published' && a.language === 'pl')!;

const PAGES = [
  '/',
  `/articles/${story.slug}`,
  `/articles/${polish.slug}`,
  '/sections/business',
  '/tags/transit',
  '/authors/maya-okafor',
  '/search',
  '/search?q=harbor+budget',
  '/search?q=%22NEAR(',
  '/lite',
  `/lite/articles/${story.slug}`,
  '/lite/search?q=harbor',
  '/sections/no-such-section',
];

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Hono's JSX writes void elements as `<meta/>`; both spellings are valid HTML.
    'void-style': 'off',
    // `<!doctype html>`: the HTML spec makes the doctype case-insensitive; we write it lowercase.
    'doctype-style': 'off',
    // Titles are "headline · site name": newsroom headlines are long by nature.
    'long-title': 'off',
  },
});

describe('html-validate', () => {
  it.each(PAGES)('%s has no errors', async (path) => {
    const res = await fetch(baseUrl + path);
    expect([200, 404]).toContain(res.status);
    const report = await validator.validateString(await res.text(), path);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(errors).toEqual([]);
  });
});

describe('axe-core in Chromium', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // axe takes seconds a page: one of each kind of page, not every page validated above.
  const AXE_PAGES = ['/', `/articles/${story.slug}`, `/articles/${polish.slug}`, '/tags/transit', '/search?q=harbor+budget', `/lite/articles/${story.slug}`, '/sections/no-such-section'];

  it.each(AXE_PAGES)('%s has no serious or critical violations', async (path) => {
    // axe is injected as a script; the site's CSP (rightly) forbids that, so this context bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await context.close();
  });
});
