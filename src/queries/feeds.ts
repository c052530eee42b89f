/**
 * Reads for the RSS, Atom and JSON feeds: the latest public articles with everything a
 * full-content feed item shows, site-wide or for one section, in one D1 batch.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleTags, articles, authors, sections, siteSettings, tags, type Section, type SiteSettingsRow } from '../db/schema';
import { isPublic } from './articles';
import { notesByArticle, notesOfArticlesStatement, type NoteRow } from './corrections';

export interface FeedEntry {
  id: number;
  slug: string;
  title: string;
  dek: string;
  bodyHtml: string;
  language: string;
  publishedAt: Date;
  updatedAt: Date;
  /** Last significant change after publication (epoch ms), or null: the entry's "updated" (docs/corrections.md). */
  significantUpdatedAt: number | null;
  /** Corrections, clarifications and update notes, oldest first. */
  notes: NoteRow[];
  heroImageUrl: string | null;
  heroImageAlt: string | null;
  sectionSlug: string;
  sectionName: string;
  authorSlug: string | null;
  authorName: string | null;
  tags: { slug: string; name: string }[];
}

export interface FeedContent {
  /** The section asked for; null for the site-wide feed. */
  section: Section | null;
  entries: FeedEntry[];
  /** The site settings row (src/site/settings), read in the same batch: the feed's title is the site's name. */
  siteSettings: SiteSettingsRow | null;
}

/** How many items a feed carries: full bodies make each item large. */
export const FEED_SIZE = 30;

/** No section has the slug asked for; the settings row was read all the same (the 404 page names the site). */
export interface MissingFeedSection {
  missingSection: true;
  siteSettings: SiteSettingsRow | null;
}

/**
 * The latest public articles, newest first. With `sectionSlug`, only that section's, and
 * `missingSection` when no such section exists (an empty section still has a valid, empty feed).
 */
export async function findFeedContent(db: Db, sectionSlug: string | null, limit = FEED_SIZE): Promise<FeedContent | MissingFeedSection> {
  const inSection = sectionSlug
    ? sql`${articles.sectionId} = (select ${sections.id} from ${sections} where ${sections.slug} = ${sectionSlug})`
    : undefined;
  const latestIds = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(isPublic(), inSection))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  // Batched queries come back keyed by column name, so joined names are aliased apart.
  const [sectionRows, rows, tagRows, noteRows, settingsRows] = await db.batch([
    db.select().from(sections).where(eq(sections.slug, sectionSlug ?? '')),
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        dek: articles.dek,
        bodyHtml: articles.bodyHtml,
        language: articles.language,
        publishedAt: articles.publishedAt,
        updatedAt: articles.updatedAt,
        significantUpdatedAt: articles.significantUpdatedAt,
        heroImageUrl: articles.heroImageUrl,
        heroImageAlt: articles.heroImageAlt,
        sectionSlug: sql<string>`${sections.slug}`.as('section_slug'),
        sectionName: sql<string>`${sections.name}`.as('section_name'),
        authorSlug: sql<string | null>`${authors.slug}`.as('author_slug'),
        authorName: sql<string | null>`${authors.name}`.as('author_name'),
      })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(authors, eq(authors.id, articles.authorId))
      .where(inArray(articles.id, latestIds))
      .orderBy(desc(articles.publishedAt), desc(articles.id)),
    db
      .select({ articleId: articleTags.articleId, tagSlug: sql<string>`${tags.slug}`.as('tag_slug'), tagName: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(inArray(articleTags.articleId, latestIds))
      .orderBy(asc(tags.name)),
    notesOfArticlesStatement(db, latestIds),
    db.select().from(siteSettings).where(eq(siteSettings.id, 1)),
  ]);
  const section = sectionRows[0] ?? null;
  if (sectionSlug && !section) return { missingSection: true, siteSettings: settingsRows[0] ?? null };
  const tagsByArticle = new Map<number, { slug: string; name: string }[]>();
  for (const row of tagRows) {
    const list = tagsByArticle.get(row.articleId) ?? [];
    list.push({ slug: row.tagSlug, name: row.tagName });
    tagsByArticle.set(row.articleId, list);
  }
  const notes = notesByArticle(noteRows);
  const entries = rows.map((row) => ({
    ...row,
    // isPublic() guarantees a publication date; the fallback keeps the type honest.
    publishedAt: row.publishedAt ?? row.updatedAt,
    tags: tagsByArticle.get(row.id) ?? [],
    notes: notes.get(row.id) ?? [],
  }));
  return { section: sectionSlug ? section : null, entries, siteSettings: settingsRows[0] ?? null };
}
