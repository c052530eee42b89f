/**
 * Invalidation: every surface an article appears on is cached, keeps serving the old copy
 * while nothing is purged (proof the cache is really used), and shows the new version on
 * the very next request after `purgeCacheTags(tagsForArticle(...))`.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { articleTags, articles } from '../../src/db/schema';
import { feedPaths } from '../../src/feeds/feed-paths';
import { tagsForArticle } from '../../src/edge-cache/tags';
import { paths } from '../../src/model/urls';
import { purgeCacheTags } from '../../src/edge-cache/purge';
import { cacheKey } from '../../src/edge-cache/policy';
import { storeCopy } from '../../src/edge-cache/store';
import { backgroundWork, d1Queries, fetchSettled, testBindings } from './edge-cache-support';
import { db, ORIGIN, seedSampleNewsroom } from './support';

const published = sample.filter((a) => a.status === 'published');
const newest = [...published].sort((a, b) => (a.hoursAgo ?? 1) - (b.hoursAgo ?? 1))[0]!;
const draft = sample.find((a) => a.status === 'draft')!;

const longestWord = (text: string) => text.split(/[^A-Za-z]+/).reduce((a, b) => (b.length > a.length ? b : a), '');

/** The article's own pages, and every listing, feed and sitemap it shows on. */
const ownPages = (a: typeof newest) => [paths.article(a.slug), paths.articleJson(a.slug), `/lite${paths.article(a.slug)}`];
const listings = (a: typeof newest) => [
  paths.home(),
  '/lite',
  paths.section(a.section),
  paths.tag(a.tags[0]!),
  paths.author(a.author),
  feedPaths.site.rss,
  feedPaths.site.atom,
  feedPaths.site.json,
  feedPaths.section(a.section).rss,
  '/sitemaps/news.xml',
  `/search?q=${encodeURIComponent(longestWord(a.dek))}`,
];
/** The article sitemap lists URLs, not titles: it proves the unpublish rule. */
const urlLists = ['/sitemaps/articles-1.xml'];
const surfaces = (a: typeof newest) => [...ownPages(a), ...listings(a)];

async function purgeArticle(slug: string) {
  const [row] = await db().select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
  const seed = sample.find((a) => a.slug === slug)!;
  const work = backgroundWork();
  const result = await purgeCacheTags(env, work.waitUntil, tagsForArticle({ id: row!.id, sectionSlug: seed.section, authorSlug: seed.author, tagSlugs: seed.tags }));
  await work.settle();
  return result;
}

async function bodyOf(path: string) {
  const response = await fetchSettled(path);
  return { status: response.status, cacheStatus: response.headers.get('cache-status') ?? '', queries: d1Queries(response), text: await response.text() };
}

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('a change to a published article', () => {
  const marker = 'Retitled After Council Vote';

  it('is cached on every surface before the change', async () => {
    for (const path of surfaces(newest)) {
      const first = await bodyOf(path);
      expect(first.status, path).toBe(200);
      expect(first.text, path).not.toContain(marker);
      expect((await bodyOf(path)).cacheStatus, path).toMatch(/hit/);
    }
  });

  it('is not visible while nothing purges (the cache really answers)', async () => {
    await db().update(articles).set({ title: marker, updatedAt: new Date() }).where(eq(articles.slug, newest.slug));
    for (const path of surfaces(newest)) {
      const stale = await bodyOf(path);
      expect(stale.cacheStatus, path).toMatch(/hit/);
      expect(stale.queries, path).toBe(0);
      expect(stale.text, path).not.toContain(marker);
    }
  });

  it('shows everywhere on the very next request after the purge', async () => {
    const result = await purgeArticle(newest.slug);
    expect(result.tags).toEqual(expect.arrayContaining(['home', 'feeds', 'sitemaps', `section:${newest.section}`, `author:${newest.author}`]));
    // No zone credentials in tests and no Workers Cache in Miniflare: the purge is local only.
    expect(result.global).toEqual([{ via: 'none', ok: true }]);
    for (const path of surfaces(newest)) {
      const key = cacheKey(`${ORIGIN}${path}`);
      // Canonical copies are found through the tag index and deleted; copies with query
      // parameters (search) are never indexed: the purge generation retires them instead.
      if (new URL(key).search) expect(result.urls, path).not.toContain(key);
      else {
        expect(result.urls, path).toContain(key);
        expect(await caches.default.match(key), path).toBeUndefined();
      }
    }
    for (const path of surfaces(newest)) {
      const fresh = await bodyOf(path);
      expect(fresh.cacheStatus, path).toBe('edge-news; fwd=uri-miss; stored');
      expect(fresh.text, path).toContain(marker);
    }
  });

  it('leaves copies that do not show the article alone', async () => {
    const elsewhere = published.find((a) => a.section !== newest.section && a.author !== newest.author && !a.tags.some((t) => newest.tags.includes(t)))!;
    await bodyOf(paths.section(elsewhere.section));
    await purgeArticle(newest.slug);
    expect((await bodyOf(paths.section(elsewhere.section))).cacheStatus).toMatch(/hit/);
  });

  it('refreshes other articles that list it as related', async () => {
    const target = published.find((a) => published.some((b) => b.related?.includes(a.slug)))!;
    const referrer = published.find((b) => b.related?.includes(target.slug))!;
    const retitled = 'Related Story Gets A New Headline';
    await bodyOf(paths.article(referrer.slug));
    await db().update(articles).set({ title: retitled, updatedAt: new Date() }).where(eq(articles.slug, target.slug));
    expect((await bodyOf(paths.article(referrer.slug))).text).not.toContain(retitled);
    await purgeArticle(target.slug);
    expect((await bodyOf(paths.article(referrer.slug))).text).toContain(retitled);
  });
});

describe('publishing and unpublishing', () => {
  it('shows a newly published story at once, though its URL was a cached 404', async () => {
    const before = await bodyOf(paths.article(draft.slug));
    expect(before.status).toBe(404);
    expect((await bodyOf(paths.article(draft.slug))).cacheStatus).toMatch(/hit/);
    await bodyOf(paths.home());

    const now = new Date();
    const [row] = await db().update(articles).set({ status: 'published', publishedAt: now, updatedAt: now }).where(eq(articles.slug, draft.slug)).returning({ id: articles.id });
    await db().update(articleTags).set({ listedAt: now }).where(eq(articleTags.articleId, row!.id));
    await purgeArticle(draft.slug);

    expect((await bodyOf(paths.article(draft.slug))).status).toBe(200);
    expect((await bodyOf(paths.home())).text).toContain(paths.article(draft.slug));
    expect((await bodyOf(feedPaths.site.rss)).text).toContain(paths.article(draft.slug));
  });

  it('removes an unpublished story from every surface at once', async () => {
    const link = paths.article(newest.slug);
    for (const path of [...surfaces(newest), ...urlLists]) {
      expect((await bodyOf(path)).text, path).toContain(link);
      expect((await bodyOf(path)).cacheStatus, path).toMatch(/hit/);
    }
    const [row] = await db().update(articles).set({ status: 'unpublished', updatedAt: new Date() }).where(eq(articles.slug, newest.slug)).returning({ id: articles.id });
    await db().update(articleTags).set({ listedAt: null }).where(eq(articleTags.articleId, row!.id));
    await purgeArticle(newest.slug);

    for (const path of ownPages(newest)) expect((await bodyOf(path)).status, path).toBe(410);
    for (const path of [...listings(newest), ...urlLists]) {
      const page = await bodyOf(path);
      expect(page.text, path).not.toContain(`${link}"`);
      expect(page.text, path).not.toContain(`${link}<`);
    }
  });
});

describe('a render that overlaps a purge', () => {
  const copy = (key: string, renderStartedAt: number) => ({
    key,
    status: 200,
    headers: new Headers({ 'content-type': 'text/plain' }),
    body: new TextEncoder().encode('rendered').buffer as ArrayBuffer,
    tags: ['section:race'],
    freshSeconds: 60,
    renderStartedAt,
  });

  it('is not kept when it started before a purge of one of its tags', async () => {
    const key = `${ORIGIN}/race/before`;
    const startedAt = Date.now() - 50;
    const work = backgroundWork();
    await purgeCacheTags(env, work.waitUntil, ['section:race']);
    await storeCopy(testBindings(), copy(key, startedAt));
    expect(await caches.default.match(key)).toBeUndefined();
  });

  it('is kept when it started after the purge, and a later purge finds it', async () => {
    const key = `${ORIGIN}/race/after`;
    await storeCopy(testBindings(), copy(key, Date.now() + 1));
    expect(await caches.default.match(key)).toBeDefined();
    const work = backgroundWork();
    expect((await purgeCacheTags(env, work.waitUntil, ['section:race'])).urls).toContain(key);
    expect(await caches.default.match(key)).toBeUndefined();
  });
});

describe('large tag sets', () => {
  it('stores and purges copies with more tags than one D1 statement can bind', async () => {
    const many = Array.from({ length: 120 }, (_, i) => `article:${100_000 + i}`);
    const key = `${ORIGIN}/many-tags`;
    await storeCopy(testBindings(), {
      key,
      status: 200,
      headers: new Headers({ 'content-type': 'text/plain' }),
      body: new TextEncoder().encode('listing').buffer as ArrayBuffer,
      tags: many,
      freshSeconds: 60,
      renderStartedAt: Date.now() + 1,
    });
    expect(await caches.default.match(key)).toBeDefined();
    const work = backgroundWork();
    const result = await purgeCacheTags(env, work.waitUntil, many.slice(100));
    await work.settle();
    expect(result.urls).toEqual([key]);
    expect(result.tags).toHaveLength(22);
    expect(await caches.default.match(key)).toBeUndefined();
    expect((await purgeCacheTags(env, work.waitUntil, many)).urls).toEqual([]);
  });
});
