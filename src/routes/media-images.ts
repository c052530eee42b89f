/**
 * The resized copies readers fetch: /media/<id>/<crop>/<width>.<avif|webp|jpg> (src/media/urls.ts).
 * Only the fixed crops, widths and formats exist: anything else is a 400 before D1 or R2 is
 * touched. A stored copy in R2 is served as is; otherwise it is made once (media/derive.ts).
 * Copies are immutable for a year; a deleted or re-cropped image purges them from R2 and
 * the edge by its `media:<id>` tag (browsers keep what they have: docs/media.md). A copy
 * found stale right after it was made is served `no-store` and not kept (copy-flight.ts).
 */
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import type { AppEnv } from '../env';
import { media as mediaTable } from '../db/schema';
import { HttpError } from '../http/errors';
import { declareQueryParams } from '../edge-cache/params';
import { addCacheTags, cacheTag } from '../edge-cache/tags';
import type { CopySpec } from '../media/derive';
import { deriveOnce, focalFromPrimary } from '../media/copy-flight';
import { MEDIA_ID, r2Keys } from '../media/limits';
import { MEDIA_CROPS, MEDIA_WIDTHS, SERVED_FORMATS, SOCIAL_CARD, widthsFor, type MediaCrop, type ServedFormat } from '../media/urls';

declareQueryParams('/media/:id/:crop/:file', []);

const IMMUTABLE = 'public, max-age=31536000, immutable';

const badRequest = (message: string) => new HttpError(400, 'bad_request', message);

/** The copy a URL names, or a 400: the only sizes that exist are the fixed ones. */
export function parseCopyPath(id: string, crop: string, file: string): CopySpec {
  if (!MEDIA_ID.test(id)) throw badRequest('Not a media id');
  const match = /^([1-9]\d{2,3})\.(avif|webp|jpg)$/.exec(file); // no leading zeros: one URL per copy
  if (!match) throw badRequest('Images come as <width>.avif, .webp or .jpg');
  const width = Number(match[1]);
  const format = match[2] as ServedFormat;
  if (crop === SOCIAL_CARD.crop) {
    if (width !== SOCIAL_CARD.width || format !== 'jpg') throw badRequest('The social card is 1200.jpg only');
    return { crop: 'card', width, format };
  }
  if (!Object.hasOwn(MEDIA_CROPS, crop)) throw badRequest(`Crops are ${Object.keys(MEDIA_CROPS).join(', ')} and card`);
  if (!(MEDIA_WIDTHS as readonly number[]).includes(width)) throw badRequest(`Widths are ${MEDIA_WIDTHS.join(', ')}`);
  return { crop: crop as MediaCrop, width, format };
}

const imageResponse = (body: BodyInit, format: ServedFormat, etag: string, cacheControl = IMMUTABLE) =>
  new Response(body, {
    headers: { 'Content-Type': SERVED_FORMATS[format], 'Cache-Control': cacheControl, ETag: etag, 'X-Content-Type-Options': 'nosniff' },
  });

export const mediaImages = new Hono<AppEnv>().get('/media/:id/:crop/:file', async (c) => {
  const { id, crop, file } = c.req.param();
  const spec = parseCopyPath(id, crop, file);
  addCacheTags(c, cacheTag.media(id));
  const key = r2Keys.derived(id, crop, file);
  const stored = await c.env.MEDIA.get(key);
  if (stored) return imageResponse(stored.body, spec.format, stored.httpEtag);

  const [source] = await c
    .get('db')
    .select({ id: mediaTable.id, width: mediaTable.width, height: mediaTable.height, focalX: mediaTable.focalX, focalY: mediaTable.focalY })
    .from(mediaTable)
    .where(eq(mediaTable.id, id))
    .limit(1);
  // Never larger than the original (widthsFor), except the card, whose size is fixed.
  if (!source || (spec.crop !== 'card' && !widthsFor(source.width).includes(spec.width as never))) return c.notFound();
  const made = await deriveOnce(c.env, source, spec, key, focalFromPrimary(c.env.DB, id), (p) => c.executionCtx.waitUntil(p));
  if (!made) return c.notFound();
  // Requests that shared the transform each get their own copy of the bytes.
  return imageResponse(made.bytes.slice(0), spec.format, made.etag, made.kept ? IMMUTABLE : 'no-store');
});
