/**
 * Embed metadata (content/embed-metadata): per canonical link of an embed card, the title and
 * thumbnail its provider's oEmbed endpoint gave, or a failure to retry later. The thumbnail's
 * bytes live in R2 under `embeds/<thumbnail_key>` and are served from our own origin.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const EMBED_STATUSES = ['ok', 'failed'] as const;

export const embeds = sqliteTable('embeds', {
  /** The card's canonical link (content/embed-providers), never the link as pasted. */
  url: text('url').primaryKey(),
  provider: text('provider').notNull(),
  status: text('status', { enum: EMBED_STATUSES }).notNull(),
  title: text('title'),
  /** 32 hex digits of the SHA-256 of the thumbnail's bytes: its R2 key and URL. */
  thumbnailKey: text('thumbnail_key'),
  thumbnailType: text('thumbnail_type'),
  thumbnailWidth: integer('thumbnail_width'),
  thumbnailHeight: integer('thumbnail_height'),
  fetchedAt: integer('fetched_at', { mode: 'timestamp_ms' }).notNull(),
});

export type EmbedRow = typeof embeds.$inferSelect;
