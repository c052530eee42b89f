/**
 * The local path (no Workers Cache in front): stored copies in the Cache API
 * (`caches.default`, the zone's cache, so the zone purge API reaches them by `Cache-Tag`)
 * plus the tag -> URL index in D1 that a local purge needs.
 *
 * Only canonical pages are indexed: a 200 at a URL without query parameters, of which the
 * site has a bounded number. 404s and pages with parameters (`?q=`, `?cursor=`), whose URLs a
 * client can invent without end, are stored briefly and never indexed: every purge instead
 * bumps one "purge generation" marker, and such a copy older than it counts as gone. So the
 * index cannot grow with the URLs clients send.
 *
 * A copy is kept for its freshness plus the stale-if-error window (unindexed ones for their
 * freshness only); its freshness travels in an internal header. Storing and indexing happen
 * after the response is sent (waitUntil), so a miss costs the reader no extra D1 round trip
 * and a hit costs none at all.
 */
import { and, gt, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { getDb } from '../db/client';
import { cacheEntries, cachePurges } from '../db/schema';
import type { Bindings } from '../env';
import { chunkForParameters } from '../platform/d1-limits';
import { STALE_IF_ERROR_SECONDS } from './policy';

/** Internal headers of a stored copy; stripped before a copy is sent to a reader. */
export const FRESH_UNTIL_HEADER = 'x-edge-fresh-until';
export const STORED_AT_HEADER = 'x-edge-stored-at';
/** The Cache-Control readers get; the stored copy's own Cache-Control is the storage lifetime. */
export const PUBLIC_CACHE_CONTROL_HEADER = 'x-edge-public-cache-control';
/** Set on copies that are not in the tag index; they answer to the purge generation instead. */
const UNINDEXED_HEADER = 'x-edge-unindexed';
const INTERNAL_HEADERS = [FRESH_UNTIL_HEADER, STORED_AT_HEADER, PUBLIC_CACHE_CONTROL_HEADER, UNINDEXED_HEADER];

/** The time of the latest purge in this data centre, kept in the Cache API itself (no D1). */
const PURGE_GENERATION_KEY = 'https://edge-cache.invalid/purge-generation';
/** How long an unindexed copy may be served: short, so their number stays bounded by traffic, not by time. */
export const UNINDEXED_FRESH_SECONDS = 300;

/** Whether a copy goes into the tag index: canonical 200s only (see above). */
export const isIndexed = (key: string, status: number) => status === 200 && !new URL(key).search;

/** Records that a purge happened now: every unindexed copy stored before it is gone. */
export async function bumpPurgeGeneration(now: number): Promise<void> {
  await zoneCache().put(PURGE_GENERATION_KEY, new Response(String(now), { headers: { 'cache-control': `public, max-age=${STALE_IF_ERROR_SECONDS}` } }));
}

async function purgeGeneration(): Promise<number> {
  const marker = await zoneCache().match(PURGE_GENERATION_KEY);
  return marker ? Number(await marker.text()) || 0 : 0;
}

/**
 * Leeway for the clocks of different machines when a render's start is compared with a
 * purge: a copy rendered up to this long after a purge of one of its tags is not stored
 * (the next request renders again), which is cheap; a stale copy surviving a purge is not.
 */
const DEFAULT_CLOCK_SKEW_MS = 1_000;

/** The zone's cache. (Typed explicitly: Node-side type checks see the DOM CacheStorage.) */
export const zoneCache = (): Cache => (caches as unknown as { default: Cache }).default;

export interface StoredCopy {
  response: Response;
  /** Seconds of freshness left; negative when stale. */
  ttl: number;
  ageSeconds: number;
}

/** The stored copy for `key`, fresh or stale, or undefined. */
export async function readStored(key: string): Promise<StoredCopy | undefined> {
  let response: Response | undefined;
  try {
    response = await zoneCache().match(key);
  } catch (error) {
    // A cache that cannot answer is a miss, never an error page.
    console.error('edge cache: lookup failed', key, error);
    return undefined;
  }
  if (!response) return undefined;
  if (response.headers.has(UNINDEXED_HEADER) && Number(response.headers.get(STORED_AT_HEADER)) <= (await purgeGeneration())) {
    // Purged since it was rendered: gone, not stale (an unpublished story must not come back).
    await zoneCache().delete(key);
    return undefined;
  }
  const now = Date.now();
  const freshUntil = Number(response.headers.get(FRESH_UNTIL_HEADER)) || 0;
  const storedAt = Number(response.headers.get(STORED_AT_HEADER)) || now;
  return {
    response,
    ttl: Math.floor((freshUntil - now) / 1000),
    ageSeconds: Math.max(0, Math.floor((now - storedAt) / 1000)),
  };
}

/** Copies a stored response with the internal headers removed (mutable headers). */
export function withoutInternalHeaders(response: Response, body: BodyInit | null = response.body): Response {
  const copy = new Response(body, response);
  for (const name of INTERNAL_HEADERS) copy.headers.delete(name);
  return copy;
}

export interface StoreRequest {
  key: string;
  /** The response as readers get it (headers final, body bytes). */
  headers: Headers;
  status: number;
  body: ArrayBuffer;
  tags: string[];
  freshSeconds: number;
  /** When the handler started reading D1: a purge after this makes the copy suspect. */
  renderStartedAt: number;
}

/**
 * Puts the copy in the cache, then indexes its tags; if any of its tags was purged while it
 * was being rendered, the copy may predate the write, so it is deleted again. The order
 * (put, then index + check in one batch) closes the race with a concurrent purge: either
 * the purge sees the index rows and deletes the copy, or this sees the purge.
 */
export async function storeCopy(env: Bindings, request: StoreRequest): Promise<void> {
  const now = Date.now();
  const indexed = isIndexed(request.key, request.status);
  const freshSeconds = indexed ? request.freshSeconds : Math.min(request.freshSeconds, UNINDEXED_FRESH_SECONDS);
  const lifetime = indexed ? freshSeconds + STALE_IF_ERROR_SECONDS : freshSeconds;
  const headers = new Headers(request.headers);
  headers.set(PUBLIC_CACHE_CONTROL_HEADER, headers.get('cache-control') ?? '');
  headers.set('cache-control', `public, max-age=${lifetime}`);
  if (request.tags.length) headers.set('cache-tag', request.tags.join(','));
  headers.set(FRESH_UNTIL_HEADER, String(now + freshSeconds * 1000));
  headers.delete('set-cookie');
  if (!indexed) {
    // Compared with the purge generation: a purge after the render started makes it gone.
    headers.set(STORED_AT_HEADER, String(request.renderStartedAt - clockSkewMs(env)));
    headers.set(UNINDEXED_HEADER, '1');
    await zoneCache().put(request.key, new Response(request.body, { status: request.status, headers }));
    return;
  }
  headers.set(STORED_AT_HEADER, String(now));
  await zoneCache().put(request.key, new Response(request.body, { status: request.status, headers }));

  if (request.tags.length === 0) return;
  const db = getDb(env.DB);
  const expiresAt = now + lifetime * 1000;
  const rows = request.tags.map((tag) => ({ tag, url: request.key, expiresAt }));
  // An index row binds 3 parameters; a purge check binds one per tag plus the render time.
  const inserts = chunkForParameters(rows, 0, 3).map((part) =>
    db.insert(cacheEntries).values(part).onConflictDoUpdate({
      target: [cacheEntries.tag, cacheEntries.url],
      set: { expiresAt: sql`excluded.expires_at` },
    }),
  );
  const checks = chunkForParameters(request.tags, 10).map((part) =>
    db
      .select({ tag: cachePurges.tag })
      .from(cachePurges)
      .where(and(inArray(cachePurges.tag, part), gt(cachePurges.purgedAt, request.renderStartedAt - clockSkewMs(env))))
      .limit(1),
  );
  const statements: BatchItem<'sqlite'>[] = [...inserts, ...checks];
  const results = await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  const purgedMeanwhile = results.slice(inserts.length).some((r) => Array.isArray(r) && r.length > 0);
  if (purgedMeanwhile) await zoneCache().delete(request.key);
}

function clockSkewMs(env: Bindings): number {
  const configured = Number(env.EDGE_CACHE_CLOCK_SKEW_MS);
  return env.EDGE_CACHE_CLOCK_SKEW_MS !== undefined && Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_CLOCK_SKEW_MS;
}
