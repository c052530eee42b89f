/**
 * Writes one change of an article atomically: the row, its tag links (with listed_at),
 * sources, related links, slug history, a full revision snapshot and an audit entry, in a
 * single D1 batch (one transaction). Optimistic concurrency lives in SQL, not in a
 * read-then-write: the revision row's number is computed inside the batch from the
 * article's current revision, and is NULL (a NOT NULL violation that rolls the whole batch
 * back) when the article is no longer at the revision the writer started from.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { articleMedia, articleSources, articleTags, articles, auditLog, previewLinks, relatedArticles, revisions, slugHistory } from '../db/schema';
import { inlineMediaIdsOf } from '../model/media-refs';
import { chunkForParameters } from '../platform/d1-limits';
import { listedAtOf, withCoverageTimes, type ArticleState } from './article-state';
import { retentionStatements } from './revision-retention';
import { purgeOutboxInsert } from '../edge-cache/outbox';
import { articleEventStatements } from '../webhooks/article-events';

export interface Actor {
  tokenId: number | null;
  /** Who, in words: the token's name, "cron", "script". */
  name: string;
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/** Columns of the articles row for `state`. */
function articleRow(s: ArticleState) {
  return {
    slug: s.slug, title: s.title, dek: s.dek, bodySource: s.bodySource, bodyFormat: s.bodyFormat, bodyHtml: s.bodyHtml,
    bodyText: s.bodyText, status: s.status, publishedAt: date(s.publishedAt), scheduledAt: date(s.scheduledAt),
    updatedAt: new Date(s.updatedAt), deletedAt: date(s.deletedAt), language: s.language, heroImageUrl: s.heroImageUrl,
    heroImageAlt: s.heroImageAlt, heroImageCaption: s.heroImageCaption, heroImageCredit: s.heroImageCredit,
    heroMediaId: s.heroMediaId ?? null, sectionId: s.sectionId, authorId: s.authorId, canonicalUrl: s.canonicalUrl, revision: s.revision,
    live: s.live ?? false, coverageStartedAt: s.coverageStartedAt ?? null, coverageEndedAt: s.coverageEndedAt ?? null,
  };
}

/**
 * The significant-change time, written only by a change that sets a new one: a minor save
 * that raced a correction must not put the older time back.
 */
const significantTimeOf = (before: ArticleState, after: ArticleState) =>
  after.significantUpdatedAt != null && after.significantUpdatedAt !== before.significantUpdatedAt ? { significantUpdatedAt: after.significantUpdatedAt } : {};

/**
 * Statements that replace the article's tag links, sources and related links: one
 * multi-row insert per kind (chunked below D1's bound-parameter limit), so the biggest
 * allowed story stays a handful of statements (D1 counts each one against its per-request query limit).
 */
function linkStatements(db: Db, articleId: SqlId, s: ArticleState): BatchItem<'sqlite'>[] {
  const listedAt = listedAtOf(s);
  const id = articleId as number;
  const tagRows = s.tags.map((t) => ({ articleId: id, tagId: t.id, listedAt }));
  const sourceRows = s.sources.map((src, position) => ({ articleId: id, position, ...src }));
  const relatedRows = s.relatedIds.map((relatedId, position) => ({ articleId: id, relatedId, position }));
  // Library images in use (lead and body), so the library can refuse to delete them (db/schema-article-media).
  const mediaRows = [
    ...(s.heroMediaId ? [{ articleId: id, mediaId: s.heroMediaId, role: 'hero' as const }] : []),
    ...inlineMediaIdsOf(s.bodyHtml).map((mediaId) => ({ articleId: id, mediaId, role: 'inline' as const })),
  ];
  return [
    db.delete(articleTags).where(eq(articleTags.articleId, id)),
    db.delete(articleSources).where(eq(articleSources.articleId, id)),
    db.delete(relatedArticles).where(eq(relatedArticles.articleId, id)),
    db.delete(articleMedia).where(eq(articleMedia.articleId, id)),
    // Parameters per row: the id (a subquery with one parameter for a new article) and the row's values.
    ...chunkForParameters(tagRows, 0, 3).map((rows) => db.insert(articleTags).values(rows)),
    ...chunkForParameters(sourceRows, 0, 4).map((rows) => db.insert(articleSources).values(rows)),
    ...chunkForParameters(relatedRows, 0, 3).map((rows) => db.insert(relatedArticles).values(rows)),
    ...chunkForParameters(mediaRows, 0, 3).map((rows) => db.insert(articleMedia).values(rows)),
  ];
}

/** Whether this change publishes or trashes the story (the transitions that end its preview links). */
const endsPreviewLinks = (before: ArticleState, after: ArticleState) =>
  (after.status === 'published' && before.status !== 'published') || (after.deletedAt !== null && before.deletedAt === null);

/** An article id as a value, or as SQL resolving it inside the batch (for a new row). */
type SqlId = number | ReturnType<typeof sql>;

/** One audit-log row for a change by `actor` (articleId null: not about one article, e.g. a front or an alert). */
export const auditEntry = (db: Db, actor: Actor, action: string, articleId: SqlId | null, details: unknown) =>
  db.insert(auditLog).values({ tokenId: actor.tokenId, actor: actor.name, action, articleId: articleId as number | null, details });

const auditStatement = (db: Db, articleId: SqlId, actor: Actor, action: string, before: ArticleState | null, after: ArticleState) =>
  auditEntry(db, actor, action, articleId, { revision: after.revision, fromStatus: before?.status ?? null, toStatus: after.status, slug: after.slug });

/** Inserts a new article with revision 1; returns its id. Fails (unique index) on a taken slug. */
export async function insertArticle(db: Db, after: Omit<ArticleState, 'id'>, actor: Actor, action: string): Promise<number> {
  // The new row's id, resolved inside the batch by its random short code.
  const newId = sql`(select id from articles where short_code = ${after.shortCode})`;
  // In place: the caller answers with `after`, coverage times included.
  Object.assign(after, withCoverageTimes(null, after as ArticleState, after.updatedAt));
  const state = { ...after, id: 0 } as ArticleState;
  const [inserted] = await db.batch([
    db
      .insert(articles)
      .values({ ...articleRow(state), shortCode: after.shortCode, createdByTokenId: after.createdByTokenId, createdAt: new Date(after.createdAt) })
      .returning({ id: articles.id }),
    ...linkStatements(db, newId, state),
    db.insert(revisions).values({ articleId: newId as unknown as number, revision: 1, action, snapshot: { ...state, id: null }, tokenId: actor.tokenId }),
    auditStatement(db, newId, actor, action, null, state),
  ] as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  // Revision 1's snapshot has no id (it did not exist yet); the revision row carries it.
  return (inserted as { id: number }[])[0]!.id;
}

/** Thrown when the article moved past the revision the writer started from. */
export class StaleRevisionError extends Error {
  constructor(readonly articleId: number, readonly expectedRevision: number) {
    super(`article ${articleId} is no longer at revision ${expectedRevision}`);
  }
}

/**
 * Writes `after` over `before` if, and only if, the article is still at `before.revision`.
 * `after.revision` must be `before.revision + 1`. When readers could see the change,
 * `purgeTags` go into the purge outbox in the same batch; the outbox row's id is returned.
 */
export async function writeArticleChange(
  db: Db,
  before: ArticleState,
  after: ArticleState,
  actor: Actor,
  action: string,
  purgeTags: string[] = [],
): Promise<number | null> {
  const id = before.id;
  // In place: the caller answers with `after`, coverage times included.
  Object.assign(after, withCoverageTimes(before, after, after.updatedAt));
  // Only a slug readers have seen keeps redirecting; a draft's old slugs are simply free again.
  const slugMoved = before.slug !== after.slug;
  const keepOldSlug = slugMoved && before.publishedAt !== null;
  const statements: BatchItem<'sqlite'>[] = [
    // First, so a stale writer fails before anything else runs: NULL revision -> NOT NULL violation.
    db.insert(revisions).values({
      articleId: id,
      revision: sql`(select revision + 1 from articles where id = ${id} and revision = ${before.revision})` as unknown as number,
      action,
      snapshot: after,
      tokenId: actor.tokenId,
    }),
    db.update(articles).set({ ...articleRow(after), ...significantTimeOf(before, after) }).where(and(eq(articles.id, id), eq(articles.revision, before.revision))),
    ...linkStatements(db, id, after),
    ...(slugMoved ? [db.delete(slugHistory).where(and(eq(slugHistory.slug, after.slug), eq(slugHistory.articleId, id)))] : []),
    ...(keepOldSlug
      ? [db.insert(slugHistory).values({ slug: before.slug, articleId: id }).onConflictDoUpdate({ target: slugHistory.slug, set: { articleId: id } })]
      : []),
    auditStatement(db, id, actor, action, before, after),
    ...retentionStatements(db, id, after.revision),
    // The webhook event (outbox row) commits with the change or not at all (src/webhooks).
    ...articleEventStatements(db, before, after),
    // Publication and the trash end the story's preview links for good, whoever made the change
    // (API, CLI, cron, newsroom): an unpublish or restore must not bring them back (preview/lookup).
    ...(endsPreviewLinks(before, after)
      ? [db.update(previewLinks).set({ revokedAt: new Date(after.updatedAt) }).where(and(eq(previewLinks.articleId, id), isNull(previewLinks.revokedAt)))]
      : []),
    // Last: its result is the outbox row the caller purges right after.
    ...(purgeTags.length ? [purgeOutboxInsert(db, purgeTags, `article ${id} ${action}`)] : []),
  ];
  try {
    const results = await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    return purgeTags.length ? (results.at(-1) as { id: number }[])[0]!.id : null;
  } catch (error) {
    const [current] = await db.select({ revision: articles.revision }).from(articles).where(eq(articles.id, id));
    if (!current || current.revision !== before.revision) throw new StaleRevisionError(id, before.revision);
    throw error;
  }
}
