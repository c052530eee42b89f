/**
 * Site settings and preview links (docs/newsroom.md).
 * - site_settings: at most one row (id = 1); no row means the defaults (env.SITE_NAME,
 *   UTC, the site language). Reader pages read it in the batch they already send.
 * - preview_links: signed links that show a draft in the reader's design to whoever holds
 *   them. The token exists only in the link; D1 keeps its SHA-256, like invitations.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { articles } from './schema';
import { people } from './schema-newsroom';

export const siteSettings = sqliteTable(
  'site_settings',
  {
    /** Always 1: one row of settings (the CHECK keeps it so). */
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    /** IANA time zone name ("Europe/Warsaw"), checked with Intl on save. */
    timeZone: text('time_zone').notNull(),
    /** A language src/i18n has a dictionary for. */
    language: text('language').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    updatedBy: integer('updated_by').references(() => people.id, { onDelete: 'set null' }),
  },
  (t) => [check('site_settings_single_row', sql`${t.id} = 1`)],
);

export const previewLinks = sqliteTable(
  'preview_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the token in the link (hex, model/tokens hashToken); looked up through its unique index. */
    tokenHash: text('token_hash').notNull(),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('preview_links_token_hash_unique').on(t.tokenHash), index('preview_links_article_idx').on(t.articleId, t.id)],
);

export type SiteSettingsRow = typeof siteSettings.$inferSelect;
export type PreviewLink = typeof previewLinks.$inferSelect;
