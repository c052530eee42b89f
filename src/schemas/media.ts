/**
 * The media library's part of the editor API (docs/media.md). Uploads are raw image bytes,
 * so their words come as query parameters; PATCH takes JSON. Words are trimmed and bounded.
 */
import * as z from 'zod';
import { MEDIA_FORMATS } from '../db/schema-media';

const words = {
  /** What the picture shows, for readers who cannot see it. */
  alt: z.string().trim().max(500),
  caption: z.string().trim().max(1000),
  credit: z.string().trim().max(200),
  licence: z.string().trim().max(200),
};

export const mediaIdParamSchema = z.strictObject({ media: z.string().regex(/^[0-9a-f]{32}$/, 'a media id: 32 lowercase hex digits') });

/** `POST /media?alt=...&caption=...`: the body is the image itself. */
export const uploadMediaQuerySchema = z.strictObject({
  alt: words.alt.optional(), caption: words.caption.optional(), credit: words.credit.optional(), licence: words.licence.optional(),
});

const fraction = z.number().min(0).max(1);

export const updateMediaSchema = z
  .strictObject({ ...uploadMediaQuerySchema.shape, focalX: fraction.optional(), focalY: fraction.optional() })
  .refine((value) => Object.keys(value).length > 0, 'send at least one field');

/** `cursor` is the `nextCursor` of the previous page. */
export const listMediaQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200).optional(),
  cursor: z.string().regex(/^\d{1,15}_[0-9a-f]{32}$/, 'a nextCursor from a previous page').optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const editorMediaSchema = z.strictObject({
  id: z.string(),
  format: z.enum(MEDIA_FORMATS),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  alt: z.string(),
  caption: z.string(),
  credit: z.string(),
  licence: z.string(),
  focalX: z.number(),
  focalY: z.number(),
  /** A JPEG copy for previews: the original-crop at 1280 px, or the largest width the image has. */
  url: z.string(),
  uploadedByTokenId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const mediaListSchema = z.strictObject({ items: z.array(editorMediaSchema), nextCursor: z.string().nullable() });
