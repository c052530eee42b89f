/**
 * Who has a story open in the newsroom editor (src/newsroom/presence.ts). A person counts
 * as present for 60 s after their last call; stale rows are deleted on the next write.
 * The headline index for the Stories list (story_titles_fts, migration 0014) is an FTS5
 * virtual table kept by triggers, so it has no Drizzle table here (like articles_fts).
 */
import { index, integer, primaryKey, sqliteTable } from 'drizzle-orm/sqlite-core';
import { articles } from './schema';
import { people } from './schema-newsroom';

export const storyPresence = sqliteTable(
  'story_presence',
  {
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    /** When this stretch of having the story open began (kept while the calls keep coming). */
    since: integer('since', { mode: 'timestamp_ms' }).notNull(),
    seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.personId] }), index('story_presence_seen_idx').on(t.seenAt)],
);
