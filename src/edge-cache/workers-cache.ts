/**
 * Workers Cache: the cache Cloudflare puts in front of the Worker (wrangler `[cache] enabled`).
 * Where it runs, a hit never reaches the Worker and `cache.purge({ tags })` reaches every data
 * centre, so the Worker neither stores copies nor keeps a tag index: it only labels its
 * responses (Cache-Control, Cache-Tag). The installed toolchain does not emulate it (see
 * docs/caching.md): locally `cache.purge` is missing and the Cache API path is used instead.
 */
import type { Bindings } from '../env';

/** The part of Workers Cache this app uses. */
export type WorkersCache = Pick<CacheContext, 'purge'>;

let runtimeCache: WorkersCache | null | undefined;

/** The runtime's Workers Cache if it offers purging, else null. Imported lazily: scripts in Node load this file too. */
async function runtimeWorkersCache(): Promise<WorkersCache | null> {
  if (runtimeCache !== undefined) return runtimeCache;
  try {
    const workers: { cache?: Partial<CacheContext> } = await import('cloudflare:workers');
    runtimeCache = typeof workers.cache?.purge === 'function' ? (workers.cache as WorkersCache) : null;
  } catch {
    runtimeCache = null;
  }
  return runtimeCache;
}

/**
 * Workers Cache for this request: the one a test injects (a stub that records purges, since
 * nothing local emulates it), else the runtime's, else null (the local Cache API path).
 */
export async function workersCacheOf(env: Bindings): Promise<WorkersCache | null> {
  return env.EDGE_CACHE_WORKERS_CACHE ?? (await runtimeWorkersCache());
}
