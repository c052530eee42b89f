/**
 * The embed cards of an article page at render time (content/embeds): titles and thumbnails
 * that providers have sent are filled in (one D1 query, only on pages with cards); links
 * not looked up yet are handed to a background lookup (content/embed-metadata) that purges
 * the page when it is done. Readers cannot make it do more: the links come from the stored
 * body, each is looked up once (a failure again after hours), and the edge cache keeps the
 * page between purges.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { getDb } from '../db/client';
import { detectEmbed, embedUrls, withEmbedMetadata } from '../content/embeds';
import { embedMetadataFor, refreshEmbedMetadata } from '../content/embed-metadata';
import { purgeCacheTags } from '../edge-cache/purge';
import { cacheTag } from '../edge-cache/tags';

export async function embedCardsForPage(c: Context<AppEnv>, articleId: number, bodyHtml: string): Promise<string> {
  const { known, missing } = await embedMetadataFor(c.get('db'), embedUrls(bodyHtml));
  if (missing.length) {
    const env = c.env;
    const waitUntil = (p: Promise<unknown>) => c.executionCtx.waitUntil(p);
    const wanted = missing.flatMap((url) => detectEmbed(url) ?? []);
    waitUntil(
      refreshEmbedMetadata(getDb(env.DB), env.MEDIA, wanted)
        .then((rows) => (rows.some((row) => row.title || row.thumbnailKey) ? purgeCacheTags(env, waitUntil, [cacheTag.article(articleId)]) : null))
        .catch((error) => console.error('embed metadata lookup failed; the next render retries', error)),
    );
  }
  return withEmbedMetadata(bodyHtml, known);
}
