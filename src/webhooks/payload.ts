/**
 * The body of a delivery: `{ type, timestamp, data }` (Standard Webhooks). `data.article`
 * is the article's public JSON, the same shape GET /api/v1/articles/{slug} answers, built
 * when the event fans out. Drafts and embargoed stories never leave through a webhook: an
 * event about a story readers cannot see (any more) is not sent at all, except
 * `article.unpublished`, which carries only the id.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles } from '../db/schema';
import { toArticleView } from '../model/article-view';
import { findPublicArticle } from '../queries/articles';

export interface WebhookEventRow {
  id: number;
  type: string;
  articleId: number;
  data: Record<string, unknown> | null;
  createdAt: Date;
}

async function publicArticleJson(db: Db, id: number, origin: string): Promise<Record<string, unknown> | null> {
  const [row] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, id));
  if (!row) return null;
  const lookup = await findPublicArticle(db, row.slug);
  if (lookup.kind !== 'found' || lookup.record.article.id !== id) return null;
  return toArticleView(lookup.record, origin) as unknown as Record<string, unknown>;
}

/** The exact JSON text every attempt (and replay) of this event's deliveries sends; null: send nothing. */
export async function buildPayload(db: Db, event: WebhookEventRow, origin: string): Promise<string | null> {
  const envelope = (data: Record<string, unknown>) => JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data });
  if (event.type === 'article.unpublished') return envelope({ article: { id: event.articleId } });
  const article = await publicArticleJson(db, event.articleId, origin);
  return article ? envelope({ article, ...(event.data ?? {}) }) : null;
}
