/**
 * Public share counts, `/api/v1/articles/:slug/shares`: clicks on the share links and hits
 * on the short link (as "short") by people, bots excluded (share/crawlers), all-time.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { HttpError } from '../http/errors';
import { cacheTag } from '../edge-cache/tags';
import { addCacheTags } from '../edge-cache/tags';
import { findShareCountsBySlug, type ShareCounts } from '../queries/shares';
import { COUNTED_NETWORKS } from '../share/networks';

/** Every network with its count, zeros included, so clients need no list of their own. */
export function countsWithZeros(counts: ShareCounts): ShareCounts {
  const networks: Record<string, number> = {};
  for (const network of COUNTED_NETWORKS) networks[network] = counts.networks[network] ?? 0;
  return { total: counts.total, networks };
}

export const shareCountsApi = new Hono<AppEnv>().get('/:slug/shares', async (c) => {
  const found = await findShareCountsBySlug(c.get('db'), c.req.param('slug'));
  // Not stored at the edge: a copy per made-up slug would cost a D1 write each (share/not-stored).
  if (!found) throw new HttpError(404, 'not_found', 'Article not found', null, { 'Cache-Control': 'private, no-store' });
  addCacheTags(c, cacheTag.article(found.article.id));
  // Counts change with every click and no write purges them: the edge must not keep a copy.
  c.header('Cache-Control', 'no-cache');
  return c.json({ slug: found.article.slug, ...countsWithZeros(found.counts) });
});
