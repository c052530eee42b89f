/** Library images as article writes need them: what the lead image and inline images show. */
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { media } from '../db/schema';
import type { InlineMedia } from '../content/inline-images';

/** The library rows of `ids` (at most 50: content/inline-images bounds them), by id. */
export async function findLibraryImages(db: Db, ids: string[]): Promise<Map<string, InlineMedia>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: media.id, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit })
    .from(media)
    .where(inArray(media.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}
