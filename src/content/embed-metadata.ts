/**
 * Titles and thumbnails for embed cards, from each provider's oEmbed endpoint. Runs in the
 * background (waitUntil) after a page with cards is rendered, never in a request's path;
 * the thumbnail is copied into R2 (`embeds/<sha256>`) and served from our own origin, so
 * a reader's browser still makes no request to the provider before the click.
 *
 * Everything a provider sends is bounded: answers and thumbnails are read up to a size,
 * with a timeout, without following redirects; titles are cut to one line of text;
 * thumbnails must be images by their magic bytes (media/sniff), their size read from the header.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { embeds, type EmbedRow } from '../db/schema-embeds';
import { sniffImage } from '../media/sniff';
import type { Embed, EmbedMetadata, EmbedProvider } from './embeds';

const encode = encodeURIComponent;
/** oEmbed endpoints. Instagram's needs a Facebook app token and Google Maps has none: their cards keep provider and link. */
const OEMBED: Partial<Record<EmbedProvider, (url: string) => string>> = {
  youtube: (url) => `https://www.youtube.com/oembed?format=json&url=${encode(url)}`,
  vimeo: (url) => `https://vimeo.com/api/oembed.json?dnt=1&url=${encode(url)}`,
  x: (url) => `https://publish.twitter.com/oembed?omit_script=true&dnt=true&url=${encode(url)}`,
  bluesky: (url) => `https://embed.bsky.app/oembed?format=json&url=${encode(url)}`,
  mastodon: (url) => `${new URL(url).origin}/api/oembed?url=${encode(url)}`,
  tiktok: (url) => `https://www.tiktok.com/oembed?url=${encode(url)}`,
  spotify: (url) => `https://open.spotify.com/oembed?url=${encode(url)}`,
  soundcloud: (url) => `https://soundcloud.com/oembed?format=json&url=${encode(url)}`,
};

const ANSWER_BYTES = 64 * 1024;
const THUMBNAIL_BYTES = 2 * 1024 * 1024;
const TIMEOUT_MS = 5_000;
const MAX_SIDE = 4_096;
const TITLE_CHARS = 300;
/** Cards handled per run: a page with more gets the rest on a later render. */
export const EMBEDS_PER_RUN = 20;
/** A failed lookup is tried again after this long, on the next render of a page that shows it. */
export const RETRY_AFTER_MS = 6 * 60 * 60 * 1000;
const THUMBNAIL_TYPES: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };

/** Our URL of a thumbnail copied into R2 (routes/embed-thumbnails). */
export const thumbnailPath = (key: string) => `/embeds/${key}`;
export const thumbnailR2Key = (key: string) => `embeds/${key}`;

/** The body of a response, or null when it is not a 200 or is longer than `limit` bytes. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array | null> {
  if (response.status !== 200 || !response.body || Number(response.headers.get('content-length') ?? 0) > limit) {
    await response.body?.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) return null; // leaving the loop cancels the stream
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const get = (fetcher: typeof fetch, url: string) =>
  fetcher(url, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json, image/*' } });

/** One line of plain text, or null. */
function cleanTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, TITLE_CHARS) : null;
}

async function copyThumbnail(bucket: R2Bucket, fetcher: typeof fetch, href: unknown): Promise<Pick<EmbedRow, 'thumbnailKey' | 'thumbnailType' | 'thumbnailWidth' | 'thumbnailHeight'> | null> {
  const url = typeof href === 'string' ? URL.parse(href) : null;
  if (!url || url.protocol !== 'https:') return null;
  const bytes = await readCapped(await get(fetcher, url.href), THUMBNAIL_BYTES);
  const image = bytes ? sniffImage(bytes) : null;
  if (!bytes || !image?.ok || !THUMBNAIL_TYPES[image.format] || image.width > MAX_SIDE || image.height > MAX_SIDE) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  const key = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  await bucket.put(thumbnailR2Key(key), bytes, { httpMetadata: { contentType: THUMBNAIL_TYPES[image.format] } });
  return { thumbnailKey: key, thumbnailType: THUMBNAIL_TYPES[image.format]!, thumbnailWidth: image.width, thumbnailHeight: image.height };
}

/** Asks one provider about one link; a row either way (failures are retried after RETRY_AFTER_MS). */
async function lookUp(bucket: R2Bucket, fetcher: typeof fetch, embed: Embed, now: Date): Promise<EmbedRow> {
  const row: EmbedRow = { url: embed.url, provider: embed.provider, status: 'failed', title: null, thumbnailKey: null, thumbnailType: null, thumbnailWidth: null, thumbnailHeight: null, fetchedAt: now };
  const endpoint = OEMBED[embed.provider];
  if (!endpoint) return { ...row, status: 'ok' }; // nothing to ask: the card stays as it is
  try {
    const answer = await readCapped(await get(fetcher, endpoint(embed.url)), ANSWER_BYTES);
    const data = answer ? (JSON.parse(new TextDecoder().decode(answer)) as Record<string, unknown>) : null;
    if (!data || typeof data !== 'object') return row;
    const title = cleanTitle(data.title) ?? cleanTitle(data.author_name);
    const thumbnail = await copyThumbnail(bucket, fetcher, data.thumbnail_url).catch(() => null);
    return { ...row, status: 'ok', title, ...thumbnail };
  } catch {
    return row; // unreachable, timed out, not JSON: the card keeps provider and link
  }
}

/** Looks up the cards that have no metadata yet (or a failure old enough to retry) and stores what providers say. */
export async function refreshEmbedMetadata(db: Db, bucket: R2Bucket, wanted: Embed[], fetcher: typeof fetch = fetch, now = new Date()): Promise<EmbedRow[]> {
  const rows = await Promise.all(wanted.slice(0, EMBEDS_PER_RUN).map((embed) => lookUp(bucket, fetcher, embed, now)));
  for (const row of rows) {
    const { url: _url, ...changes } = row;
    await db.insert(embeds).values(row).onConflictDoUpdate({ target: embeds.url, set: changes });
  }
  return rows;
}

/** The stored metadata of these links (at most 90: one D1 query), and the links that still need a lookup. */
export async function embedMetadataFor(db: Db, urls: string[], now = Date.now()) {
  const asked = urls.slice(0, 90);
  const rows = asked.length ? await db.select().from(embeds).where(inArray(embeds.url, asked)) : [];
  const known = new Map<string, EmbedMetadata>();
  for (const row of rows) {
    if (row.status !== 'ok') continue;
    const thumbnail = row.thumbnailKey && row.thumbnailWidth && row.thumbnailHeight ? { src: thumbnailPath(row.thumbnailKey), width: row.thumbnailWidth, height: row.thumbnailHeight } : null;
    if (row.title || thumbnail) known.set(row.url, { title: row.title, thumbnail });
  }
  const fresh = new Set(rows.filter((row) => row.status === 'ok' || now - row.fetchedAt.getTime() < RETRY_AFTER_MS).map((row) => row.url));
  return { known, missing: asked.filter((url) => !fresh.has(url)) };
}
