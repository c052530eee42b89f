import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample, authors, sections, tags } from '../../seed/content';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';
import { eq } from 'drizzle-orm';
import { articles } from '../../src/db/schema';
import { apiLists } from '../../src/routes/api-lists';
import { feeds } from '../../src/routes/feeds';
import { sitemaps } from '../../src/routes/sitemaps';
import { cacheTagsOf, probeRoute, requestUncached } from './cache-tags-probe';

const published = sample.filter((a) => a.status === 'published');
const newestFirst = [...published].sort((a, b) => (a.hoursAgo ?? 1) - (b.hoursAgo ?? 1));

interface List<T = Record<string, any>> { items: T[]; nextCursor: string | null }

beforeAll(async () => {
  await seedSampleNewsroom();
});

async function getList(path: string): Promise<List> {
  const res = await request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  const text = await res.text();
  expect(text).not.toMatch(/Draft|Embargoed/);
  return JSON.parse(text);
}

/** Follows nextCursor to the end, checking every page's size. */
async function collect(path: string, limit: number) {
  const all: Record<string, any>[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await getList(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    if (page.nextCursor) expect(page.items).toHaveLength(limit);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

async function expectError(path: string, status: number, code: string) {
  const res = await request(path);
  expect(res.status).toBe(status);
  const body = await res.json<{ error: { code: string; message: string; details: unknown } }>();
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error).toHaveProperty('details');
  return body.error;
}

describe('GET /api/v1/articles', () => {
  it('returns 20 public articles newest first with absolute urls and ISO dates', async () => {
    const page = await getList('/api/v1/articles');
    expect(page.items).toHaveLength(20);
    expect(page.items.map((i) => i.slug)).toEqual(newestFirst.slice(0, 20).map((a) => a.slug));
    const first = page.items[0]!;
    expect(Object.keys(first).sort()).toEqual(
      ['apiUrl', 'dek', 'heroImage', 'id', 'language', 'publishedAt', 'section', 'slug', 'title', 'url'].sort(),
    );
    expect(first.url).toBe(`${ORIGIN}/articles/${first.slug}`);
    expect(first.apiUrl).toBe(`${ORIGIN}/api/v1/articles/${first.slug}`);
    expect(new Date(first.publishedAt).toISOString()).toBe(first.publishedAt);
    expect(typeof page.nextCursor).toBe('string');
  });

  it('pages with cursors through every public article exactly once', async () => {
    const all = await collect('/api/v1/articles', 7);
    expect(all.map((i) => i.slug)).toEqual(newestFirst.map((a) => a.slug));
  });

  it('caps limit at 50', async () => {
    const page = await getList('/api/v1/articles?limit=500');
    expect(page.items).toHaveLength(published.length);
    expect(page.nextCursor).toBeNull();
  });

  it.each(['section', 'tag', 'author'] as const)('filters by %s and pages within the filter', async (filter) => {
    const value = { section: 'world', tag: 'twin-cities', author: 'maya-okafor' }[filter];
    const expected = newestFirst.filter((a) => (filter === 'tag' ? a.tags.includes(value) : a[filter] === value));
    expect(expected.length).toBeGreaterThan(2);
    const all = await collect(`/api/v1/articles?${filter}=${value}`, 2);
    expect(all.map((i) => i.slug)).toEqual(expected.map((a) => a.slug));
  });

  it('combines filters', async () => {
    const expected = newestFirst.filter((a) => a.section === 'world' && a.tags.includes('twin-cities'));
    const all = await collect('/api/v1/articles?section=world&tag=twin-cities', 1);
    expect(all.map((i) => i.slug)).toEqual(expected.map((a) => a.slug));
  });

  it.each([
    ['/api/v1/articles?limit=0', 'limit'],
    ['/api/v1/articles?limit=-3', 'limit'],
    ['/api/v1/articles?limit=ten', 'limit'],
    ['/api/v1/articles?limit=1.5', 'limit'],
    ['/api/v1/articles?cursor=not-a-cursor', 'cursor'],
    ['/api/v1/articles?cursor=%22%3C%3E', 'cursor'],
    ['/api/v1/articles?section=Not%20A%20Slug', 'section'],
  ])('rejects %s with a 400 naming %s', async (path, parameter) => {
    const error = await expectError(path, 400, 'invalid_parameter');
    expect(error.details).toEqual({ parameter });
  });

  it('answers 404 for a filter naming nothing', async () => {
    const error = await expectError('/api/v1/articles?tag=no-such-tag', 404, 'not_found');
    expect(error.details).toEqual({ parameter: 'tag' });
  });
});

describe('taxonomy lists', () => {
  it('lists sections in menu order', async () => {
    const page = await getList('/api/v1/sections');
    expect(page.items.map((s) => s.slug)).toEqual(sections.map((s) => s.slug));
    expect(page.items[0]).toMatchObject({ url: `${ORIGIN}/sections/${sections[0]!.slug}`, name: sections[0]!.name });
    expect(page.nextCursor).toBeNull();
  });

  it('pages through tags and authors by slug', async () => {
    expect((await collect('/api/v1/tags', 4)).map((t) => t.slug)).toEqual(tags.map((t) => t.slug).sort());
    const all = await collect('/api/v1/authors', 2);
    expect(all.map((a) => a.slug)).toEqual(authors.map((a) => a.slug).sort());
    expect(all[0]).toMatchObject({ url: `${ORIGIN}/authors/${all[0]!.slug}` });
  });

  it('rejects a forged taxonomy cursor', async () => {
    await expectError('/api/v1/tags?cursor=eyJub3BlIjoxfQ', 400, 'invalid_parameter');
  });
});

describe('GET /api/v1/search', () => {
  it('finds public articles only, with highlighted snippets', async () => {
    const page = await getList('/api/v1/search?q=harbor');
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(published.map((a) => a.slug)).toContain(item.slug);
      expect(item.url).toBe(`${ORIGIN}/articles/${item.slug}`);
    }
    expect(page.items.some((i) => i.snippetHtml.includes('<mark>'))).toBe(true);
  });

  it('never returns drafts or embargoed stories', async () => {
    for (const hidden of sample.filter((a) => a.status !== 'published')) {
      const word = hidden.title.split(/\s+/).find((w) => /Draft|Embargoed/.test(w)) ?? hidden.title.split(/\s+/)[0]!;
      const page = await getList(`/api/v1/search?q=${encodeURIComponent(word)}&limit=50`);
      expect(page.items.map((i) => i.slug)).not.toContain(hidden.slug);
    }
  });

  it('pages search results with cursors', async () => {
    const all = await collect('/api/v1/search?q=the', 3);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(3);
  });

  it.each(['/api/v1/search', '/api/v1/search?q=%20%20', `/api/v1/search?q=${'a'.repeat(201)}`])('rejects %s', async (path) => {
    await expectError(path, 400, 'invalid_parameter');
  });

  it('treats FTS syntax in q as plain words', async () => {
    // `"NEAR(` is the word "near", not an FTS5 operator: results, not a 500.
    const asSyntax = await getList('/api/v1/search?q=%22NEAR(%20*%20AND');
    const asWord = await getList('/api/v1/search?q=near%20and');
    expect(asSyntax.items.map((i) => i.id)).toEqual(asWord.items.map((i) => i.id));
    expect((await getList('/api/v1/search?q=%22%20*%20(')).items).toEqual([]);
  });
});

describe('cache tags', () => {
  it('tags article lists with the lists, the filters and every listed article', async () => {
    const tags = await cacheTagsOf(apiLists, '/api/v1/articles?section=world&author=maya-okafor&limit=50', '/api/v1');
    expect(tags).toEqual(expect.arrayContaining(['article-lists', 'section:world', 'author:maya-okafor']));
    const listed = published.filter((a) => a.section === 'world' && a.author === 'maya-okafor').length;
    expect(tags.filter((t) => t.startsWith('article:'))).toHaveLength(listed);
    expect(await cacheTagsOf(apiLists, '/api/v1/articles?tag=transit', '/api/v1')).toContain('tag:transit');
  });
  it('tags taxonomy lists and search', async () => {
    for (const path of ['/api/v1/sections', '/api/v1/tags', '/api/v1/authors']) {
      expect(await cacheTagsOf(apiLists, path, '/api/v1')).toContain('taxonomy');
    }
    // Tags and authors are listed once a public story uses them: every publish or withdrawal purges them.
    for (const path of ['/api/v1/tags', '/api/v1/authors']) {
      expect(await cacheTagsOf(apiLists, path, '/api/v1')).toContain('article-lists');
    }
    expect(await cacheTagsOf(apiLists, '/api/v1/search?q=harbor', '/api/v1')).toContain('search');
  });
  it.each([
    '/api/v1/articles',
    '/api/v1/articles?tag=transit',
    '/api/v1/articles?section=world&author=maya-okafor',
    '/api/v1/sections',
    '/api/v1/tags',
    '/api/v1/authors',
    '/api/v1/search?q=harbor',
  ])('%s costs one D1 round trip', async (path) => {
    expect((await probeRoute(apiLists, path, '/api/v1')).d1RoundTrips).toBe(1);
  });
});

// Last in the file: it withdraws two stories for good.
describe('withdrawn stories', () => {
  it('leave the feeds, sitemaps, lists and search at once', async () => {
    const [trashed, unpublished] = [newestFirst[0]!, newestFirst[1]!];
    const searchFor = (story: typeof trashed) =>
      `/api/v1/search?q=${encodeURIComponent(story.title.split(' ').slice(0, 3).join(' '))}&limit=50`;
    // Before: every surface shows them (so "absent" below means withdrawn, not never there).
    for (const story of [trashed, unpublished]) {
      expect(await (await requestUncached(apiLists, searchFor(story), '/api/v1')).text()).toContain(`/articles/${story.slug}`);
      expect(await (await requestUncached(feeds, '/feed.xml')).text()).toContain(`/articles/${story.slug}`);
    }
    await db().update(articles).set({ deletedAt: new Date() }).where(eq(articles.slug, trashed.slug));
    await db().update(articles).set({ status: 'unpublished' }).where(eq(articles.slug, unpublished.slug));
    const surfaces: [typeof feeds, string, string?][] = [
      [feeds, '/feed.xml'],
      [feeds, '/atom.xml'],
      [feeds, '/feed.json'],
      [feeds, `/sections/${trashed.section}/feed.json`],
      [sitemaps, '/sitemaps/articles-1.xml'],
      [sitemaps, '/sitemaps/news.xml'],
      [apiLists, '/api/v1/articles?limit=50', '/api/v1'],
      [apiLists, `/api/v1/articles?section=${unpublished.section}&limit=50`, '/api/v1'],
      [apiLists, searchFor(trashed), '/api/v1'],
      [apiLists, searchFor(unpublished), '/api/v1'],
    ];
    for (const [app, path, base] of surfaces) {
      const res = await requestUncached(app, path, base);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expect(text, path).not.toContain(`/articles/${trashed.slug}`);
      expect(text, path).not.toContain(`/articles/${unpublished.slug}`);
    }
    // The lists still hold everything else.
    const rest = await (await requestUncached(apiLists, '/api/v1/articles?limit=50', '/api/v1')).json<List>();
    expect(rest.items).toHaveLength(published.length - 2);
  });
});
