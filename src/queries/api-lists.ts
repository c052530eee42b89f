/**
 * Reads behind the JSON list API (/api/v1/articles, /sections, /tags, /authors). Article
 * lists reuse the reader listings' columns and keysets, so a page of the API and a page of
 * the site can never disagree about what is public or in which order.
 */
import { and, asc, eq, exists, gt, isNotNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
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
 * one batch. A page walks one index newest first and tests the other filters on each story,
 * so it reads at most the stories of the narrowest filter it walks: the author's when an
 * author is given (a person's stories are few, and a tag can be on a fifth of the archive),
 * else the tag's (listed_at equals published_at while a story is listed, so both kinds of
 * page share one cursor format), else the section's. A tag or author that no public story
 * uses yet is `unknown`, exactly like one that does not exist.
 */
export async function listArticlesFiltered(db: Db, filters: ArticleFilters, options: ListingOptions): Promise<FilteredListing> {
  const sectionId = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, filters.section ?? ''));
  const tagId = publicTagIdBySlug(db, filters.tag ?? '');
  const authorId = publicAuthorIdBySlug(db, filters.author ?? '');
  // `+` keeps a test off its index when another index is the one to walk (see above).
  const inSection = filters.author || filters.tag ? sql`+${articles.sectionId} = ${sectionId}` : sql`${articles.sectionId} = ${sectionId}`;
  const byAuthor = filters.author ? sql`${articles.authorId} = ${authorId}` : undefined;
  const section = filters.section ? inSection : undefined;
  const pageQuery = filters.author
    ? summariesQuery(db, options, and(byAuthor, section, filters.tag ? isListedWith(db, tagId) : undefined))
    : filters.tag
      ? tagSummariesQuery(db, tagId, options, section)
      : summariesQuery(db, options, section);
  const [sectionRows, tagRows, authorRows, rows] = await db.batch([sectionId, tagId, authorId, pageQuery]);
  if (filters.section && !sectionRows[0]) return { kind: 'unknown', filter: 'section' };
  if (filters.tag && !tagRows[0]) return { kind: 'unknown', filter: 'tag' };
  if (filters.author && !authorRows[0]) return { kind: 'unknown', filter: 'author' };
  const listed = rows as (ArticleSummaryRow & { listedAt?: Date | null })[];
  const page = cutListingPage(listed, options.limit, (row) => (row.listedAt !== undefined ? row.listedAt : row.publishedAt));
  return { kind: 'found', page: { items: page.items.map(({ listedAt: _listedAt, ...item }) => item), next: page.next } };
}

/**
 * The story (the articles row in the outer query) is listed under the tag `tagId`: one probe
 * of article_tags by its primary key (article_id, tag_id).
 */
function isListedWith(db: Db, tagId: SQLWrapper): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(articleTags)
      .where(and(eq(articleTags.articleId, articles.id), sql`${articleTags.tagId} = ${tagId}`, isNotNull(articleTags.listedAt))),
  );
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
