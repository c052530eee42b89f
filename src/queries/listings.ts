/**
 * Newest-first listings of public articles: the front page, sections, tags and authors
 * (the first pages of home and sections start with their curated slots: queries/fronts).
 * Every page is one D1 round trip (a `db.batch`) and pages by keyset on (published_at, id)
 * through an index, never OFFSET. Functions take `db` first and return plain data, so the
 * HTML pages and the JSON API share them.
 */
import { and, asc, desc, eq, getTableColumns, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { articleTags, articles, authors, sections, siteSettings, tags, type Author, type Section, type Tag } from '../db/schema';
import type { ListCursor } from '../model/cursor';
import { isPublic } from './articles';
import { curatedIds, frontSlotsQuery, HOME_FRONT, resolveFront, sectionFrontKey, type ResolvedFront } from './fronts';
import { hasPublicStoryBy, hasPublicStoryTagged } from './public-taxonomy';

/** One story in a list. Joined columns carry unique names (D1 batch rows are keyed by name). */
export interface ArticleSummaryRow {
  id: number;
  slug: string;
  title: string;
  dek: string;
  publishedAt: Date | null;
  language: string;
  heroImageUrl: string | null;
  heroImageAlt: string | null;
  sectionSlug: string;
  sectionName: string;
}

/** A page of a listing and the cursor of the next one (null on the last page). */
export interface ListingPage {
  items: ArticleSummaryRow[];
  next: ListCursor | null;
}

export interface ListingOptions {
  /** Items per page (1..50). */
  limit: number;
  /** Position after which to start; null for the first page. */
  cursor: ListCursor | null;
}

export const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  publishedAt: articles.publishedAt,
  language: articles.language,
  heroImageUrl: articles.heroImageUrl,
  heroImageAlt: articles.heroImageAlt,
  sectionSlug: sql<string>`${sections.slug}`.as('section_slug'),
  sectionName: sql<string>`${sections.name}`.as('section_name'),
};

/** Page sizes are 1..50 whatever a caller asks for. */
export const clampLimit = (limit: number) => Math.min(50, Math.max(1, Math.trunc(limit) || 1));

/** Keyset "older than the cursor" on any (time, id) column pair that an index orders. */
const before = (time: AnySQLiteColumn, id: AnySQLiteColumn, cursor: ListCursor | null) =>
  cursor ? sql`(${time}, ${id}) < (${cursor.publishedAt}, ${cursor.id})` : undefined;

/** Public stories newest first, optionally narrowed by `where`; fetches one extra row to see if a next page exists. */
export function summariesQuery(db: Db, options: ListingOptions, where?: SQL) {
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(), where, before(articles.publishedAt, articles.id, options.cursor)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(clampLimit(options.limit) + 1);
}

/**
 * Cuts the look-ahead row off a `limit + 1` query and turns the last shown row into the next
 * cursor (`key` picks its time: published_at, or listed_at on tag pages).
 */
export function cutListingPage<T extends { id: number; publishedAt: Date | null }>(rows: T[], limit: number, key = (row: T) => row.publishedAt): {
  items: T[];
  next: ListCursor | null;
} {
  const size = clampLimit(limit);
  const items = rows.slice(0, size);
  const last = items.at(-1);
  const lastTime = last ? key(last) : null;
  return { items, next: rows.length > size && last && lastTime ? { publishedAt: lastTime.getTime(), id: last.id } : null };
}

/**
 * Sections in menu order: the navigation every reader page shows. Each row also carries the
 * site settings as JSON (null without a settings row; src/site/settings reads it back), so
 * a page gets its site name and time zone in the batch it already sends: no extra round
 * trip. SQLite runs the uncorrelated subquery once per statement, not once per row.
 */
/** A navigation row: a section, plus the site settings' JSON (the same on every row). */
export type NavigationRow = Section & { siteSettings: string | null };

export const navigationQuery = (db: Db) =>
  db
    .select({
      ...getTableColumns(sections),
      siteSettings: sql<string | null>`(select json_object('name', ${siteSettings.name}, 'timeZone', ${siteSettings.timeZone}, 'language', ${siteSettings.language}) from ${siteSettings} where ${siteSettings.id} = 1)`.as('site_settings'),
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.id));

/** The latest public stories, one keyset page. */
export async function listLatest(db: Db, options: ListingOptions): Promise<ListingPage> {
  return cutListingPage(await summariesQuery(db, options), options.limit);
}

/**
 * The newest `perSection` public stories of every section that are older than the `skip`
 * newest stories overall, so the front page's section blocks continue where its latest
 * list ends instead of repeating it. Each section is read through its own index.
 */
export function sectionBlocksQuery(db: Db, perSection: number, skip: number, exclude?: SQLWrapper) {
  const notCurated = (id: AnySQLiteColumn) => (exclude ? sql`${id} not in ${exclude}` : undefined);
  // The oldest of the `skip` newest public stories: the boundary, read from the status index.
  const newest = db
    .select({ publishedAt: articles.publishedAt, id: articles.id })
    .from(articles)
    .where(and(isPublic(), notCurated(articles.id)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(skip)
    .as('newest');
  const boundary = db.select().from(newest).orderBy(asc(newest.publishedAt), asc(newest.id)).limit(1);
  // Mirrors isPublic() on an alias: "the newest public ids of this section" via articles_section_published_idx.
  const recent = alias(articles, 'recent');
  const newestOfSection = db
    .select({ id: recent.id })
    .from(recent)
    .where(
      and(
        eq(recent.sectionId, sections.id),
        eq(recent.status, 'published'),
        isNull(recent.deletedAt),
        notCurated(recent.id),
        sql`(${recent.publishedAt}, ${recent.id}) < ${boundary}`,
      ),
    )
    .orderBy(desc(recent.publishedAt), desc(recent.id))
    .limit(perSection);
  // Sections drive the loop and articles are fetched by id: a few index probes per section.
  // isPublic() is re-checked on each fetched row; wrapped in coalesce() so the planner does
  // not pick the status index instead and walk every published article.
  return db
    .select(summaryColumns)
    .from(sections)
    .crossJoin(articles)
    .where(and(sql`${articles.id} in ${newestOfSection}`, sql`coalesce(${isPublic()}, 0)`));
}

export interface SectionBlock { section: Section; items: ArticleSummaryRow[] }
export interface HomeListing { navigation: NavigationRow[]; front: ResolvedFront | null; latest: ListingPage; sectionBlocks: SectionBlock[] }

/** Options of a front page: `now` (default: the current time) decides which slots have expired. */
export type FrontListingOptions = ListingOptions & { now?: number };

/**
 * The front page in one batch: navigation, the curated slots (first page only), the latest
 * stories not in a slot (the first is the lead when no slot holds one), and, on the first
 * page only, a block per section of its newest stories not already listed.
 */
export async function loadHome(db: Db, options: FrontListingOptions & { perSection: number }): Promise<HomeListing> {
  // Later pages of the front page are just "more stories", newest first: no slots, no blocks.
  if (options.cursor) {
    const [navigation, latestRows] = await db.batch([navigationQuery(db), summariesQuery(db, options)]);
    return { navigation, front: null, latest: cutListingPage(latestRows, options.limit), sectionBlocks: [] };
  }
  const now = options.now ?? Date.now();
  const curated = curatedIds(db, HOME_FRONT, now);
  const [navigation, slotRows, latestRows, blockRows] = await db.batch([
    navigationQuery(db),
    frontSlotsQuery(db, HOME_FRONT),
    summariesQuery(db, options, sql`${articles.id} not in ${curated}`),
    sectionBlocksQuery(db, options.perSection, clampLimit(options.limit), curated),
  ]);
  const newestFirst = (a: ArticleSummaryRow, b: ArticleSummaryRow) =>
    (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id;
  const sectionBlocks = navigation
    .map((section) => ({ section, items: blockRows.filter((row) => row.sectionSlug === section.slug).sort(newestFirst) }))
    .filter((block) => block.items.length > 0);
  return { navigation, front: resolveFront(slotRows, now), latest: cutListingPage(latestRows, options.limit), sectionBlocks };
}

export interface SectionListing { navigation: NavigationRow[]; section: Section; front: ResolvedFront | null; page: ListingPage }

/**
 * A section's stories through articles(section_id, status, published_at, id); null for an
 * unknown slug. The first page is the section's front: its curated slots, then its stories
 * not in a slot; later pages are plain newest-first pages.
 */
export async function loadSectionListing(db: Db, slug: string, options: FrontListingOptions): Promise<SectionListing | null> {
  const sectionId = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
  const inSection = sql`${articles.sectionId} = ${sectionId}`;
  if (options.cursor) {
    const [navigation, found, rows] = await db.batch([
      navigationQuery(db),
      db.select().from(sections).where(eq(sections.slug, slug)),
      summariesQuery(db, options, inSection),
    ]);
    const section = found[0];
    return section ? { navigation, section, front: null, page: cutListingPage(rows, options.limit) } : null;
  }
  const now = options.now ?? Date.now();
  const key = sectionFrontKey(sectionId);
  const [navigation, found, slotRows, rows] = await db.batch([
    navigationQuery(db),
    db.select().from(sections).where(eq(sections.slug, slug)),
    frontSlotsQuery(db, key),
    summariesQuery(db, options, and(inSection, sql`${articles.id} not in ${curatedIds(db, key, now)}`)),
  ]);
  const section = found[0];
  return section ? { navigation, section, front: resolveFront(slotRows, now), page: cutListingPage(rows, options.limit) } : null;
}

export interface AuthorListing { navigation: NavigationRow[]; author: Author; page: ListingPage }

/**
 * An author's stories through articles(author_id, status, published_at, id); null for an
 * unknown slug, and for an author no public story credits yet (hasPublicStoryBy).
 */
export async function loadAuthorListing(db: Db, slug: string, options: ListingOptions): Promise<AuthorListing | null> {
  const authorId = db.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug));
  const [navigation, found, rows] = await db.batch([
    navigationQuery(db),
    db.select().from(authors).where(and(eq(authors.slug, slug), hasPublicStoryBy(db, authors.id))),
    summariesQuery(db, options, sql`${articles.authorId} = ${authorId}`),
  ]);
  const author = found[0];
  return author ? { navigation, author, page: cutListingPage(rows, options.limit) } : null;
}

export interface TagListing { navigation: NavigationRow[]; tag: Tag; page: ListingPage }

/**
 * A tag's stories, optionally narrowed by `where` (a section or an author). Pages through
 * article_tags(tag_id, listed_at, article_id), where listed_at is the published_at of a
 * publicly listed article (null otherwise), so the cursor is (listed_at, article_id);
 * isPublic() is applied as well. CROSS JOIN keeps the tag index as the outer loop and
 * fetches each story by primary key: with a section as well, the planner could otherwise
 * walk the whole section and probe the tag for every story in it.
 */
export function tagSummariesQuery(db: Db, tagId: SQL | SQLWrapper, options: ListingOptions, where?: SQL) {
  return db
    .select({ ...summaryColumns, listedAt: articleTags.listedAt })
    .from(articleTags)
    .crossJoin(articles)
    .crossJoin(sections)
    .where(
      and(
        sql`${articleTags.tagId} = ${tagId}`,
        sql`${articleTags.listedAt} is not null`,
        before(articleTags.listedAt, articleTags.articleId, options.cursor),
        eq(articles.id, articleTags.articleId),
        eq(sections.id, articles.sectionId),
        isPublic(),
        where,
      ),
    )
    .orderBy(desc(articleTags.listedAt), desc(articleTags.articleId))
    .limit(clampLimit(options.limit) + 1);
}

/**
 * A tag with one keyset page of its stories; null for an unknown slug, and for a tag no
 * public story carries yet (hasPublicStoryTagged), whatever page the cursor asks for.
 */
export async function loadTagListing(db: Db, slug: string, options: ListingOptions): Promise<TagListing | null> {
  const tagId = db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
  const [navigation, found, rows] = await db.batch([
    navigationQuery(db),
    db.select().from(tags).where(and(eq(tags.slug, slug), hasPublicStoryTagged(db, tags.id))),
    tagSummariesQuery(db, tagId, options),
  ]);
  const tag = found[0];
  if (!tag) return null;
  const page = cutListingPage(rows, options.limit, (row) => row.listedAt);
  return { navigation, tag, page: { items: page.items.map(({ listedAt: _listedAt, ...item }) => item), next: page.next } };
}
