/**
 * Curated fronts (docs/fronts.md): the home page and each section page carry an editor-set
 * lead and an ordered list of top stories. A front is keyed `home` or `section:<id>` (by
 * id, so renaming a section keeps its front).
 */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './schema';

/** One row per front ever set: its revision is the base of the front's ETag. */
export const fronts = sqliteTable('fronts', {
  name: text('name').primaryKey(),
  revision: integer('revision').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  updatedByTokenId: integer('updated_by_token_id'),
});

/**
 * The slots of a front: position 0 is the lead, 1.. the top stories in order. Readers see a
 * slot only while its article is public (isPublic) and the slot has not expired, so a
 * scheduled story takes its slot when it publishes and an unpublished one leaves at once.
 */
export const frontSlots = sqliteTable(
  'front_slots',
  {
    front: text('front').notNull(),
    position: integer('position').notNull(),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    /** After this the automatic order takes over; null: until an editor changes the front. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
  },
  (t) => [primaryKey({ columns: [t.front, t.position] })],
);

export type FrontSlot = typeof frontSlots.$inferSelect;
