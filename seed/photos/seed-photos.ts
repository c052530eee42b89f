/**
 * Puts the dev seed's photos (seed/photos/*.jpg, credits.json) into the local R2 bucket and
 * the media table, and points the sample stories' lead images at them instead of the SVG
 * illustrations of the same theme (keeping each story's own alt text, caption and credit),
 * so every page shows real raster images out of the box. Idempotent: the ids are content
 * hashes, and only stories still on a seed illustration are moved. Runs from Node (scripts/seed).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { articleMedia, articles, media } from '../../src/db/schema';
import { heroImagePath } from '../../src/model/media-refs';

const WIDTH = 1600;
const HEIGHT = 1067;

interface Credits { credit: string; licence: string; photos: Record<string, string> }

/** Uploads the originals and rows; returns how many stories now show a photo. */
export async function seedPhotos(db: Db, bucket: R2Bucket): Promise<number> {
  const dir = import.meta.dirname;
  const credits = JSON.parse(readFileSync(resolve(dir, 'credits.json'), 'utf8')) as Credits;
  let moved = 0;
  for (const [theme, alt] of Object.entries(credits.photos)) {
    const bytes = readFileSync(resolve(dir, `${theme}.jpg`));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const id = sha256.slice(0, 32);
    // Same key scheme as uploads (src/media/limits r2Keys.original).
    if (!(await bucket.head(`originals/${id}`))) await bucket.put(`originals/${id}`, bytes, { httpMetadata: { contentType: 'image/jpeg' } });
    await db
      .insert(media)
      .values({ id, sha256, format: 'jpeg', width: WIDTH, height: HEIGHT, bytes: bytes.length, alt, credit: credits.credit, licence: credits.licence })
      .onConflictDoNothing();
    const stories = await db
      .update(articles)
      .set({ heroMediaId: id, heroImageUrl: heroImagePath({ id, width: WIDTH }) })
      .where(and(eq(articles.heroImageUrl, `/media/seed/${theme}.svg`), isNull(articles.heroMediaId)))
      .returning({ id: articles.id });
    if (stories.length) await db.insert(articleMedia).values(stories.map((s) => ({ articleId: s.id, mediaId: id, role: 'hero' as const }))).onConflictDoNothing();
    moved += stories.length;
  }
  return moved;
}
