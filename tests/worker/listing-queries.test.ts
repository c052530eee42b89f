import { env } from 'cloudflare:workers';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, authors, sections, tags } from '../../src/db/schema';
import { articles as sample } from '../../seed/content';
import { decodeCursor, encodeCursor, parseCursorParam } from '../../src/model/cursor';
import {
  listLatest,
  loadAuthorListing,
  loadHome,
  loadSectionListing,
  loadTagListing,
  sectionBlocksQuery,
  summariesQuery,
  tagSummariesQuery,
  type ListingPage,
} from '../../src/queries/listings';
import { listArticlesFiltered, type ArticleFilters } from '../../src/queries/api-lists';
import { db, seedSampleNewsroom } from './support';

const published = sample.filter((a) => a.status === 'published');
const hiddenSlugs = sample.filter((a) => a.status !== 'published').map((a) => a.slug);
const newestFirst = [...published].sort((a, b) => (a.hoursAgo ?? 1) - (b.hoursAgo ?? 1));

beforeAll(async () => {
  await seedSampleNewsroom();
});

/** Every row of a listing, following next cursors page by page. */
async function walk(load: (cursor: ReturnType<typeof decodeCursor>) => Promise<ListingPage>) {
  const slugs: string[] = [];
  let cursor: ReturnType<typeof decodeCursor> = null;
  for (let pages = 0; pages < 50; pages++) {
    const page = await load(cursor);
    slugs.push(...page.items.map((i) => i.slug));
    if (!page.next) return { slugs, pages: pages + 1 };
    // Round-trip through the opaque token, as a reader's next link does.
    cursor = decodeCursor(encodeCursor(page.next));
  }
  throw new Error('listing never ended');
}

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql: text, params } = query.toSQL();
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${text}`).bind(...params).all<{ detail: string }>();
  return results.map((r) => r.detail).join('\n');
}

describe('cursor tokens', () => {
  it('round-trips a position and rejects anything we did not issue', () => {
    const token = encodeCursor({ publishedAt: 1_760_000_000_123, id: 42 });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token)).toEqual({ publishedAt: 1_760_000_000_123, id: 42 });
    for (const bad of ['%%%', 'abc', btoa('[1]'), btoa('[1,-2]'), btoa('[1.5,2]'), btoa('{"a":1}'), 'A'.repeat(100), btoa('["1",2]')]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
    expect(parseCursorParam(undefined)).toEqual({ ok: true, cursor: null });
    expect(parseCursorParam('')).toEqual({ ok: true, cursor: null });
    expect(parseCursorParam('nope!')).toEqual({ ok: false });
  });
});

describe('listing queries', () => {
  it('pages through every public article newest first, without repeats or hidden ones', async () => {
    const { slugs, pages } = await walk((cursor) => listLatest(db(), { limit: 7, cursor }));
    expect(pages).toBe(Math.ceil(published.length / 7));
    expect(slugs).toEqual(newestFirst.map((a) => a.slug));
    for (const hidden of hiddenSlugs) expect(slugs).not.toContain(hidden);
  });

  it('pages a section, an author and a tag through their own keysets', async () => {
    const section = await walk(async (cursor) => (await loadSectionListing(db(), 'business', { limit: 2, cursor }))!.page);
    expect(section.slugs).toEqual(newestFirst.filter((a) => a.section === 'business').map((a) => a.slug));
    const author = await walk(async (cursor) => (await loadAuthorListing(db(), 'maya-okafor', { limit: 2, cursor }))!.page);
    expect(author.slugs).toEqual(newestFirst.filter((a) => a.author === 'maya-okafor').map((a) => a.slug));
    const tag = await walk(async (cursor) => (await loadTagListing(db(), 'transit', { limit: 2, cursor }))!.page);
    expect(tag.slugs).toEqual(newestFirst.filter((a) => a.tags.includes('transit')).map((a) => a.slug));
    expect(tag.slugs.length).toBeGreaterThan(2);
  });

  it('returns null for unknown slugs', async () => {
    const first = { limit: 5, cursor: null };
    expect(await loadSectionListing(db(), 'no-such-section', first)).toBeNull();
    expect(await loadAuthorListing(db(), 'no-such-author', first)).toBeNull();
    expect(await loadTagListing(db(), 'no-such-tag', first)).toBeNull();
  });

  it('builds the front page with one block per section holding its newest stories', async () => {
    const home = await loadHome(db(), { limit: 10, cursor: null, perSection: 3 });
    expect(home.latest.items.map((i) => i.slug)).toEqual(newestFirst.slice(0, 10).map((a) => a.slug));
    expect(home.navigation.map((s) => s.slug)).toEqual(['world', 'business', 'technology', 'science', 'culture', 'sport']);
    const latest = new Set(newestFirst.slice(0, 10).map((a) => a.slug));
    expect(home.sectionBlocks.length).toBeGreaterThan(3);
    for (const block of home.sectionBlocks) {
      // Blocks continue below the latest list: a story is never shown twice.
      const expected = newestFirst.filter((a) => a.section === block.section.slug && !latest.has(a.slug)).slice(0, 3);
      expect(block.items.map((i) => i.slug)).toEqual(expected.map((a) => a.slug));
    }
    const later = await loadHome(db(), { limit: 10, cursor: home.latest.next, perSection: 3 });
    expect(later.sectionBlocks).toEqual([]);
    expect(later.latest.items[0]!.slug).toBe(newestFirst[10]!.slug);
  });

  it('never lists an article that is trashed or unpublished, even with a stale tag link', async () => {
    const target = newestFirst.find((a) => a.tags.includes('budget'))!;
    await db().update(articles).set({ deletedAt: new Date() }).where(eq(articles.slug, target.slug));
    const latest = await walk((cursor) => listLatest(db(), { limit: 50, cursor }));
    const tagged = await walk(async (cursor) => (await loadTagListing(db(), 'budget', { limit: 50, cursor }))!.page);
    expect(latest.slugs).not.toContain(target.slug);
    expect(tagged.slugs).not.toContain(target.slug);
    await db().update(articles).set({ deletedAt: null }).where(eq(articles.slug, target.slug));
  });
});

describe('filtered article lists', () => {
  // Each combination walks a different index (author, else tag, else section) and tests the rest.
  it.each<ArticleFilters>([
    { section: 'world', tag: 'climate' },
    { author: 'maya-okafor', tag: 'budget' },
    { author: 'priya-raman', section: 'science' },
    { author: 'tomasz-wierzbicki', section: 'world', tag: 'climate' },
    { author: 'maya-okafor', section: 'culture' },
  ])('pages through %j newest first, exactly', async (filters) => {
    const expected = newestFirst.filter(
      (a) => (!filters.section || a.section === filters.section) && (!filters.author || a.author === filters.author) && (!filters.tag || a.tags.includes(filters.tag)),
    );
    const { slugs } = await walk(async (cursor) => {
      const result = await listArticlesFiltered(db(), filters, { limit: 1, cursor });
      if (result.kind !== 'found') throw new Error(`unknown ${result.filter}`);
      return result.page;
    });
    expect(slugs).toEqual(expected.map((a) => a.slug));
  });
});

describe('query plans', () => {
  const cursor = { publishedAt: Date.now(), id: 1_000 };
  const noScan = (text: string) => {
    expect(text).not.toMatch(/SCAN articles\b/);
    expect(text).not.toMatch(/TEMP B-TREE/);
  };

  it('reads the latest stories through the status index in order', async () => {
    const text = await plan(summariesQuery(db(), { limit: 10, cursor }));
    noScan(text);
    expect(text).toMatch(/articles_status_published_idx/);
  });

  it('reads a section and an author through their own indexes', async () => {
    const sectionId = db().select({ id: sections.id }).from(sections).where(eq(sections.slug, 'business'));
    const section = await plan(summariesQuery(db(), { limit: 10, cursor }, sql`${articles.sectionId} = ${sectionId}`));
    noScan(section);
    expect(section).toMatch(/articles_section_published_idx/);
    const authorId = db().select({ id: authors.id }).from(authors).where(eq(authors.slug, 'maya-okafor'));
    const author = await plan(summariesQuery(db(), { limit: 10, cursor }, sql`${articles.authorId} = ${authorId}`));
    noScan(author);
    expect(author).toMatch(/articles_author_published_idx/);
  });

  it('fills the front-page section blocks through the section index, a few rows per section', async () => {
    const text = await plan(sectionBlocksQuery(db(), 3, 10));
    expect(text).toMatch(/articles_section_published_idx/);
    // Sections drive the loop; articles are only fetched by id.
    expect(text).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY/);
    expect(text).not.toMatch(/SCAN (articles|recent)\b/);
    // The only sort is of the boundary's 10 rows (the end of the latest list), read through the status index.
    expect(text).toMatch(/SEARCH articles USING INDEX articles_status_published_idx[^\n]*\nSCAN newest\nUSE TEMP B-TREE FOR ORDER BY/);
  });

  it('pages a tag through article_tags(tag_id, listed_at, article_id)', async () => {
    const tagId = db().select({ id: tags.id }).from(tags).where(eq(tags.slug, 'transit'));
    const text = await plan(tagSummariesQuery(db(), tagId, { limit: 10, cursor }));
    noScan(text);
    expect(text).toMatch(/article_tags_listing_idx/);
  });
});
