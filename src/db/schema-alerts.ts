/**
 * Breaking-news alerts (docs/alerts.md): a short line shown in a banner on every reader page
 * until it expires or an editor removes it. Rows are never deleted: a removed alert keeps
 * its text for the editors' "recent" list and the audit log.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const alerts = sqliteTable(
  'alerts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    text: text('text').notNull(),
    /** A path on this site ("/articles/x"), normalised on write; null: the banner links nowhere. */
    url: text('url'),
    /** BCP 47 tag of the text, for the banner's `lang` (a Ukrainian alert on an English page). */
    language: text('language').notNull().default('en'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    /** Always set (the API defaults it), so no alert can stay up forever by being forgotten. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set by DELETE; the alert is then gone for readers. */
    removedAt: integer('removed_at', { mode: 'timestamp_ms' }),
    createdByTokenId: integer('created_by_token_id'),
  },
  // Readers' query: not removed, not expired, newest first.
  (t) => [index('alerts_active_idx').on(t.removedAt, t.expiresAt)],
);

export type Alert = typeof alerts.$inferSelect;
