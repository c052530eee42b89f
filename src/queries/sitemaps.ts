/**
 * Reads for the sitemaps. Article sitemaps page by id ranges (page n holds the public
 * articles with ids in ((n-1)*size, n*size]): every page is a primary-key range scan, never an
 * OFFSET, and an article keeps its page for life, so pages change only when their own
 * articles do.
 */
import { and, asc, desc, gt, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, authors, sections, tags } from '../db/schema';
import { isPublic } from './articles';
import { hasPublicStoryBy, hasPublicStoryTagged } from './public-taxonomy';

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_PAGE_SIZE = 50_000;
/** Google News sitemaps list at most 1,000 articles from the last two days. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;
export const NEWS_LIMIT = 1_000;

export interface ArticleSitemapPage { page: number; lastModified: Date }

/** The article sitemap pages that have at least one public article, with their newest change. */
export async function listArticleSitemapPages(db: Db, pageSize = SITEMAP_PAGE_SIZE): Promise<ArticleSitemapPage[]> {
  const size = sql.raw(String(Math.trunc(pageSize)));
  const rows = await db
    .select({
      page: sql<number>`(${articles.id} - 1) / ${size} + 1`.as('page'),
      lastModified: sql<number>`max(${articles.updatedAt})`.as('last_modified'),
    })
    .from(articles)
    .where(isPublic())
    .groupBy(sql`page`)
    .orderBy(sql`page`);
  return rows.map((row) => ({ page: Number(row.page), lastModified: new Date(Number(row.lastModified)) }));
}

/** The public articles of article sitemap page `page` (1-based), in id order. */
export async function listArticleSitemapEntries(db: Db, page: number, pageSize = SITEMAP_PAGE_SIZE) {
  return db
    .select({
      slug: articles.slug,
      updatedAt: articles.updatedAt,
      canonicalUrl: articles.canonicalUrl,
      heroImageUrl: articles.heroImageUrl,
    })
    .from(articles)
    .where(and(isPublic(), gt(articles.id, (page - 1) * pageSize), lte(articles.id, page * pageSize)))
    .orderBy(asc(articles.id));
}

/** Articles for the Google News sitemap: published since `since`, newest first. */
export async function listNewsSitemapEntries(db: Db, since: Date) {
  return db
    .select({
      slug: articles.slug,
      title: articles.title,
      language: articles.language,
      publishedAt: articles.publishedAt,
      canonicalUrl: articles.canonicalUrl,
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
