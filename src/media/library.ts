/**
 * The media library's reads and writes: D1 rows plus the R2 objects behind them. Routes
 * turn the results into HTTP; nothing here throws HTTP errors but the binding's refusal.
 */
import { and, desc, eq, isNull, lt, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleMedia, articles, media, type MediaRow } from '../db/schema';
import { HttpError } from '../http/errors';
import { r2Keys } from './limits';
import type { ReceivedUpload } from './upload';

type Buckets = { MEDIA: R2Bucket; IMAGES: ImagesBinding };
export interface MediaWords { alt?: string; caption?: string; credit?: string; licence?: string }

export const findMedia = async (db: Db, id: string): Promise<MediaRow | null> =>
  (await db.select().from(media).where(eq(media.id, id)).limit(1))[0] ?? null;

/**
 * Turns a received upload into a library image: the same bytes again give the existing row
 * (`created: false`); otherwise the Images binding must read the file (a header our parser
 * accepts on a file that is not really an image fails here), the object moves to
 * `originals/<id>`, then the row is written, so a row never points at a missing original.
 */
export async function addToLibrary(env: Buckets, db: Db, upload: ReceivedUpload, words: MediaWords, uploadedBy: number) {
  const id = upload.sha256.slice(0, 32);
  try {
    const existing = await findMedia(db, id);
    if (existing) return { row: existing, created: false };
    await checkDecodable(env, upload);
    await copyObject(env.MEDIA, upload.tempKey, r2Keys.original(id));
    const [row] = await db
      .insert(media)
      .values({ id, sha256: upload.sha256, format: upload.format, width: upload.width, height: upload.height, bytes: upload.bytes, ...words, uploadedByTokenId: uploadedBy })
      .onConflictDoNothing()
      .returning();
    // A concurrent upload of the same bytes won the insert: same original, same answer.
    return row ? { row, created: true } : { row: (await findMedia(db, id))!, created: false };
  } finally {
    await env.MEDIA.delete(upload.tempKey);
  }
}

async function checkDecodable(env: Buckets, upload: ReceivedUpload) {
  const object = await env.MEDIA.get(upload.tempKey);
  let info: ImageInfoResponse;
  try {
    info = await env.IMAGES.info(object!.body);
  } catch {
    throw new HttpError(400, 'invalid_image', 'The image is corrupt: it could not be decoded', { fields: { '': ['the image could not be decoded'] } });
  }
  const format = info.format.replace('image/', '');
  if (format !== upload.format || !('width' in info) || info.width !== upload.width || info.height !== upload.height) {
    throw new HttpError(400, 'invalid_image', 'The image header contradicts its content', { fields: { '': ['the header and the decoded image disagree'] } });
  }
}

/** R2 has no copy or rename in the binding: stream the object into a new key (known length). */
async function copyObject(bucket: R2Bucket, from: string, to: string) {
  const source = await bucket.get(from);
  if (!source) throw new Error(`media: uploaded object ${from} vanished`);
  const fixed = new FixedLengthStream(source.size);
  const [, stored] = await Promise.all([source.body.pipeTo(fixed.writable), bucket.put(to, fixed.readable, { httpMetadata: source.httpMetadata })]);
  return stored;
}

export interface ListQuery { q?: string; cursor?: { createdAt: number; id: string }; limit: number }

/** Newest first, keyset-paged on (created_at, id); `q` matches alt, caption or credit. */
export async function listMedia(db: Db, query: ListQuery): Promise<MediaRow[]> {
  const conditions = [];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    const match = (column: SQLWrapper) => sql`${column} like ${pattern} escape '\\'`;
    conditions.push(or(match(media.alt), match(media.caption), match(media.credit)));
  }
  if (query.cursor) {
    const at = new Date(query.cursor.createdAt);
    conditions.push(or(lt(media.createdAt, at), and(eq(media.createdAt, at), lt(media.id, query.cursor.id))));
  }
  return db.select().from(media).where(and(...conditions)).orderBy(desc(media.createdAt), desc(media.id)).limit(query.limit);
}

/**
 * Stories (not in the trash) that reference the image, drafts included: a draft published
 * after the image was deleted would ship broken images. At most 20, newest id first.
 */
export async function storiesUsing(db: Db, id: string): Promise<{ id: number; title: string; status: string }[]> {
  return db
    .selectDistinct({ id: articles.id, title: articles.title, status: articles.status })
    .from(articleMedia)
    .innerJoin(articles, eq(articles.id, articleMedia.articleId))
    .where(and(eq(articleMedia.mediaId, id), isNull(articles.deletedAt)))
    .orderBy(desc(articles.id))
    .limit(20);
}

/** Deletes every derived copy of an image (all of them, or only the focal-point crops). */
export async function deleteDerived(bucket: R2Bucket, id: string, only?: (key: string) => boolean) {
  let cursor: string | undefined;
  do {
    const page = await bucket.list({ prefix: r2Keys.derivedPrefix(id), cursor });
    const keys = page.objects.map((o) => o.key).filter((key) => !only || only(key));
    if (keys.length) await bucket.delete(keys);
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
}

/** Removes the row, the original and every derived copy. */
export async function deleteMedia(env: Buckets, db: Db, id: string) {
  await db.delete(media).where(eq(media.id, id));
  await env.MEDIA.delete(r2Keys.original(id));
  await deleteDerived(env.MEDIA, id);
}
