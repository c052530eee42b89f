/**
 * The embed cards of an article page at render time (content/embeds): titles and thumbnails
 * that providers have sent are filled in, from the metadata the page's batch read with the
 * article (queries/embed-cards embedCardsStatement), or, when that read did not cover every
 * card (a live entry's cards, a body changed since), from one more D1 query; links not
 * looked up yet are handed to a background lookup (content/embed-metadata) that purges the
 * page when it is done. Readers cannot make it do more: the links come from the stored
 * body, each is looked up once (a failure again after hours), and the edge cache keeps the
 * page between purges.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { getDb } from '../db/client';
import { detectEmbed, embedUrls, withEmbedMetadata, type EmbedMetadata } from '../content/embeds';
import { embedMetadataFor, refreshEmbedMetadata, RETRY_AFTER_MS, thumbnailPath } from '../content/embed-metadata';
import { purgeCacheTags } from '../edge-cache/purge';
import { cacheTag } from '../edge-cache/tags';
import type { EmbedCardRow } from '../queries/embed-cards';

/** Links asked per page, as embedMetadataFor asks them. */
const LINKS_ASKED = 90;

export async function embedCardsForPage(c: Context<AppEnv>, articleId: number, bodyHtml: string, read?: EmbedCardRow[]): Promise<string> {
  const asked = embedUrls(bodyHtml).slice(0, LINKS_ASKED);
  const { known, missing } = (read && metadataFromBatch(read, asked)) || (await embedMetadataFor(c.get('db'), asked));
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

/**
 * What embedMetadataFor would answer for `asked`, from the rows the page's batch read, or
 * null when they do not cover every link asked (the same rules: only `ok` rows with a title
 * or a thumbnail are shown; a link without a row, or with a failure older than
 * RETRY_AFTER_MS, is looked up again).
 */
function metadataFromBatch(read: EmbedCardRow[], asked: string[], now = Date.now()) {
  const rows = new Map(read.map((row) => [row.link, row]));
  if (!asked.every((url) => rows.has(url))) return null;
  const known = new Map<string, EmbedMetadata>();
  const missing: string[] = [];
  for (const url of asked) {
    const { status, title, thumbnailKey, thumbnailWidth: width, thumbnailHeight: height, fetchedAt } = rows.get(url)!;
    const thumbnail = thumbnailKey && width && height ? { src: thumbnailPath(thumbnailKey), width, height } : null;
    if (status === 'ok' && (title || thumbnail)) known.set(url, { title, thumbnail });
    if (status !== 'ok' && (fetchedAt === null || now - fetchedAt >= RETRY_AFTER_MS)) missing.push(url);
  }
  return { known, missing };
}
