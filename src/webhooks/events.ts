/**
 * The one way code reports a webhook event: a statement for the same D1 batch as the change
 * it reports (an outbox row), so the change and the event commit together or not at all.
 * After the batch, the caller runs `deps.afterEvents?.()`, which fans new rows out to the
 * Queue; rows that never got there are picked up by the cron (src/webhooks/dispatch.ts).
 */
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { webhookEvents } from '../db/schema-webhooks';

export const WEBHOOK_EVENT_TYPES = ['article.published', 'article.updated', 'article.unpublished', 'article.corrected', 'live.entry.created'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A statement for the same D1 batch as the change it reports: records the event durably (an outbox row), so it is never lost. */
export function webhookEventStatement(db: Db, type: WebhookEventType, articleId: number, data?: Record<string, unknown>): BatchItem<'sqlite'> {
  return db.insert(webhookEvents).values({ type, articleId, data: data ?? null });
}
