/**
 * The responses the edge cache answers with itself: a stored copy, the normalizing
 * redirect, and the small header changes (Cache-Status, Server-Timing) it makes on the way.
 */
import { CACHE_NAME, publicCacheControl } from './policy';
import { PUBLIC_CACHE_CONTROL_HEADER, withoutInternalHeaders, type StoredCopy } from './store';
import { isNotModified, notModified } from './validators';

/** A redirect to the clean URL never changes: let browsers and Workers Cache keep it a day. */
const NORMALIZING_REDIRECT_SECONDS = 86_400;

/** The cheap answer to a URL with parameters no route reads: nothing rendered, nothing stored here. */
export function normalizingRedirect(location: string): Response {
  return new Response(null, {
    status: 301,
    headers: {
      Location: location,
      'Cache-Control': `public, max-age=${NORMALIZING_REDIRECT_SECONDS}`,
      'Cache-Status': `${CACHE_NAME}; fwd=bypass; detail=normalized`,
      'Server-Timing': NO_D1_TIMING,
    },
  });
}

/**
 * Hits and redirects are answered before the request context exists (index.ts mounts the
 * edge cache first): they build no D1 session, proxy or ORM client, and say so here.
 */
const NO_D1_TIMING = 'd1;dur=0.0;desc="0 queries"';

export function withoutD1(response: Response): Response {
  response.headers.set('Server-Timing', NO_D1_TIMING);
  return response;
}

/** A response that replaces the handler's keeps its D1 timing: the queries did run. */
export function withTimingOf(produced: Response, response: Response): Response {
  const timing = produced.headers.get('server-timing');
  if (timing) response.headers.set('Server-Timing', timing);
  return response;
}

/** A reader's copy of a stored response: public Cache-Control, Age, Cache-Status, or a 304. */
export function fromCache(request: Request, stored: StoredCopy, status: string): Response {
  const response = withoutInternalHeaders(stored.response);
  response.headers.set('Cache-Control', stored.response.headers.get(PUBLIC_CACHE_CONTROL_HEADER) ?? publicCacheControl(response.status, null));
  response.headers.set('Age', String(stored.ageSeconds));
  response.headers.set('Cache-Status', `${CACHE_NAME}; ${status}`);
  return isNotModified(request, response.headers) ? notModified(response.headers) : response;
}

export function withCacheStatus(response: Response, status: string): Response {
  response.headers.set('Cache-Status', `${CACHE_NAME}; ${status}`);
  return response;
}
