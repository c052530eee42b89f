/**
 * Everything the reader's article page shows, for an article of ANY status (draft,
 * scheduled, unpublished, trashed), by id: the preview's own read, never used for public
 * pages (those go through isPublic in queries/articles). One D1 batch, with the
 * navigation (which also carries the site settings) so the preview renders like the page.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleSources, articleTags, articles, authors, relatedArticles, sections, tags, type Article } from '../db/schema';
import { isPublic, type ArticleRecord } from '../queries/articles';
import { notesOfArticleStatement } from '../queries/corrections';
import { navigationQuery } from '../queries/listings';

export interface DraftRecord {
  record: ArticleRecord;
  navigation: Awaited<ReturnType<typeof navigationQuery>>;
}

/** The article `articleId` in any state, or null when there is no such row. */
export async function loadDraftRecord(db: Db, articleId: number): Promise<DraftRecord | null> {
  const id = sql`${articleId}`;
  const [navigation, main, sectionRows, authorRows, tagRows, sourceRows, relatedRows, noteRows] = await db.batch([
    navigationQuery(db),
    db.select().from(articles).where(eq(articles.id, articleId)),
    db.select().from(sections).where(sql`${sections.id} = (select section_id from articles where id = ${articleId})`),
    db.select().from(authors).where(sql`${authors.id} = (select author_id from articles where id = ${articleId})`),
    db.select({ tag: tags }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, articleId)).orderBy(asc(tags.name)),
    db.select().from(articleSources).where(eq(articleSources.articleId, articleId)).orderBy(asc(articleSources.position)),
    // Only stories readers can already see are linked: a preview never reveals another draft.
    db
      .select({ id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
      .from(relatedArticles)
      .crossJoin(articles)
      .where(and(eq(relatedArticles.articleId, articleId), eq(articles.id, relatedArticles.relatedId), isPublic()))
      .orderBy(asc(relatedArticles.position)),
    notesOfArticleStatement(db, id),
  ]);
  const article: Article | undefined = main[0];
  const section = sectionRows[0];
  if (!article || !section) return null;
  return {
    navigation,
    record: { article, section, author: authorRows[0] ?? null, tags: tagRows.map((r) => r.tag), sources: sourceRows, related: relatedRows, unlistedRelatedIds: [], notes: noteRows },
  };
}

/** Whether the article is in the trash (a preview of it answers 404 to link holders). */
export const isTrashed = (article: Pick<Article, 'deletedAt'>) => article.deletedAt !== null;
