/**
 * Editor-side reads of articles: any status, trash included. Reader pages never use these;
 * they go through `isPublic()` in queries/articles.ts.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleSources, articleTags, articles, authors, relatedArticles, revisions, sections, tags, type ArticleStatus } from '../db/schema';
import type { ArticleState } from '../publishing/article-state';

const ms = (d: Date | null) => (d ? d.getTime() : null);

/** The full state of article `id` (trash included) in one D1 round trip, or null. */
export async function loadArticleState(db: Db, id: number): Promise<ArticleState | null> {
  return (await loadArticleStates(db, [id]))[0] ?? null;
}

/** Full states of the articles `ids` (at most 50: D1 binds at most 100 parameters), in that order, in one D1 round trip. */
export async function loadArticleStates(db: Db, ids: number[]): Promise<ArticleState[]> {
  if (ids.length === 0) return [];
  const [rows, tagRows, sourceRows, relatedRows] = await db.batch([
    db
      // Subqueries, not joins: D1 batch rows are keyed by column name, and `slug` would collide.
      .select({
        article: articles,
        sectionSlug: sql<string>`(select s.slug from sections s where s.id = ${articles.sectionId})`.as('section_slug'),
        authorSlug: sql<string | null>`(select au.slug from authors au where au.id = ${articles.authorId})`.as('author_slug'),
      })
      .from(articles)
      .where(inArray(articles.id, ids)),
    db
      .select({ articleId: articleTags.articleId, id: tags.id, slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(inArray(articleTags.articleId, ids))
      .orderBy(asc(tags.slug)),
    db
      .select({ articleId: articleSources.articleId, name: articleSources.name, url: articleSources.url })
      .from(articleSources)
      .where(inArray(articleSources.articleId, ids))
      .orderBy(asc(articleSources.position)),
    db
      .select({ articleId: relatedArticles.articleId, relatedId: relatedArticles.relatedId })
      .from(relatedArticles)
      .where(inArray(relatedArticles.articleId, ids))
      .orderBy(asc(relatedArticles.position)),
  ]);
  const byId = new Map(rows.map((row) => [row.article.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const a = row.article;
    return [{
      ...a,
      publishedAt: ms(a.publishedAt),
      scheduledAt: ms(a.scheduledAt),
      updatedAt: a.updatedAt.getTime(),
      createdAt: a.createdAt.getTime(),
      deletedAt: ms(a.deletedAt),
      sectionSlug: row.sectionSlug,
      authorSlug: row.authorSlug,
      tags: tagRows.filter((t) => t.articleId === id).map(({ id: tagId, slug }) => ({ id: tagId, slug })),
      sources: sourceRows.filter((s) => s.articleId === id).map(({ name, url }) => ({ name, url })),
      relatedIds: relatedRows.filter((r) => r.articleId === id).map((r) => r.relatedId),
    }];
  });
}

export interface EditorListFilters {
  status?: ArticleStatus | 'trash';
  sectionSlug?: string;
  authorSlug?: string;
  /** Only articles this token created (contributors see only their own). */
  createdByTokenId?: number;
}

/** Keyset position in the editor list, newest change first: (updated_at, id). */
export interface EditorCursor { publishedAt: number; id: number }

/** One page of ids, newest change first; states are loaded by the caller. */
export async function listEditorArticleIds(db: Db, filters: EditorListFilters, limit: number, cursor: EditorCursor | null) {
  const where: (SQL | undefined)[] = [
    filters.status === 'trash' ? sql`${articles.deletedAt} is not null` : isNull(articles.deletedAt),
    filters.status && filters.status !== 'trash' ? eq(articles.status, filters.status) : undefined,
    filters.sectionSlug ? sql`${articles.sectionId} = (select id from sections where slug = ${filters.sectionSlug})` : undefined,
    filters.authorSlug ? sql`${articles.authorId} = (select id from authors where slug = ${filters.authorSlug})` : undefined,
    filters.createdByTokenId !== undefined ? eq(articles.createdByTokenId, filters.createdByTokenId) : undefined,
    cursor ? sql`(${articles.updatedAt}, ${articles.id}) < (${cursor.publishedAt}, ${cursor.id})` : undefined,
  ];
  return db
    .select({ id: articles.id, updatedAt: articles.updatedAt })
    .from(articles)
    .where(and(...where))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(limit);
}

/** Revisions of an article, newest first, without their snapshots. */
export function listRevisions(db: Db, articleId: number) {
  return db
    .select({ revision: revisions.revision, action: revisions.action, tokenId: revisions.tokenId, createdAt: revisions.createdAt, compacted: revisions.compacted })
    .from(revisions)
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.revision));
}

/** A revision's snapshot; `compacted` ones hold only title, slug and status (publishing/revision-retention). */
export async function findRevisionSnapshot(db: Db, articleId: number, revision: number): Promise<{ snapshot: Partial<ArticleState>; compacted: boolean } | null> {
  const [row] = await db
    .select({ snapshot: revisions.snapshot, compacted: revisions.compacted })
    .from(revisions)
    .where(and(eq(revisions.articleId, articleId), eq(revisions.revision, revision)));
  return row ? { snapshot: row.snapshot as Partial<ArticleState>, compacted: row.compacted } : null;
}

/** Ids among `ids` that are existing articles (any status). */
export async function existingArticleIds(db: Db, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: articles.id }).from(articles).where(inArray(articles.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Section, author and tag rows named by slug, in one round trip, for validating input. */
export async function findTaxonomy(db: Db, sectionSlug: string | undefined, authorSlug: string | null | undefined, tagSlugs: string[]) {
  const none = sql`0`;
  const [sectionRows, authorRows, tagRows] = await db.batch([
    db.select({ id: sections.id, slug: sections.slug }).from(sections).where(sectionSlug ? eq(sections.slug, sectionSlug) : none),
    db.select({ id: authors.id, slug: authors.slug }).from(authors).where(authorSlug ? eq(authors.slug, authorSlug) : none),
    db.select({ id: tags.id, slug: tags.slug }).from(tags).where(tagSlugs.length ? inArray(tags.slug, tagSlugs) : none),
  ]);
  return { section: sectionRows[0] ?? null, author: authorRows[0] ?? null, tags: tagRows };
}

/** Scheduled articles whose time has come, oldest first. */
export function findDueArticles(db: Db, now: number, limit = 50) {
  return db
    .select({ id: articles.id, revision: articles.revision })
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), isNull(articles.deletedAt), sql`${articles.scheduledAt} <= ${now}`))
    .orderBy(asc(articles.scheduledAt))
    .limit(limit);
}
