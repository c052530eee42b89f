/**
 * Webhooks (issue #14): endpoints admins register, the events outbox written in the same
 * D1 batch as the change it reports, and one delivery row per (event, endpoint).
 * Matches migrations/0010_webhooks.sql exactly.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const nowMs = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failing', 'dead', 'gone', 'skipped'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const webhookEndpoints = sqliteTable('webhook_endpoints', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull(),
  /** Event types this endpoint receives (JSON array). */
  events: text('events', { mode: 'json' }).$type<string[]>().notNull(),
  /** The signing secret, AES-GCM encrypted with WEBHOOK_SECRET_KEY ("v1.<iv>.<ciphertext>", base64). */
  secretCiphertext: text('secret_ciphertext').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Why it was switched off (e.g. "410 Gone"), null when an admin did it or it is active. */
  disabledReason: text('disabled_reason'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
});

/** The outbox: one row per event, fanned out to deliveries (and the Queue) right after the write. */
export const webhookEvents = sqliteTable(
  'webhook_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type').notNull(),
    articleId: integer('article_id').notNull(),
    /** Extra event data from the writer (a correction, a live entry). */
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
    /** Set once delivery rows exist for every subscribed endpoint; null means the cron must do it. */
    dispatchedAt: integer('dispatched_at', { mode: 'timestamp_ms' }),
  },
  // Only undispatched rows: the cron's look for them stays small however many events there were.
  (t) => [index('webhook_events_undispatched_idx').on(t.id).where(sql`dispatched_at is null`)],
);

export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id').notNull().references(() => webhookEvents.id),
    endpointId: integer('endpoint_id').notNull().references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** The `webhook-id` header: the same for every attempt and every replay of this delivery. */
    messageId: text('message_id').notNull().unique(),
    /** The exact JSON body, fixed at fan-out so every attempt signs and sends the same bytes. */
    payload: text('payload').notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    /** At most 200 characters of the receiver's last answer. */
    responseExcerpt: text('response_excerpt'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
    /** When the delivery was last handed to the Queue; null means the cron must send it. */
    enqueuedAt: integer('enqueued_at', { mode: 'timestamp_ms' }),
    lastAttemptAt: integer('last_attempt_at', { mode: 'timestamp_ms' }),
    deliveredAt: integer('delivered_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_endpoint_idx').on(t.eventId, t.endpointId),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.id),
    // Only pending rows: the cron's look for unsent ones stays small however long the log grows.
    index('webhook_deliveries_unqueued_idx').on(t.enqueuedAt, t.id).where(sql`status = 'pending'`),
  ],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
