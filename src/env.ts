import type { Db } from './db/client';

/**
 * The Worker's bindings. Everything wrangler.toml declares (D1, rate limits, queues, `[vars]`)
 * comes from `Env`, generated from it into worker-configuration.d.ts by `npm run types`;
 * `npm run typecheck` fails until it is rerun after a change to wrangler.toml. What each one
 * is for is said next to it in wrangler.toml. Declared here by hand: secrets (never in
 * wrangler.toml, unset locally), types narrower than the generator knows, and test-only ones.
 */
export interface Bindings extends Env {
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
  /** Webhook deliveries (src/webhooks): the Queue's message type, the secrets' encryption key. */
  WEBHOOK_QUEUE: Queue<import('./webhooks/config').WebhookMessage>;
  WEBHOOK_SECRET_KEY?: string;
  /** Article fragment renders (src/article-render/backlog.ts): the message type. */
  FRAGMENT_RENDER_QUEUE: Queue<import('./article-render/limits').FragmentRenderMessage>;
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

/** The bindings declared only here; the rest of `Cloudflare.Env` is generated. */
type HandDeclared = Omit<Bindings, keyof Env>;

declare global {
  namespace Cloudflare {
    // Types `env` from `cloudflare:workers` and `cloudflare:test` with the hand-declared ones
    // too. (`exports` is typed by worker-configuration.d.ts: GlobalProps.mainModule.)
    interface Env extends HandDeclared {}
  }
}
