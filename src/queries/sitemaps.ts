/**
 * Reads for the sitemaps. Article sitemaps page by id ranges (page n holds the public
 * articles with ids in ((n-1)*size, n*size]), so an article keeps its page for life and a
 * page changes only when its own articles do. Both reads go through
 * articles_sitemap_page_idx, on (page, updated_at) plus what an entry shows, over public
 * articles only: the index costs one seek per page, and a page is one range of that index,
 * never the articles' wide rows.
 */
import { and, asc, desc, gte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, authors, sections, SITEMAP_PAGE_SIZE, tags } from '../db/schema';
import { isPublic } from './articles';
import { hasPublicStoryBy, hasPublicStoryTagged } from './public-taxonomy';

export { SITEMAP_PAGE_SIZE };
/** Google News sitemaps list at most 1,000 articles from the last two days. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;
export const NEWS_LIMIT = 1_000;

export interface ArticleSitemapPage { page: number; lastModified: Date }

/**
 * The 0-based page of an article, written exactly as in articles_sitemap_page_idx: SQLite
 * uses an index on an expression only for that same expression (any other page size, as
 * small tests use, is correct but reads the table).
 */
const literal = (pageSize: number) => sql.raw(String(Math.trunc(pageSize)));
const pageOf = (pageSize: number) => sql`(${articles.id} - 1) / ${literal(pageSize)}`;

/**
 * The article sitemap pages that have at least one public article, with their newest change.
 * Counts pages up to the highest id (a primary-key seek), then reads each page's newest
 * change with one seek of the sitemap index: O(pages), whatever the number of articles.
 */
export async function listArticleSitemapPages(db: Db, pageSize = SITEMAP_PAGE_SIZE): Promise<ArticleSitemapPage[]> {
  const newestChange = db
    .select({ updatedAt: articles.updatedAt })
    .from(articles)
    .where(and(isPublic(), sql`${pageOf(pageSize)} = pages.n`))
    .orderBy(desc(articles.updatedAt))
    .limit(1);
  const rows = await db.all<{ page: number; last_modified: number | null }>(sql`
    with recursive pages(n) as (
      select 0 union all select n + 1 from pages where n < (select (max(${articles.id}) - 1) / ${literal(pageSize)} from ${articles})
    )
    select n + 1 as page, ${newestChange} as last_modified from pages`);
  // A page with no public article has no newest change, and is not listed. Sorted here: a
  // handful of rows, and no sort step in the plan.
  return rows
    .filter((row) => row.last_modified !== null)
    .map((row) => ({ page: Number(row.page), lastModified: new Date(Number(row.last_modified)) }))
    .sort((a, b) => a.page - b.page);
}

/** The public articles of article sitemap page `page` (1-based), most recently changed first. */
export async function listArticleSitemapEntries(db: Db, page: number, pageSize = SITEMAP_PAGE_SIZE) {
  return db
    .select({
      slug: articles.slug,
      updatedAt: articles.updatedAt,
      canonicalUrl: articles.canonicalUrl,
      heroImageUrl: articles.heroImageUrl,
    })
    .from(articles)
    .where(and(isPublic(), sql`${pageOf(pageSize)} = ${page - 1}`))
    .orderBy(desc(articles.updatedAt));
}

/**
 * Articles for the Google News sitemap: published since `since`, newest first. A statement,
 * for the route's batch (it reads the site's name with it).
 */
export function newsSitemapEntriesQuery(db: Db, since: Date) {
  return db
    .select({
      slug: articles.slug,
      title: articles.title,
      language: articles.language,
      publishedAt: articles.publishedAt,
      canonicalUrl: articles.canonicalUrl,
      significantUpdatedAt: articles.significantUpdatedAt,
    })
    .from(articles)
    .where(and(isPublic(), gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_LIMIT);
}

/**
 * Sections, and the tags and authors that readers may see (at least one public story uses
 * them, see queries/public-taxonomy), in one batch.
 */
export async function listTaxonomyForSitemap(db: Db) {
  const [sectionRows, tagRows, authorRows] = await db.batch([
    db.select({ slug: sections.slug }).from(sections).orderBy(asc(sections.position), asc(sections.id)),
    db.select({ slug: tags.slug }).from(tags).where(hasPublicStoryTagged(db, tags.id)).orderBy(asc(tags.slug)),
    db.select({ slug: authors.slug }).from(authors).where(hasPublicStoryBy(db, authors.id)).orderBy(asc(authors.slug)),
  ]);
  return { sections: sectionRows, tags: tagRows, authors: authorRows };
}
