/**
 * The "does a public story use it?" checks behind every tag and author a reader can see
 * (queries/public-taxonomy) on a database big enough for the planner's choice to matter:
 * thousands of stories, half of them drafts carrying a hidden tag and author. A check
 * walked from the wrong side (every published story through the status index) would read
 * thousands of rows; the right one reads a handful, with or without ANALYZE statistics.
 */
import { env } from 'cloudflare:workers';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, authors, tags } from '../../src/db/schema';
import { listAuthors, listTags } from '../../src/queries/api-lists';
import { summariesQuery, tagSummariesQuery } from '../../src/queries/listings';
import { hasPublicStoryBy, hasPublicStoryTagged, publicAuthorIdBySlug, publicTagIdBySlug } from '../../src/queries/public-taxonomy';
import { db, seedSampleNewsroom } from './support';

const STORIES = 4_000;

/** Half the stories are public (tag bulk-public, author bulk-public), half drafts (bulk-hidden). */
async function seedBulkStories() {
  await env.DB.batch([
    env.DB.prepare(`insert into tags (slug, name) values ('bulk-public', 'Bulk public'), ('bulk-hidden', 'Bulk hidden')`),
    env.DB.prepare(`insert into authors (slug, name) values ('bulk-public', 'Bulk public'), ('bulk-hidden', 'Bulk hidden')`),
    env.DB.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?1)
       insert into articles (slug, title, status, published_at, updated_at, section_id, author_id, short_code)
       select 'bulk-' || i, 'Bulk story ' || i, iif(i % 2 = 0, 'published', 'draft'), iif(i % 2 = 0, i * 1000, null), i * 1000,
              (select min(id) from sections), (select id from authors where slug = iif(i % 2 = 0, 'bulk-public', 'bulk-hidden')), 'bulk' || i
       from n`,
    ).bind(STORIES),
    env.DB.prepare(
      `insert into article_tags (article_id, tag_id, listed_at)
       select a.id, t.id, iif(a.status = 'published', a.published_at, null)
       from articles a join tags t on t.slug = iif(a.status = 'published', 'bulk-public', 'bulk-hidden')
       where a.slug like 'bulk-%'`,
    ),
  ]);
}

type Query = { toSQL(): { sql: string; params: unknown[] } };

async function plan(query: Query) {
  const { sql, params } = query.toSQL();
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
  return results.map((r) => r.detail).join('\n');
}

async function rowsRead(query: Query) {
  const { sql, params } = query.toSQL();
  return (await env.DB.prepare(sql).bind(...params).all()).meta.rows_read;
}

const tagLookup = (slug: string) => db().select().from(tags).where(and(eq(tags.slug, slug), hasPublicStoryTagged(db(), tags.id)));
const authorLookup = (slug: string) => db().select().from(authors).where(and(eq(authors.slug, slug), hasPublicStoryBy(db(), authors.id)));

beforeAll(async () => {
  await seedSampleNewsroom();
  await seedBulkStories();
});

describe.each([['without statistics'], ['after ANALYZE']])('existence checks %s', (when) => {
  beforeAll(async () => {
    if (when === 'after ANALYZE') await env.DB.exec('ANALYZE');
  });

  it('finds the data as seeded', async () => {
    expect(await tagLookup('bulk-public')).toHaveLength(1);
    expect(await tagLookup('bulk-hidden')).toEqual([]);
    expect(await authorLookup('bulk-public')).toHaveLength(1);
    expect(await authorLookup('bulk-hidden')).toEqual([]);
  });

  it('probe a tag through article_tags(tag_id, listed_at) and its story by primary key', async () => {
    const text = await plan(tagLookup('bulk-hidden'));
    expect(text).toMatch(/SEARCH article_tags (EXISTS )?USING COVERING INDEX article_tags_listing_idx \(tag_id=\? AND listed_at>\?\)/);
    expect(text).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(text).not.toMatch(/SCAN (articles|article_tags)\b|articles_status_published_idx/);
    for (const slug of ['bulk-hidden', 'bulk-public']) expect(await rowsRead(tagLookup(slug)), slug).toBeLessThan(10);
  });

  it('probe an author through articles(author_id, status)', async () => {
    const text = await plan(authorLookup('bulk-hidden'));
    expect(text).toMatch(/SEARCH articles (EXISTS )?USING (COVERING )?INDEX articles_author_published_idx \(author_id=\? AND status=\?\)/);
    expect(text).not.toMatch(/SCAN articles\b|articles_status_published_idx/);
    for (const slug of ['bulk-hidden', 'bulk-public']) expect(await rowsRead(authorLookup(slug)), slug).toBeLessThan(10);
  });

  it('filter the article list by a tag or an author without leaving their indexes', async () => {
    const firstPage = { limit: 20, cursor: null };
    for (const slug of ['bulk-hidden', 'bulk-public']) {
      const byTag = tagSummariesQuery(db(), publicTagIdBySlug(db(), slug), firstPage);
      expect(await plan(byTag)).not.toMatch(/SCAN (articles|article_tags)\b|articles_status_published_idx/);
      expect(await rowsRead(byTag), slug).toBeLessThan(100);
      const byAuthor = summariesQuery(db(), firstPage, sql`${articles.authorId} = ${publicAuthorIdBySlug(db(), slug)}`);
      expect(await plan(byAuthor)).toMatch(/articles_author_published_idx/);
      expect(await rowsRead(byAuthor), slug).toBeLessThan(100);
    }
  });

  it('list the directories by slug with one probe per tag or author', async () => {
    for (const query of [listTags(db(), 50, null), listAuthors(db(), 50, null)]) {
      const text = await plan(query);
      expect(text).not.toMatch(/SCAN (articles|article_tags)\b|TEMP B-TREE|articles_status_published_idx/);
      expect(await rowsRead(query)).toBeLessThan(200);
    }
  });
});
