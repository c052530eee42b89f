import type { Db } from './db/client';

/** Bindings declared in wrangler.toml. */
export interface Bindings {
  DB: D1Database;
  SITE_NAME: string;
  /** Absolute origin for canonical URLs; empty means the request's origin. */
  SITE_ORIGIN: string;
  /** Secrets for the global cache purge by tag (docs/caching.md); unset means local purge only. */
  CF_ZONE_ID?: string;
  CF_API_TOKEN?: string;
  /**
   * Tests only: a stand-in for Workers Cache that records purges (nothing local emulates it;
   * edge-cache/workers-cache.ts). Production uses the runtime's own.
   */
  EDGE_CACHE_WORKERS_CACHE?: Pick<CacheContext, 'purge'>;
  /** Clock tolerance (ms) when a stored copy is checked against later purges; default 1000. */
  EDGE_CACHE_CLOCK_SKEW_MS?: string;
  /** Failed editor-API authentications per client IP (wrangler.toml [[ratelimits]]). */
  EDITOR_AUTH_FAILURES: RateLimit;
  /** Editor-API writes per token. */
  EDITOR_WRITES: RateLimit;
  /** Share clicks per reader, article and network (keyed by a salted hash, never an address). */
  SHARE_CLICKS: RateLimit;
  /** Counted share clicks per client, however its User-Agent varies. */
  SHARE_CLICK_CLIENTS: RateLimit;
}

/** Per-request values set by middleware. */
export interface Variables {
  db: Db;
  /** Origin used to build absolute URLs (canonical links, JSON `url` fields). */
  origin: string;
  /** What the response depends on, for the edge cache (see edge-cache/tags). */
  cacheTags: string[];
  /**
   * The public page's URL as the edge cache keys it: path and declared query parameters,
   * no tracking parameters. Views build links from it (views/render.tsx). Unset on bypass.
   */
  pageUrl?: URL;
  /** D1 round trips and time of this request (Server-Timing; the edge cache reads `failed`). */
  d1Metrics: import('./platform/d1-metrics').D1Metrics;
}

/** The one environment type every `new Hono<AppEnv>()` uses. */
export type AppEnv = { Bindings: Bindings; Variables: Variables };

declare global {
  namespace Cloudflare {
    // Types `env` from `cloudflare:workers` and `cloudflare:test`.
    interface Env extends Bindings {}
    // Types `exports` from `cloudflare:workers` (tests call the Worker through it).
    interface GlobalProps {
      mainModule: typeof import('./index');
    }
  }
}
