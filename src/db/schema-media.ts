/**
 * The media library (docs/media.md). Originals live in R2 under `originals/<id>` and are
 * never served to readers (they can carry GPS positions and camera serials); D1 keeps what
 * pages need to lay an image out without touching R2: size, format, words, focal point.
 * The id is derived from the content hash, so the same bytes uploaded twice are one image.
 */
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const MEDIA_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const media = sqliteTable(
  'media',
  {
    /** First 32 hex digits (128 bits) of the SHA-256 of the original bytes. */
    id: text('id').primaryKey(),
    sha256: text('sha256').notNull(),
    format: text('format', { enum: MEDIA_FORMATS }).notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    /** Licence or source, in words ("CC BY 4.0, Wikimedia Commons", "Staff photo"). */
    licence: text('licence').notNull().default(''),
    /** Focal point as fractions of width and height (0..1): crops keep it in frame. */
    focalX: real('focal_x').notNull().default(0.5),
    focalY: real('focal_y').notNull().default(0.5),
    /** The api_tokens row (a script's token or a person's newsroom identity) that uploaded it. */
    uploadedByTokenId: integer('uploaded_by_token_id'),
    createdAt: timestamp('created_at').notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    updatedAt: timestamp('updated_at').notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
  },
  (t) => [index('media_created_idx').on(t.createdAt, t.id)],
);

export type MediaRow = typeof media.$inferSelect;
