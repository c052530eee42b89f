/**
 * CORS for the public content API: any site may read it from a browser. Public GETs (and
 * HEADs) answer every origin with `Access-Control-Allow-Origin: *` and preflights for them
 * get a 204; nothing else (the editor API, writes, reader pages) approves any origin.
 *
 * The headers never depend on the request's Origin, so one edge copy is right for every
 * origin and there is no `Vary: Origin` to split the cache. Mount this outside the edge
 * cache: it then decorates hits, 304s and normalizing redirects on the way out (the cache
 * stores copies without them), and answers preflights before the cache sees them, so a
 * preflight is never stored. Hono's `cors()` sets its headers before `next()`, which the
 * edge cache's replaced responses would drop; this sets them after.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { EDITOR_API_PREFIX } from '../routes/editor-gateway';

export interface PublicCorsOptions {
  /** Seconds a browser may reuse a preflight answer (browsers cap it: Chromium at 7200). */
  maxAgeSeconds?: number;
}

const ALLOWED_METHODS = ['GET', 'HEAD'];
/** Request headers a reader's app may send: conditional requests revalidate cheaply. */
const ALLOWED_HEADERS = 'Accept, Accept-Language, If-None-Match, If-Modified-Since, Cache-Control';
/** Response headers a script may read besides the CORS-safelisted ones. */
export const EXPOSED_HEADERS = 'ETag, Cache-Status, Link, Age, Retry-After, Location';

const FEED = /^(?:\/sections\/[^/]+)?\/(?:feed\.xml|atom\.xml|feed\.json)$/;

/** Paths whose GETs are public and readable from any origin. */
export function isCrossOriginReadable(path: string): boolean {
  if (path === EDITOR_API_PREFIX || path.startsWith(`${EDITOR_API_PREFIX}/`)) return false;
  return path.startsWith('/api/v1/') || path === '/oembed' || FEED.test(path);
}

function withCorsHeaders(response: Response): Response {
  // Responses built from a fetch or the Cache API may have immutable headers: copy then.
  let out = response;
  try {
    out.headers.set('Access-Control-Allow-Origin', '*');
  } catch {
    out = new Response(response.body, response);
    out.headers.set('Access-Control-Allow-Origin', '*');
  }
  out.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  return out;
}

/** Mount before the edge cache and after the security headers. */
export const publicCors = ({ maxAgeSeconds = 86_400 }: PublicCorsOptions = {}) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!isCrossOriginReadable(c.req.path)) return next();
    const method = c.req.method;
    const requested = c.req.header('access-control-request-method')?.toUpperCase();
    if (method === 'OPTIONS' && requested && ALLOWED_METHODS.includes(requested)) {
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': [...ALLOWED_METHODS, 'OPTIONS'].join(', '),
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': String(maxAgeSeconds),
        },
      });
    }
    await next();
    if (!ALLOWED_METHODS.includes(method)) return;
    const decorated = withCorsHeaders(c.res);
    if (decorated !== c.res) {
      c.res = undefined;
      c.res = decorated;
    }
  });
