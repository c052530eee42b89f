/**
 * Reads behind the JSON list API (/api/v1/articles, /sections, /tags, /authors). Article
 * lists reuse the reader listings' columns and keysets, so a page of the API and a page of
 * the site can never disagree about what is public or in which order.
 */
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleTags, articles, authors, sections, tags } from '../db/schema';
import { cutListingPage, summariesQuery, tagSummariesQuery, type ArticleSummaryRow, type ListingOptions, type ListingPage } from './listings';
import { hasPublicStoryBy, hasPublicStoryTagged, publicAuthorIdBySlug, publicTagIdBySlug } from './public-taxonomy';

export interface ArticleFilters { section?: string; tag?: string; author?: string }

export type FilteredListing =
  | { kind: 'found'; page: ListingPage }
  /** A filter named a section, tag or author that does not exist, or that no public story uses yet. */
  | { kind: 'unknown'; filter: keyof ArticleFilters };

/**
 * Public articles newest first, narrowed by any combination of section, tag and author, in
 * one batch. A tag alone pages through the tag index (listed_at equals published_at while
 * an article is listed, so both kinds of page share one cursor format). A tag or author
 * that no public story uses yet is `unknown`, exactly like one that does not exist.
 */
export async function listArticlesFiltered(db: Db, filters: ArticleFilters, options: ListingOptions): Promise<FilteredListing> {
  const sectionId = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, filters.section ?? ''));
  const tagId = publicTagIdBySlug(db, filters.tag ?? '');
  const authorId = publicAuthorIdBySlug(db, filters.author ?? '');
  const conditions: SQL[] = [];
  if (filters.section) conditions.push(sql`${articles.sectionId} = ${sectionId}`);
  if (filters.author) conditions.push(sql`${articles.authorId} = ${authorId}`);
  if (filters.tag) {
    conditions.push(
      sql`${articles.id} in (select ${articleTags.articleId} from ${articleTags} where ${articleTags.tagId} = ${tagId} and ${articleTags.listedAt} is not null)`,
    );
  }
  const tagOnly = filters.tag && !filters.section && !filters.author;
  const [sectionRows, tagRows, authorRows, rows] = await db.batch([
    sectionId,
    tagId,
    authorId,
    tagOnly ? tagSummariesQuery(db, tagId, options) : summariesQuery(db, options, and(...conditions)),
  ]);
  if (filters.section && !sectionRows[0]) return { kind: 'unknown', filter: 'section' };
  if (filters.tag && !tagRows[0]) return { kind: 'unknown', filter: 'tag' };
  if (filters.author && !authorRows[0]) return { kind: 'unknown', filter: 'author' };
  const listed = rows as (ArticleSummaryRow & { listedAt?: Date | null })[];
  const page = cutListingPage(listed, options.limit, (row) => (row.listedAt !== undefined ? row.listedAt : row.publishedAt));
  return { kind: 'found', page: { items: page.items.map(({ listedAt: _listedAt, ...item }) => item), next: page.next } };
}

/**
 * Tags that a public story carries, in slug order after `afterSlug`, one look-ahead row
 * included. Walks the slug index and probes each tag once (hasPublicStoryTagged).
 */
export const listTags = (db: Db, limit: number, afterSlug: string | null) =>
  db
    .select()
    .from(tags)
    .where(and(afterSlug ? gt(tags.slug, afterSlug) : undefined, hasPublicStoryTagged(db, tags.id)))
    .orderBy(asc(tags.slug))
    .limit(limit + 1);

/**
 * Authors that a public story credits, in slug order after `afterSlug`, one look-ahead row
 * included. Walks the slug index and probes each author once (hasPublicStoryBy).
 */
export const listAuthors = (db: Db, limit: number, afterSlug: string | null) =>
  db
    .select()
    .from(authors)
    .where(and(afterSlug ? gt(authors.slug, afterSlug) : undefined, hasPublicStoryBy(db, authors.id)))
    .orderBy(asc(authors.slug))
    .limit(limit + 1);
