/**
 * Article pages rendered at publish time (src/article-render, docs/caching.md "Article
 * fragments"). The triggers that mark rows stale live in migrations/0018_article_renders.sql:
 * drizzle-kit does not describe triggers.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './schema';

export const articleRenders = sqliteTable(
  'article_renders',
  {
    articleId: integer('article_id').primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
    /** Bumped by every change that marks the row stale: a render stores its result only over the version it read. */
    version: integer('version').notNull().default(0),
    /** 1 until a render of the current data is stored; the page then renders in full (never a write on a reader's miss). */
    stale: integer('stale').notNull().default(1),
    /** What the full edition adds to <head> (social tags, JSON-LD), with the origin as a placeholder. */
    headHtml: text('head_html'),
    /** The <article> markup, embed cards as stored; null when the page is rendered per request (live coverage, not public). */
    articleHtml: text('article_html'),
    /** JSON of FragmentMeta (src/article-render/pieces.tsx). */
    pageMeta: text('page_meta'),
    renderedAt: integer('rendered_at', { mode: 'timestamp_ms' }),
    /** The renderer that made it (src/article-render/renderer.ts): a fragment of another one is never served. */
    renderer: text('renderer'),
  },
  (t) => [index('article_renders_stale_idx').on(t.articleId).where(sql`stale = 1`), index('article_renders_renderer_idx').on(t.renderer)],
);

export type ArticleRenderRow = typeof articleRenders.$inferSelect;
