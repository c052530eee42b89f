/**
 * Reads of the notes on stories (docs/corrections.md): a story's own notes, for the article
 * page's batch and the feeds', and /corrections, newest first by keyset. Readers only see a
 * note while its story is public (isPublic): a story taken down takes its notes with it.
 */
import { and, asc, desc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, corrections, type CorrectionKind } from '../db/schema';
import { cacheTag } from '../edge-cache/tags';
import type { ListCursor } from '../model/cursor';
import { isPublic } from './articles';
import { clampLimit } from './listings';

/**
 * Cache tag of /corrections and its feed. A note's write purges it with its story's tags;
 * the pages also carry each listed story's tag, so taking a story down drops its notes.
 */
export const CORRECTIONS_CACHE_TAG = cacheTag.corrections();

/** One note as readers get it. */
export interface NoteRow {
  id: number;
  articleId: number;
  kind: CorrectionKind;
  textHtml: string;
  textPlain: string;
  publishedAt: Date;
}

const noteColumns = {
  id: corrections.id,
  articleId: corrections.articleId,
  kind: corrections.kind,
  textHtml: corrections.textHtml,
  textPlain: corrections.textPlain,
  publishedAt: corrections.publishedAt,
};

/**
 * The notes of the story whose id `articleId` yields (a scalar subquery of the public story),
 * oldest first: one range of corrections_article_idx, for the article page's batch.
 */
export const notesOfArticleStatement = (db: Db, articleId: SQLWrapper) =>
  db
    .select(noteColumns)
    .from(corrections)
    .where(sql`${corrections.articleId} = ${articleId}`)
    .orderBy(asc(corrections.publishedAt), asc(corrections.id));

/**
 * The notes of the stories `articleIds` yields (a subquery of public ids), for a feed's
 * batch. Unsorted: `notesByArticle` orders each story's few notes, so the plan has no sort.
 */
export const notesOfArticlesStatement = (db: Db, articleIds: SQLWrapper) =>
  db.select(noteColumns).from(corrections).where(sql`${corrections.articleId} in ${articleIds}`);

/** Groups note rows by story, each story's oldest first. */
export function notesByArticle<T extends { id: number; articleId: number; publishedAt: Date }>(rows: T[]): Map<number, T[]> {
  const sorted = [...rows].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id - b.id);
  const grouped = new Map<number, T[]>();
  for (const row of sorted) grouped.set(row.articleId, [...(grouped.get(row.articleId) ?? []), row]);
  return grouped;
}

/** A listed note with the story it belongs to (columns aliased apart: batch rows are keyed by name). */
export interface ListedNote extends NoteRow {
  articleSlug: string;
  articleTitle: string;
  articleLanguage: string;
}

// Written literally, as in corrections_listing_idx: SQLite uses a partial index only for a
// WHERE that repeats its condition, and a bound parameter would not.
const LISTED_KINDS: SQL = sql`${corrections.kind} in ('correction', 'clarification')`;

/**
 * Corrections and clarifications on public stories, newest first, one keyset page of
 * `limit` (plus one row to tell whether there is a next page). Corrections drive the loop
 * through their partial index (CROSS JOIN keeps them outer) and each story is read by its
 * id; isPublic() sits in coalesce() so the planner cannot start from the status index.
 */
export function listedNotesQuery(db: Db, options: { limit: number; cursor: ListCursor | null }) {
  const { cursor } = options;
  return db
    .select({
      ...noteColumns,
      articleSlug: sql<string>`${articles.slug}`.as('article_slug'),
      articleTitle: sql<string>`${articles.title}`.as('article_title'),
      articleLanguage: sql<string>`${articles.language}`.as('article_language'),
    })
    .from(corrections)
    .crossJoin(articles)
    .where(
      and(
        LISTED_KINDS,
        eq(articles.id, corrections.articleId),
        sql`coalesce(${isPublic()}, 0)`,
        cursor ? sql`(${corrections.publishedAt}, ${corrections.id}) < (${cursor.publishedAt}, ${cursor.id})` : undefined,
      ),
    )
    .orderBy(desc(corrections.publishedAt), desc(corrections.id))
    .limit(clampLimit(options.limit) + 1);
}

/** Cuts the look-ahead row off `listedNotesQuery`'s rows; the last shown note is the next cursor. */
export function cutNotesPage(rows: ListedNote[], limit: number) {
  const size = clampLimit(limit);
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, next: rows.length > size && last ? { publishedAt: last.publishedAt.getTime(), id: last.id } : null };
}

/** A page of /corrections and the cursor of the next one. */
export async function listPublicNotes(db: Db, options: { limit: number; cursor: ListCursor | null }) {
  return cutNotesPage(await listedNotesQuery(db, options), options.limit);
}

/** Every note on article `articleId` for the editor API, oldest first (any story status). */
export const listNotesForEditor = (db: Db, articleId: number) =>
  db.select().from(corrections).where(eq(corrections.articleId, articleId)).orderBy(asc(corrections.publishedAt), asc(corrections.id));
