/**
 * Embed thumbnails copied from providers into R2 (content/embed-metadata), served from our
 * own origin so a card shows its picture without the reader's browser asking the provider.
 * The key is the hash of the bytes: one URL never changes content, so it is immutable.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { thumbnailR2Key } from '../content/embed-metadata';

export const embedThumbnails = new Hono<AppEnv>().get('/embeds/:key{[0-9a-f]{32}}', async (c) => {
  const object = await c.env.MEDIA.get(thumbnailR2Key(c.req.param('key')));
  if (!object) return c.notFound();
  return new Response(object.body, {
    headers: {
      'content-type': object.httpMetadata?.contentType ?? 'application/octet-stream',
      'content-length': String(object.size),
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
});
