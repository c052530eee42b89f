/**
 * /api/v1/editor/media: the media library (docs/media.md). Contributors upload and see the
 * library; editors, or the contributor who uploaded an image, change its words and focal
 * point; editors and admins delete images no story (draft or not, outside the trash) uses.
 */
import { Hono, type Context } from 'hono';
import { eq } from 'drizzle-orm';
import { media, type MediaRow } from '../../db/schema';
import { HttpError, notFound } from '../../http/errors';
import { hasRole, requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { cacheTag } from '../../edge-cache/tags';
import { purgeOutboxInsert, runOutboxPurge } from '../../edge-cache/outbox';
import { MAX_UPLOAD_BYTES } from '../../media/limits';
import { receiveUpload } from '../../media/upload';
import { addToLibrary, deleteDerived, deleteMedia, findMedia, listMedia, storiesUsing } from '../../media/library';
import { mediaPath, widthsFor } from '../../media/urls';
import { listMediaQuerySchema, mediaIdParamSchema, updateMediaSchema, uploadMediaQuerySchema } from '../../schemas/media';
import { jsonBody, params, query } from './request-body';

const PAGE_SIZE = 30;

/** The preview URL: the original crop in JPEG at 1280 px, or the largest width the image has. */
function previewUrl(origin: string, row: MediaRow) {
  const widths = widthsFor(row.width);
  const width = widths.includes(1280) ? 1280 : widths[widths.length - 1]!;
  return `${origin}${mediaPath(row.id, 'original', width, 'jpg')}`;
}

const toJson = (c: Context<EditorEnv>, row: MediaRow) => ({
  id: row.id, format: row.format, width: row.width, height: row.height, bytes: row.bytes,
  alt: row.alt, caption: row.caption, credit: row.credit, licence: row.licence, focalX: row.focalX, focalY: row.focalY,
  url: previewUrl(c.get('origin'), row), uploadedByTokenId: row.uploadedByTokenId,
  createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
});

/** Content-Type image/* (415), a Content-Length (411) of at most 25 MB (413), before a byte is read. */
function checkUploadHeaders(c: Context<EditorEnv>): number {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!type.startsWith('image/')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the image bytes as the body, with an image/* Content-Type', { fields: { 'Content-Type': [`is "${type.slice(0, 100)}"; send image/jpeg, image/png, image/webp, image/avif or image/gif`] } });
  }
  const header = c.req.header('content-length');
  if (header === undefined) throw new HttpError(411, 'length_required', 'Send a Content-Length: uploads are streamed to storage, which needs the size up front', { fields: { 'Content-Length': ['is required'] } });
  if (!/^\d{1,12}$/.test(header)) throw new HttpError(400, 'validation_error', 'Content-Length is not a number', { fields: { 'Content-Length': ['must be a whole number of bytes'] } });
  const length = Number(header);
  if (length > MAX_UPLOAD_BYTES) throw new HttpError(413, 'payload_too_large', `Images may be at most ${MAX_UPLOAD_BYTES} bytes (25 MB)`, { fields: { '': [`at most ${MAX_UPLOAD_BYTES} bytes`] } });
  return length;
}

async function mustFind(c: Context<EditorEnv>, id: string) {
  const row = await findMedia(c.get('db'), id);
  if (!row) throw notFound('Image');
  return row;
}

/** Purges every stored copy of the image's URLs, through the outbox like every other write. */
async function purgeCopies(c: Context<EditorEnv>, id: string, reason: string) {
  const [outbox] = await purgeOutboxInsert(c.get('db'), [cacheTag.media(id)], reason);
  await runOutboxPurge(c.env, (p) => c.executionCtx.waitUntil(p), outbox!.id, [cacheTag.media(id)]);
}

export const mediaRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('contributor'), query(listMediaQuerySchema), async (c) => {
    const { q, cursor, limit = PAGE_SIZE } = c.req.valid('query');
    const [at, id] = cursor?.split('_') ?? [];
    const rows = await listMedia(c.get('db'), { q, limit, cursor: cursor ? { createdAt: Number(at), id: id! } : undefined });
    const last = rows[rows.length - 1];
    return c.json({ items: rows.map((row) => toJson(c, row)), nextCursor: rows.length === limit && last ? `${last.createdAt.getTime()}_${last.id}` : null });
  })
  .post('/', requireRole('contributor'), query(uploadMediaQuerySchema), async (c) => {
    const words = c.req.valid('query');
    const length = checkUploadHeaders(c);
    const body = c.req.raw.body;
    if (!body || length === 0) throw new HttpError(400, 'invalid_image', 'The body is empty: send the image bytes', { fields: { '': ['is empty'] } });
    const upload = await receiveUpload(c.env.MEDIA, body, length, c.req.header('content-type')!);
    const { row, created } = await addToLibrary(c.env, c.get('db'), upload, words, c.get('editor').tokenId);
    return c.json(toJson(c, row), created ? 201 : 200);
  })
  .get('/:media', requireRole('contributor'), params(mediaIdParamSchema), async (c) => c.json(toJson(c, await mustFind(c, c.req.valid('param').media))))
  .patch('/:media', requireRole('contributor'), params(mediaIdParamSchema), ...jsonBody(updateMediaSchema), async (c) => {
    const { media: id } = c.req.valid('param');
    const input = c.req.valid('json');
    const row = await mustFind(c, id);
    const editor = c.get('editor');
    if (!hasRole(editor.role, 'editor') && row.uploadedByTokenId !== editor.tokenId) {
      throw new HttpError(403, 'forbidden', 'Contributors can only change the images they uploaded');
    }
    const [updated] = await c.get('db').update(media).set({ ...input, updatedAt: new Date() }).where(eq(media.id, id)).returning();
    const refocused = (input.focalX !== undefined && input.focalX !== row.focalX) || (input.focalY !== undefined && input.focalY !== row.focalY);
    if (refocused) {
      // The crops are cut around the focal point: drop them (the `original` copies stay) and the edge's copies.
      await deleteDerived(c.env.MEDIA, id, (key) => !key.includes('/original/'));
      await purgeCopies(c, id, `media ${id} refocused`);
    }
    return c.json(toJson(c, updated!));
  })
  .delete('/:media', requireRole('editor'), params(mediaIdParamSchema), async (c) => {
    const { media: id } = c.req.valid('param');
    await mustFind(c, id);
    const stories = await storiesUsing(c.get('db'), id);
    if (stories.length) {
      // The message names a few; details list up to 20 (id, title, status).
      const names = stories.slice(0, 3).map((s) => `“${s.title}” (${s.status})`).join(', ') + (stories.length > 3 ? ' and more' : '');
      throw new HttpError(409, 'in_use', `The image is used by ${stories.length === 1 ? '1 story' : `${stories.length === 20 ? '20 or more' : stories.length} stories`}: ${names}. Remove it from them first`, { articles: stories.map((s) => s.id), stories });
    }
    await deleteMedia(c.env, c.get('db'), id);
    await purgeCopies(c, id, `media ${id} deleted`);
    return c.body(null, 204);
  });
