/**
 * Notes an editor adds to a published story (docs/corrections.md): corrections,
 * clarifications and update notes. Text is rendered on write, like article bodies; readers
 * see a note only while its story is public (isPublic in queries/articles.ts).
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './schema';

export const CORRECTION_KINDS = ['correction', 'clarification', 'update'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CORRECTION_KINDS }).notNull(),
    /** What the editor typed: plain text or the small Markdown subset of docs/corrections.md. */
    textSource: text('text_source').notNull(),
    /** Sanitized inline HTML, rendered on write. */
    textHtml: text('text_html').notNull(),
    /** Plain text, for JSON-LD, feeds and the public JSON. */
    textPlain: text('text_plain').notNull(),
    /** When readers first saw the note; fixing its typo later does not move it. */
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    tokenId: integer('token_id'),
  },
  (t) => [
    // The story's own notes, oldest first: one range per article page.
    index('corrections_article_idx').on(t.articleId, t.publishedAt, t.id),
    // /corrections, newest first by keyset; partial so update notes cost it nothing.
    index('corrections_listing_idx').on(t.publishedAt, t.id).where(sql`kind in ('correction', 'clarification')`),
  ],
);

export type Correction = typeof corrections.$inferSelect;
