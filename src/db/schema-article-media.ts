/**
 * Which library images each article uses (docs/media.md): its lead image and the images in
 * its body. Rewritten in the same batch as every article write (publishing/write-change),
 * so the media library can refuse to delete an image any story outside the trash still uses,
 * and find the stories that use one.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ARTICLE_MEDIA_ROLES = ['hero', 'inline'] as const;
export type ArticleMediaRole = (typeof ARTICLE_MEDIA_ROLES)[number];

export const articleMedia = sqliteTable(
  'article_media',
  {
    articleId: integer('article_id').notNull(),
    mediaId: text('media_id').notNull(),
    role: text('role', { enum: ARTICLE_MEDIA_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.mediaId, t.role] }), index('article_media_media_idx').on(t.mediaId, t.articleId)],
);
