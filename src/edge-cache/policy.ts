/**
 * What the edge cache may store, for how long, and what browsers are told. Edge copies are
 * purged by tag on every write, so they can live long; browsers cannot be purged, so they
 * keep a page a minute and then revalidate cheaply with `If-None-Match` (a 304).
 */
import { isEditorRequest } from '../platform/d1-session';
import { shapeOf } from './params';

/** How long an edge copy is served without asking D1 (purges end it sooner). */
export const EDGE_FRESH_SECONDS = 24 * 60 * 60;
/** How long a browser keeps a page before revalidating. */
export const BROWSER_MAX_AGE_SECONDS = 60;
/** How long a 404 is remembered: short, so a mistyped-then-created URL recovers quickly. */
export const NOT_FOUND_SECONDS = 60;
/** How long an expired copy is kept to answer when D1 is down (stale-if-error). */
export const STALE_IF_ERROR_SECONDS = 7 * 24 * 60 * 60;

/** Tag of every remembered 404; each purge includes it, since a write may fill any of them. */
export const NOT_FOUND_TAG = 'not-found';
/** Tag of a response whose handler declared no tags; each purge includes it too. */
export const UNTAGGED_TAG = 'untagged';
/** Tags every purge invalidates, whatever was written. */
export const ALWAYS_PURGED_TAGS = [NOT_FOUND_TAG, UNTAGGED_TAG];

/** The name that shows in `Cache-Status`. */
export const CACHE_NAME = 'edge-news';

/**
 * Why a request must not be answered from or stored in the shared cache; null if it may be.
 * Only the method and the editor's own paths decide: a client cannot force a fresh render
 * of a public page with an `Authorization` header or a `?preview` parameter.
 */
export function bypassReason(request: Request): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return 'method';
  if (isEditorRequest(request)) return 'editor';
  // The newsroom (src/newsroom) is per person: never stored, never answered from a copy.
  if (/^\/newsroom(\/|$)/.test(new URL(request.url).pathname)) return 'newsroom';
  // Signed preview links (src/routes/preview) show drafts: never stored, never shared.
  if (/^(\/lite)?\/preview(\/|$)/.test(new URL(request.url).pathname)) return 'preview';
  return null;
}

/** The cache key of a URL (params.ts): its path and declared parameters; the URL itself when it would be redirected. */
export function cacheKey(requestUrl: string): string {
  const shape = shapeOf(requestUrl);
  return shape.kind === 'keyed' ? shape.key.toString() : requestUrl;
}

/** Whether a response may be stored at the edge: public 200s, and 404s briefly, varying on nothing but encoding. */
export function isStorable(response: Response): boolean {
  if (response.status !== 200 && response.status !== 404) return false;
  if (response.headers.has('set-cookie')) return false;
  const cacheControl = response.headers.get('cache-control') ?? '';
  if (/\b(private|no-store|no-cache)\b/i.test(cacheControl)) return false;
  // The key is the URL alone: a response that varies on a request header cannot share it.
  const varies = (response.headers.get('vary') ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  return varies.every((header) => header === 'accept-encoding');
}

/**
 * Edge freshness of a storable response, in seconds: ours, or shorter when the handler's
 * own `s-maxage`/`max-age` asks for less (a count that changes without a purge).
 */
export function edgeFreshSeconds(status: number, handlerValue: string | null = null): number {
  const ours = status === 404 ? NOT_FOUND_SECONDS : EDGE_FRESH_SECONDS;
  const directive = /\bs-maxage=(\d+)/i.exec(handlerValue ?? '') ?? /\bmax-age=(\d+)/i.exec(handlerValue ?? '');
  return directive ? Math.min(ours, Number(directive[1])) : ours;
}

/**
 * `Cache-Control` for browsers and any shared cache in front of us. A handler that chose a
 * public policy itself (immutable media) keeps it.
 */
export function publicCacheControl(status: number, handlerValue: string | null): string {
  if (handlerValue && /\bpublic\b/i.test(handlerValue)) return handlerValue;
  if (status === 404) return `public, max-age=${NOT_FOUND_SECONDS}, s-maxage=${NOT_FOUND_SECONDS}`;
  return `public, max-age=${BROWSER_MAX_AGE_SECONDS}, s-maxage=${EDGE_FRESH_SECONDS}, stale-if-error=${STALE_IF_ERROR_SECONDS}`;
}
