import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, uiStrings } from '../../src/i18n';
import { articles as sample, sections, tags } from '../../seed/content';
import { env } from 'cloudflare:workers';
import { renderStaleFragments } from '../../src/article-render/backlog';
import { db, ORIGIN, request, requestUncached, seedSampleNewsroom } from './support';

const published = sample.filter((a) => a.status === 'published');
const hidden = sample.filter((a) => a.status !== 'published');
const newestFirst = [...published].sort((a, b) => (a.hoursAgo ?? 1) - (b.hoursAgo ?? 1));
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

beforeAll(async () => {
  await seedSampleNewsroom();
});

async function page(path: string, status = 200) {
  const res = await request(path);
  expect(res.status, path).toBe(status);
  expect(res.headers.get('content-type'), path).toContain('text/html');
  return { html: await res.text(), tags: (res.headers.get('cache-tag') ?? '').split(',') };
}

/** Article slugs linked from <main>, in order (a list page's stories). */
const articleLinks = (html: string) =>
  [...(html.split('<main')[1] ?? '').matchAll(/href="(?:\/lite)?\/articles\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
const nextLink = (html: string) => /<a href="([^"]+)" rel="next">/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;

/** Follows "Older stories" links from `path`, returning every page's HTML. */
async function allPages(path: string) {
  const pages: string[] = [];
  for (let next: string | null = path; next && pages.length < 40; ) {
    const { html } = await page(next);
    pages.push(html);
    next = nextLink(html);
  }
  return pages;
}

describe('front page', () => {
  it('shows the lead story, the latest stories and a block per section', async () => {
    const { html, tags: cacheTags } = await page('/');
    expect(html).toMatch(new RegExp(`<h2 id="lead-story"><a href="/articles/${newestFirst[0]!.slug}">`));
    for (const section of sections) expect(html).toContain(`<h2 id="section-${section.slug}" class="block-title"><a href="/sections/${section.slug}">`);
    expect(html).toContain('<nav aria-label="Sections">');
    expect(cacheTags).toContain('home');
    const listed = new Set(articleLinks(html));
    expect(listed.size).toBeGreaterThan(11);
    // Every article linked is declared, so a change to any of them purges the page.
    expect(cacheTags.filter((t) => t.startsWith('article:')).length).toBe(listed.size);
  });

  it('pages through every public story with keyset cursors, newest first, once each', async () => {
    const pages = await allPages('/');
    expect(pages.length).toBe(Math.ceil(published.length / 11));
    const [first, ...rest] = pages;
    // Page one: lead plus latest come before the section blocks.
    const firstLatest = articleLinks(first!.split('class="block"')[0]!);
    const slugs = [...new Set(firstLatest), ...rest.flatMap(articleLinks)];
    expect(slugs).toEqual(newestFirst.map((a) => a.slug));
    expect(nextLink(first!)).toMatch(/^\/\?cursor=[A-Za-z0-9_-]+$/);
  });

  it.each(['not-a-cursor', 'eyJ4IjoxfQ', '%00', 'A'.repeat(300)])('answers a bad cursor %s with a 400 page', async (cursor) => {
    const { html } = await page(`/?cursor=${encodeURIComponent(cursor)}`, 400);
    expect(html).toContain('This page link is not valid');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
  });
});

describe('section, tag and author pages', () => {
  const cases = [
    { path: '/sections/business', tag: 'section:business', expected: newestFirst.filter((a) => a.section === 'business') },
    { path: '/tags/transit', tag: 'tag:transit', expected: newestFirst.filter((a) => a.tags.includes('transit')) },
    { path: '/authors/maya-okafor', tag: 'author:maya-okafor', expected: newestFirst.filter((a) => a.author === 'maya-okafor') },
  ];

  it.each(cases)('$path lists its public stories newest first across pages', async ({ path, tag, expected }) => {
    const pages = await allPages(path);
    expect(pages.flatMap(articleLinks)).toEqual(expected.map((a) => a.slug));
    const { html, tags: cacheTags } = await page(path);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(cacheTags).toContain(tag);
    expect(cacheTags).toContain(`article:${cacheTags.find((t) => t.startsWith('article:'))!.slice(8)}`);
  });

  it('names the section, describes it, and the author page shows the bio', async () => {
    expect((await page('/sections/science')).html).toContain('<h1>Science</h1>');
    expect((await page('/authors/priya-raman')).html).toContain('marine biologist');
    expect((await page(`/tags/${tags[0]!.slug}`)).html).toContain(`<h1>${tags[0]!.name}</h1>`);
  });

  it.each(['/sections/no-such-section', '/tags/no-such-tag', '/authors/nobody', '/lite/sections/nope'])('gives %s a friendly 404 page', async (path) => {
    const { html } = await page(path, 404);
    expect(html).toContain('We can’t find that page');
    expect(html).toMatch(/<a href="\/(lite)?">Go to the front page<\/a>/);
  });

  it('answers a bad cursor on a listing with a 400 page', async () => {
    await page('/tags/transit?cursor=WzEsMl0x', 400);
  });
});

describe('drafts and scheduled stories', () => {
  const leaks = (html: string) =>
    hidden.filter((a) => html.includes(a.slug) || html.includes(a.title) || html.includes(escapeHtml(a.title))).map((a) => a.slug);

  it('appear on no reader page of any kind, full or lite', async () => {
    const paths = [
      '/',
      '/lite',
      ...sections.map((s) => `/sections/${s.slug}`),
      ...[...new Set(hidden.flatMap((a) => a.tags))].map((t) => `/tags/${t}`),
      ...[...new Set(hidden.map((a) => a.author))].map((a) => `/authors/${a}`),
      ...[...new Set(hidden.map((a) => a.section))].map((s) => `/lite/sections/${s}`),
    ];
    for (const path of paths) for (const html of await allPages(path)) expect(leaks(html), path).toEqual([]);
    for (const story of hidden) {
      const lite = await request(`/lite/articles/${story.slug}`);
      expect(lite.status).toBe(404);
      // (Its canonical link repeats the requested address, so only the title is checked.)
      expect(await lite.text()).not.toContain(escapeHtml(story.title));
      // A search page echoes what the reader typed, so only its results are checked.
      for (const query of [story.title, story.slug.replace(/-/g, ' '), story.title.split(/\W+/)[0]!]) {
        const { html } = await page(`/search?q=${encodeURIComponent(query)}`);
        expect(html).toContain('<h2 id="results">');
        const results = /<ul class="list">.*?<\/ul>/s.exec(html)?.[0] ?? '';
        expect(leaks(results), query).toEqual([]);
        expect(articleLinks(html).filter((slug) => hidden.some((a) => a.slug === slug)), query).toEqual([]);
      }
    }
    expect(hidden.length).toBeGreaterThanOrEqual(4);
  });
});

describe('article page', () => {
  const story = published.find((a) => a.heroImage && a.sources?.length && a.related?.length)!;

  it('has everything a reader needs, within the 30 KB budget', async () => {
    const { html, tags: cacheTags } = await page(`/articles/${story.slug}`);
    expect(new TextEncoder().encode(html).length).toBeLessThanOrEqual(30 * 1024);
    expect(html).toContain('<a class="skip" href="#content">');
    expect(html).toContain('<nav aria-label="Sections">');
    expect(html).toContain(`<h1>${escapeHtml(story.title)}</h1>`);
    expect(html).toContain(`href="/authors/${story.author}" rel="author"`);
    expect(html).toMatch(/Published <time datetime="\d{4}-\d\d-\d\dT[^"]+Z">/);
    expect(html).toContain(`alt="${escapeHtml(story.heroImage!.alt)}"`);
    expect(html).toContain(`<figcaption>${escapeHtml(story.heroImage!.caption)}`);
    expect(html).toContain('<h2 id="sources">Sources</h2>');
    expect(html).toContain('<h2 id="previously">Previously reported</h2>');
    expect(html).toContain('<h2 id="topics">Topics</h2>');
    expect(html).toContain(`<link rel="alternate" href="/lite/articles/${story.slug}"`);
    expect(html).toContain(`<a href="/lite/articles/${story.slug}">Lite version</a>`);
    expect(cacheTags).toContain('taxonomy');
  });

  it('falls back to English strings for a language without a dictionary', () => {
    expect(uiStrings('de').skipToContent).toBe('Skip to content');
    expect(uiStrings('pl-PL').skipToContent).toBe('Przejdź do treści');
    expect(formatDateTime('2026-03-05T09:07:00.000Z', 'pl')).toBe('5 marca 2026 09:07 UTC');
    expect(formatDateTime('2026-03-05T09:07:00.000Z', 'en')).toBe('5 March 2026 at 09:07 UTC');
  });

  it('speaks Polish on a Polish article', async () => {
    const polish = published.find((a) => a.language === 'pl')!;
    const { html } = await page(`/articles/${polish.slug}`);
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('Przejdź do treści');
    expect(html).toMatch(/Opublikowano <time datetime=/);
    expect(html).not.toContain('Skip to content');
  });
});

describe('lite edition', () => {
  const story = published.find((a) => a.heroImage && a.related?.length)!;

  it.each(['/lite', `/lite/articles/${story.slug}`, '/lite/sections/world', '/lite/search?q=harbor'])(
    '%s is text only, under 10 KB, and keeps readers in /lite',
    async (path) => {
      const { html } = await page(path);
      expect(new TextEncoder().encode(html).length).toBeLessThan(10 * 1024);
      expect(html).not.toMatch(/<img|<picture|<svg|rel="stylesheet"/);
      // Its one script is the breaking-news banner's (views/edition.ts, docs/alerts.md).
      expect(html.match(/<script[^>]*>/g)).toEqual(['<script data-alert-script="">']);
      expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${path.slice(5).split('?')[0] || '/'}`);
      const main = html.split('<main')[1]!;
      const internal = [...main.matchAll(/(?:href|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(internal.length).toBeGreaterThan(0);
      expect(internal.filter((href) => href.startsWith('/lite')).length).toBeGreaterThan(0);
      // No link to a full-edition reader page (other links, like share redirects, leave the site).
      for (const href of internal) expect(href).not.toMatch(/^\/(articles|sections|tags|authors|search)\b|^\/(\?|#|$)/);
    },
  );

  it('links back to the full page with "Exit lite version"', async () => {
    const { html } = await page(`/lite/articles/${story.slug}`);
    expect(html).toContain(`<a href="/articles/${story.slug}">Exit lite version</a>`);
    expect(html).toContain(`<h1>${escapeHtml(story.title)}</h1>`);
    expect(html).not.toContain('<figure');
    const home = await page('/lite');
    expect(home.html).toContain('<a href="/">Exit lite version</a>');
  });

  it('keeps a lite reader in lite when following a page link', async () => {
    const { html } = await page('/lite');
    expect(nextLink(html)).toMatch(/^\/lite\?cursor=/);
    const older = await page(nextLink(html)!);
    expect(articleLinks(older.html).length).toBeGreaterThan(0);
    expect(older.html).toContain('Exit lite version');
  });
});

describe('D1 work per page', () => {
  const story = published.find((a) => a.related?.length)!;
  // The seed writes straight into D1, so every article fragment is stale (src/article-render):
  // render them as the cron would, so what is pinned below is the fresh path.
  beforeAll(async () => {
    while ((await renderStaleFragments(db(), env, 50)) > 0);
  });
  // Each request evicts its stored copy first, so the handler really runs.
  it.each([
    ['/', 1],
    ['/?cursor=WzE3OTU0NzkwNDg1NDIsM10', 1],
    ['/sections/world', 1],
    ['/tags/transit', 1],
    ['/authors/maya-okafor', 1],
    ['/search?q=harbor', 1],
    ['/lite', 1],
    [`/articles/${story.slug}`, 1],
  ] as const)('%s renders in %i D1 round trip(s), however many stories it lists', async (path, roundTrips) => {
    const res = await requestUncached(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-status') ?? '').not.toMatch(/hit/);
    const timing = /d1;[^,]*desc="(\d+) quer/.exec(res.headers.get('server-timing') ?? '');
    expect(Number(timing?.[1])).toBe(roundTrips);
  });

  it('an article whose fragment is stale (just changed) renders in full, still in 1 D1 round trip', async () => {
    await env.DB.prepare('update article_renders set stale = 1 where article_id = (select id from articles where slug = ?)').bind(story.slug).run();
    const res = await requestUncached(`/articles/${story.slug}`);
    expect(res.status).toBe(200);
    const timing = res.headers.get('server-timing') ?? '';
    expect(Number(/d1;[^,]*desc="(\d+) quer/.exec(timing)?.[1])).toBe(1);
    expect(timing).toContain('article;desc="full-render"');
  });
});
