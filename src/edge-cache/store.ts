/**
 * Stored copies in the Cache API (`caches.default`, the zone's cache, so the zone purge API
 * reaches them by `Cache-Tag`) plus the tag -> URL index in D1 that a local purge needs.
 *
 * A copy is kept for its freshness plus the stale-if-error window; its freshness travels in
 * an internal header. Storing and indexing happen after the response is sent (waitUntil),
 * so a miss costs the reader no extra D1 round trip and a hit costs none at all.
 */
import { and, gt, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { getDb } from '../db/client';
import { cacheEntries, cachePurges } from '../db/schema';
import type { Bindings } from '../env';
import { STALE_IF_ERROR_SECONDS } from './policy';

/** Internal headers of a stored copy; stripped before a copy is sent to a reader. */
export const FRESH_UNTIL_HEADER = 'x-edge-fresh-until';
export const STORED_AT_HEADER = 'x-edge-stored-at';
/** The Cache-Control readers get; the stored copy's own Cache-Control is the storage lifetime. */
export const PUBLIC_CACHE_CONTROL_HEADER = 'x-edge-public-cache-control';
const INTERNAL_HEADERS = [FRESH_UNTIL_HEADER, STORED_AT_HEADER, PUBLIC_CACHE_CONTROL_HEADER];

/**
 * Leeway for the clocks of different machines when a render's start is compared with a
 * purge: a copy rendered up to this long after a purge of one of its tags is not stored
 * (the next request renders again), which is cheap; a stale copy surviving a purge is not.
 */
const DEFAULT_CLOCK_SKEW_MS = 1_000;
// D1 allows 100 bound parameters per statement; an index row binds 3.
const ROWS_PER_INSERT = 33;
const TAGS_PER_QUERY = 90;

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
  const lifetime = request.freshSeconds + STALE_IF_ERROR_SECONDS;
  const headers = new Headers(request.headers);
  headers.set(PUBLIC_CACHE_CONTROL_HEADER, headers.get('cache-control') ?? '');
  headers.set('cache-control', `public, max-age=${lifetime}`);
  if (request.tags.length) headers.set('cache-tag', request.tags.join(','));
  headers.set(FRESH_UNTIL_HEADER, String(now + request.freshSeconds * 1000));
  headers.set(STORED_AT_HEADER, String(now));
  headers.delete('set-cookie');
  await zoneCache().put(request.key, new Response(request.body, { status: request.status, headers }));

  if (request.tags.length === 0) return;
  const db = getDb(env.DB);
  const expiresAt = now + lifetime * 1000;
  const rows = request.tags.map((tag) => ({ tag, url: request.key, expiresAt }));
  const inserts = chunk(rows, ROWS_PER_INSERT).map((part) =>
    db.insert(cacheEntries).values(part).onConflictDoUpdate({
      target: [cacheEntries.tag, cacheEntries.url],
      set: { expiresAt: sql`excluded.expires_at` },
    }),
  );
  const checks = chunk(request.tags, TAGS_PER_QUERY).map((part) =>
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

export function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
