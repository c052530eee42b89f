/**
 * Live coverage: short entries posted to a live story (docs/live.md). Entries are
 * sanitized on write like article bodies; readers see them only while the story is public.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './schema';

export const liveEntries = sqliteTable(
  'live_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    /** What the editor typed: the Markdown subset of content/live-entry (docs/live.md). */
    bodySource: text('body_source').notNull(),
    /** Sanitized HTML, rendered on write; readers and the polling script only ever get this. */
    bodyHtml: text('body_html').notNull(),
    /** Plain text of the HTML, for the key events summary and JSON-LD (readers' pages never load the renderer). */
    bodyText: text('body_text').notNull(),
    pinned: integer('pinned', { mode: 'boolean' }).notNull().default(false),
    keyEvent: integer('key_event', { mode: 'boolean' }).notNull().default(false),
    tokenId: integer('token_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    // Image and embed fields arrive with the media pipeline as nullable columns of their own.
  },
  (t) => [
    // The page and the polling JSON: pinned first, newest first, one range of this index.
    index('live_entries_page_idx').on(t.articleId, t.pinned, t.id),
    index('live_entries_key_event_idx').on(t.articleId, t.keyEvent, t.id),
  ],
);

export type LiveEntry = typeof liveEntries.$inferSelect;
