/**
 * Invalidation by cache tag, the one entry point every write path calls (through the
 * publishing code and the purge outbox, outbox.ts). Behind Workers Cache (production):
 * `cache.purge({ tags })` reaches every data centre, and nothing else is needed. Without it
 * (locally): the D1 tag index names the cached canonical URLs, which are deleted from this
 * data centre's Cache API before the purge returns, and the purge generation is bumped so
 * unindexed copies (404s, pages with parameters) are gone too. The zone purge API by tag
 * runs as well when CF_ZONE_ID and CF_API_TOKEN are set.
 */
import { inArray, lt, sql } from 'drizzle-orm';
import { getDb } from '../db/client';
import { cacheEntries, cachePurges } from '../db/schema';
import type { Bindings } from '../env';
import { ALWAYS_PURGED_TAGS } from './policy';
import { chunk, chunkForParameters } from '../platform/d1-limits';
import { bumpPurgeGeneration, zoneCache } from './store';
import { workersCacheOf, type WorkersCache } from './workers-cache';

export interface GlobalPurge {
  /** Which global mechanism ran: the zone purge API, Workers Cache, or none configured. */
  via: 'zone-api' | 'workers-cache' | 'none';
  ok: boolean;
  error?: string;
}

export interface PurgeResult {
  /** The cache tags that were invalidated (the caller's plus the always-purged ones). */
  tags: string[];
  /** Cached URLs deleted from this data centre's cache. */
  urls: string[];
  global: GlobalPurge[];
}

/** The zone purge API takes a bounded list of tags per call. */
const TAGS_PER_ZONE_PURGE = 30;

/**
 * Invalidates every cached response carrying any of `tags`: locally before it returns,
 * globally when configured. `waitUntil` carries the index housekeeping.
 */
export async function purgeCacheTags(env: Bindings, waitUntil: (p: Promise<unknown>) => void, tags: string[]): Promise<PurgeResult> {
  const purged = [...new Set([...tags.filter(Boolean), ...ALWAYS_PURGED_TAGS])];
  const workersCache = await workersCacheOf(env);
  const urls = workersCache ? [] : await purgeLocally(env, waitUntil, purged);
  const global = await purgeGlobally(env, workersCache, purged);
  return { tags: purged, urls, global };
}

/** The Cache API path: index lookup, deletions, and the purge generation for unindexed copies. */
async function purgeLocally(env: Bindings, waitUntil: (p: Promise<unknown>) => void, purged: string[]): Promise<string[]> {
  const db = getDb(env.DB);
  const now = Date.now();

  // One transaction per chunk: record the purge (a render that started before it will not
  // store its copy), read the URLs carrying the tags, and drop those URLs from the index.
  const urls = new Set<string>();
  // Recording a purge binds 2 parameters per tag (the other statements bind fewer).
  for (const part of chunkForParameters(purged, 10, 2)) {
    const taggedUrls = db.select({ url: cacheEntries.url }).from(cacheEntries).where(inArray(cacheEntries.tag, part));
    const [, rows] = await db.batch([
      db
        .insert(cachePurges)
        .values(part.map((tag) => ({ tag, purgedAt: now })))
        .onConflictDoUpdate({ target: cachePurges.tag, set: { purgedAt: sql`excluded.purged_at` } }),
      db.selectDistinct({ url: cacheEntries.url }).from(cacheEntries).where(inArray(cacheEntries.tag, part)),
      db.delete(cacheEntries).where(inArray(cacheEntries.url, taggedUrls)),
    ]);
    for (const row of rows) urls.add(row.url);
  }
  const cache = zoneCache();
  const deletions = await Promise.allSettled([bumpPurgeGeneration(now), ...[...urls].map((url) => cache.delete(url))]);
  for (const failed of deletions.filter((d) => d.status === 'rejected')) console.error('cache purge: delete failed', failed.reason);
  waitUntil(
    db
      .delete(cacheEntries)
      .where(lt(cacheEntries.expiresAt, now))
      .catch((error) => console.error('cache purge: pruning expired index rows failed', error)),
  );

  return [...urls];
}

async function purgeGlobally(env: Bindings, workersCache: WorkersCache | null, tags: string[]): Promise<GlobalPurge[]> {
  const results: GlobalPurge[] = [];
  if (workersCache) {
    results.push(await attempt('workers-cache', async () => {
      const outcome = await workersCache!.purge({ tags });
      if (!outcome.success) throw new Error(outcome.errors.map((e) => e.message).join('; ') || 'purge refused');
    }));
  }
  if (env.CF_ZONE_ID && env.CF_API_TOKEN) {
    results.push(await attempt('zone-api', () => purgeZoneByTag(env.CF_ZONE_ID!, env.CF_API_TOKEN!, tags)));
  }
  return results.length ? results : [{ via: 'none', ok: true }];
}

async function attempt(via: GlobalPurge['via'], run: () => Promise<void>): Promise<GlobalPurge> {
  try {
    await run();
    return { via, ok: true };
  } catch (error) {
    console.error(`cache purge: ${via} failed`, error);
    return { via, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** POST /zones/:zone/purge_cache { tags }: reaches every data centre's copy by `Cache-Tag`. */
async function purgeZoneByTag(zoneId: string, apiToken: string, tags: string[]) {
  for (const part of chunk(tags, TAGS_PER_ZONE_PURGE)) {
    const response = await fetch(`https://api.cloudflare.com/client/v4/zones/${encodeURIComponent(zoneId)}/purge_cache`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: part }),
    });
    if (!response.ok) throw new Error(`zone purge answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
}
