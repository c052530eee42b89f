/**
 * Reads of public articles. "Public" has one definition, `isPublic`, used by every reader
 * query so a draft, a scheduled story or a trashed one can never slip onto a public page.
 */
import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { BatchResponse } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import {
  articleSources,
  articleTags,
  articles,
  authors,
  relatedArticles,
  sections,
  slugHistory,
  tags,
  type Article,
  type ArticleSource,
  type Author,
  type Section,
  type Tag,
} from '../db/schema';
import { notesOfArticleStatement, type NoteRow } from './corrections';

/** The only definition of "a reader may see this article". */
export const isPublic = () => and(eq(articles.status, 'published'), isNull(articles.deletedAt));

export interface ArticleRecord {
  article: Article;
  section: Section;
  author: Author | null;
  tags: Tag[];
  sources: ArticleSource[];
  related: Pick<Article, 'id' | 'slug' | 'title' | 'publishedAt'>[];
  /**
   * Stories it names as previously reported that readers cannot see yet (drafts, embargoed):
   * never shown, but the page depends on them, so it carries their cache tags and is purged
   * when one of them is published.
   */
  unlistedRelatedIds: number[];
  /** Corrections, clarifications and update notes, oldest first (docs/corrections.md). */
  notes: NoteRow[];
}

export type ArticleLookup =
  | { kind: 'found'; record: ArticleRecord }
  | { kind: 'moved'; slug: string }
  | { kind: 'gone' }
  | { kind: 'missing' };

/**
 * Id of the public article with `slug`, as a scalar subquery (compared with `=`, never `in`),
 * so an index that starts with article_id also delivers its rows in order: no sort.
 */
export const publicIdBySlug = (db: Db, slug: string, onlyIf?: SQL) =>
  db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), isPublic(), onlyIf)).limit(1);

const publicSectionIdBySlug = (db: Db, slug: string, onlyIf?: SQL) =>
  db.select({ id: articles.sectionId }).from(articles).where(and(eq(articles.slug, slug), isPublic(), onlyIf));
const publicAuthorIdBySlug = (db: Db, slug: string, onlyIf?: SQL) =>
  db.select({ id: articles.authorId }).from(articles).where(and(eq(articles.slug, slug), isPublic(), onlyIf));

/**
 * The statements that fetch everything an article page needs, for one D1 batch: the
 * article, its section and author, tags, sources, related stories, and, for misses, the
 * slug history and whether it was withdrawn. Callers may add statements of their own to
 * the same batch (the page adds its navigation) and read these results with
 * `toArticleLookup`.
 *
 * Every statement starts from one slug and reads a handful of rows, whatever the size of
 * the archive and whether or not the planner has statistics (tests/worker/query-plans-at-scale).
 *
 * `onlyIf()`, a condition on nothing but constants (no column of these statements), makes
 * every statement read nothing when it is false: the article page puts the lookup in the
 * same batch as its stored fragment and reads it only when there is none to serve. It is
 * called once per statement that needs it (a Drizzle condition is not shared between queries).
 */
export function articleLookupStatements(db: Db, slug: string, onlyIf: () => SQL | undefined = () => undefined) {
  // No joins across tables with shared column names here: D1 batch results come back as
  // objects keyed by column name, so `id`/`slug`/`name` from two tables would collide.
  // The statements keyed by the article's id read nothing when the id is null.
  const articleId = () => publicIdBySlug(db, slug, onlyIf());
  return [
    db.select().from(articles).where(and(eq(articles.slug, slug), isPublic(), onlyIf())),
    db.select().from(sections).where(sql`${sections.id} in ${publicSectionIdBySlug(db, slug, onlyIf())}`),
    db.select().from(authors).where(sql`${authors.id} in ${publicAuthorIdBySlug(db, slug, onlyIf())}`),
    // Sorted by name: a sort of this one article's few tags.
    db
      .select({ tag: tags })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(sql`${articleTags.articleId} = ${articleId()}`)
      .orderBy(asc(tags.name)),
    db
      .select()
      .from(articleSources)
      .where(sql`${articleSources.articleId} = ${articleId()}`)
      .orderBy(asc(articleSources.position)),
    // CROSS JOIN keeps related_articles as the outer loop (SQLite never reorders it). An
    // inner join let the planner without statistics start from articles instead, walking
    // every published story through the status index to find the few related to this one.
    // Unlisted ones too, flagged: the page carries their cache tags (see ArticleRecord).
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        publishedAt: articles.publishedAt,
        listed: sql<number>`case when ${isPublic()} then 1 else 0 end`.mapWith(Number),
      })
      .from(relatedArticles)
      .crossJoin(articles)
      .where(and(sql`${relatedArticles.articleId} = ${articleId()}`, eq(articles.id, relatedArticles.relatedId)))
      .orderBy(asc(relatedArticles.position)),
    db
      .select({ slug: articles.slug })
      .from(slugHistory)
      .innerJoin(articles, eq(articles.id, slugHistory.articleId))
      .where(and(eq(slugHistory.slug, slug), isPublic(), onlyIf())),
    db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          eq(articles.slug, slug),
          or(eq(articles.status, 'unpublished'), and(eq(articles.status, 'published'), sql`${articles.deletedAt} is not null`)),
          onlyIf(),
        ),
      ),
    notesOfArticleStatement(db, articleId()),
  ] as const;
}

export type ArticleLookupResults = BatchResponse<ReturnType<typeof articleLookupStatements>>;

/** Reads the results of `articleLookupStatements`. */
export function toArticleLookup([main, sectionRows, authorRows, tagRows, sourceRows, relatedRows, moved, gone, noteRows]: ArticleLookupResults): ArticleLookup {
  const article = main[0];
  const section = sectionRows[0];
  if (article && section) {
    return {
      kind: 'found',
      record: {
        article,
        section,
        author: authorRows[0] ?? null,
        tags: tagRows.map((r) => r.tag),
        sources: sourceRows,
        related: relatedRows.filter((r) => r.listed === 1).map(({ listed: _listed, ...rest }) => rest),
        unlistedRelatedIds: relatedRows.filter((r) => r.listed !== 1).map((r) => r.id),
        notes: noteRows,
      },
    };
  }
  if (moved[0]) return { kind: 'moved', slug: moved[0].slug };
  if (gone[0]) return { kind: 'gone' };
  return { kind: 'missing' };
}

/** Everything an article page needs, in one D1 round trip (one batch). */
export async function findPublicArticle(db: Db, slug: string): Promise<ArticleLookup> {
  return toArticleLookup(await db.batch(articleLookupStatements(db, slug)));
}
