/**
 * Which webhook event a change of an article is, seen by readers: going public is
 * `article.published`, leaving (unpublish, trash) `article.unpublished`, any change while
 * public `article.updated`. Changes readers cannot see (drafts, schedules) send nothing.
 */
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { isPublicState, type ArticleState } from '../publishing/article-state';
import { webhookEventStatement, type WebhookEventType } from './events';

export function articleEventType(before: ArticleState | null, after: ArticleState): WebhookEventType | null {
  const was = isPublicState(before);
  const is = isPublicState(after);
  if (!was && is) return 'article.published';
  if (was && !is) return 'article.unpublished';
  return was && is ? 'article.updated' : null;
}

/** The outbox statement for this change's event, if readers could see it (for the change's own batch). */
export function articleEventStatements(db: Db, before: ArticleState, after: ArticleState): BatchItem<'sqlite'>[] {
  const type = articleEventType(before, after);
  return type ? [webhookEventStatement(db, type, before.id)] : [];
}
