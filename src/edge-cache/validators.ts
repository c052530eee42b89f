/**
 * HTTP validators for cacheable responses: a strong `ETag` from the body bytes, a
 * `Last-Modified` from the content, and 304 answers to conditional requests.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';

/** A strong ETag: the first 128 bits of the body's SHA-256, base64url. */
export async function contentEtag(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body)).slice(0, 16);
  const base64 = btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `"${base64}"`;
}

const declaredLastModified = new WeakMap<Context, number>();

/**
 * Declares when what the response shows last changed (the newest `updatedAt` shown).
 * Handlers call it next to `addCacheTags`; without it the edge cache uses the time of the
 * render.
 */
export function setLastModified(c: Context<AppEnv>, ...dates: (Date | null | undefined)[]) {
  for (const date of dates) {
    const time = date instanceof Date ? date.getTime() : Number.NaN;
    if (!Number.isNaN(time)) declaredLastModified.set(c, Math.max(time, declaredLastModified.get(c) ?? time));
  }
}

/** The newest date handlers declared with `setLastModified`, or null. */
export function getDeclaredLastModified(c: Context<AppEnv>): Date | null {
  const time = declaredLastModified.get(c);
  return time === undefined ? null : new Date(time);
}

/** RFC 9110 weak comparison of `If-None-Match` against the response's ETag. */
function matchesEtag(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

/** Whether the client's copy is current: `If-None-Match` first, else `If-Modified-Since`. */
export function isNotModified(request: Request, headers: Headers): boolean {
  const etag = headers.get('etag');
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) return etag !== null && matchesEtag(ifNoneMatch, etag);
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  const modified = Date.parse(headers.get('last-modified') ?? '');
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

// RFC 9110 15.4.5: a 304 carries the headers a 200 would have for caching, no content ones.
const NOT_MODIFIED_HEADERS = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary', 'last-modified', 'age', 'cache-status', 'cache-tag'];

/** A 304 for a response whose validators the client already holds. */
export function notModified(headers: Headers): Response {
  const kept = new Headers();
  for (const name of NOT_MODIFIED_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return new Response(null, { status: 304, headers: kept });
}
