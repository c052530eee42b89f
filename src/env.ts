import type { Db } from './db/client';

/** Bindings declared in wrangler.toml. */
export interface Bindings {
  DB: D1Database;
  SITE_NAME: string;
  /** Absolute origin for canonical URLs; empty means the request's origin. */
  SITE_ORIGIN: string;
}

/** Per-request values set by middleware. */
export interface Variables {
  db: Db;
  /** Origin used to build absolute URLs (canonical links, JSON `url` fields). */
  origin: string;
  /** What the response depends on, for the edge cache (see platform/cache-tags). */
  cacheTags: string[];
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
