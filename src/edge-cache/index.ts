/**
 * The edge cache, the one entry point of this module. Public GET/HEAD requests are keyed on
 * their path and the query parameters their route declares (params.ts: anything else is a
 * 301 to the clean URL, tracking parameters are ignored), so no client can mint entries.
 * Behind Workers Cache (production) a hit never reaches the Worker; this labels each miss
 * (Cache-Control, Cache-Tag, ETag, Last-Modified) for Workers Cache to store. Without it
 * (locally) hits are answered from the Cache API before any handler runs (so a hit makes no
 * D1 query) and misses are stored there (store.ts). Writes purge by tag through the purge
 * outbox (outbox.ts, purge.ts). It also answers conditional requests with 304, serves an
 * expired copy when D1 fails (stale-if-error) or a 503 when it has none, and reports itself
 * in `Cache-Status` (RFC 9211). Mount it after the request context, before every route.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { renderUnavailable } from '../views/unavailable-page';
import { isTransientFailure } from '../platform/failures';
import {
  bypassReason,
  CACHE_NAME,
  edgeFreshSeconds,
  isStorable,
  NOT_FOUND_TAG,
  publicCacheControl,
  UNTAGGED_TAG,
} from './policy';
import { readStored, storeCopy } from './store';
import { contentEtag, getDeclaredLastModified, isNotModified, notModified } from './validators';
import { fromCache, normalizingRedirect, withCacheStatus, withoutD1, withTimingOf } from './responses';
import { shapeOf } from './params';
import { workersCacheOf } from './workers-cache';

export const edgeCache = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const bypass = bypassReason(c.req.raw);
    if (bypass) return bypassCache(c, next, bypass);

    const shape = shapeOf(c.req.url);
    if (shape.kind === 'redirect') return replaceResponse(c, normalizingRedirect(shape.location));
    // Pages build their links from this, never from the raw request (tracking parameters).
    c.set('pageUrl', shape.key);
    const key = shape.key.toString();
    const workersCache = await workersCacheOf(c.env);
    // Behind Workers Cache a hit never reaches the Worker: whatever runs here is a miss.
    const stored = workersCache ? undefined : await readStored(key);
    if (stored && stored.ttl >= 0) return replaceResponse(c, withoutD1(fromCache(c.req.raw, stored, `hit; ttl=${stored.ttl}`)));

    const renderStartedAt = Date.now();
    await next();
    const produced = c.res;
    const forwarded = stored ? 'fwd=stale' : 'fwd=uri-miss';
    if (produced.status >= 500) {
      const status = `${forwarded}; fwd-status=${produced.status}`;
      if (stored) return replaceResponse(c, withTimingOf(produced, fromCache(c.req.raw, stored, `${status}; ttl=${stored.ttl}; detail=stale-if-error`)));
      if (isTransientFailure(c.get('d1Metrics').failure)) {
        return replaceResponse(c, withTimingOf(produced, withCacheStatus(renderUnavailable(c), `${status}; detail=d1-unavailable`)));
      }
    }
    if (!isStorable(produced)) {
      if (produced.status >= 500) produced.headers.set('Cache-Control', 'no-store');
      produced.headers.set('Cache-Status', `${CACHE_NAME}; ${forwarded}; fwd-status=${produced.status}`);
      return;
    }

    const body = await produced.arrayBuffer();
    const handlerCacheControl = produced.headers.get('cache-control');
    const headers = new Headers(produced.headers);
    headers.set('Cache-Control', publicCacheControl(produced.status, handlerCacheControl));
    if (!headers.has('etag')) headers.set('ETag', await contentEtag(body));
    if (!headers.has('last-modified')) headers.set('Last-Modified', lastModifiedOf(c, renderStartedAt).toUTCString());
    if (!/accept-encoding/i.test(headers.get('vary') ?? '')) headers.append('Vary', 'Accept-Encoding');
    const tags = responseTags(c, produced.status, handlerCacheControl);
    if (tags.length) headers.set('Cache-Tag', tags.join(','));

    if (workersCache) {
      headers.set('Cache-Status', `${CACHE_NAME}; ${forwarded}; detail=workers-cache`);
      return replaceResponse(c, isNotModified(c.req.raw, headers) ? notModified(headers) : new Response(body, { status: produced.status, headers }));
    }
    const copy = {
      key,
      status: produced.status,
      headers: new Headers(headers),
      body,
      tags,
      freshSeconds: edgeFreshSeconds(produced.status, handlerCacheControl),
      renderStartedAt,
    };
    await inBackground(c, storeCopy(c.env, copy).catch((error) => console.error('edge cache: storing failed', key, error)));

    headers.set('Cache-Status', `${CACHE_NAME}; ${forwarded}; stored`);
    replaceResponse(c, isNotModified(c.req.raw, headers) ? notModified(headers) : new Response(body, { status: produced.status, headers }));
  });

/** Private, editor, preview and non-GET requests go straight to the handlers, never stored. */
async function bypassCache(c: Context<AppEnv>, next: () => Promise<void>, reason: string) {
  await next();
  if (c.res.status >= 500 && isTransientFailure(c.get('d1Metrics').failure)) {
    return replaceResponse(c, withTimingOf(c.res, withCacheStatus(renderUnavailable(c), `fwd=${reasonToFwd(reason)}; detail=d1-unavailable`)));
  }
  if (!c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', reason === 'method' ? 'no-store' : 'private, no-store');
  c.res.headers.set('Cache-Status', `${CACHE_NAME}; fwd=${reasonToFwd(reason)}; detail=${reason}`);
}

const reasonToFwd = (reason: string) => (reason === 'method' ? 'method' : 'bypass');

/**
 * The tags a copy is stored under. A 404 joins the not-found tag and an untagged response
 * the untagged tag; every purge includes both, so neither can outlive a write it missed.
 * Immutable responses (versioned media) never change and need no tag.
 */
function responseTags(c: Context<AppEnv>, status: number, handlerCacheControl: string | null): string[] {
  const declared = c.get('cacheTags');
  if (status === 404) return [NOT_FOUND_TAG, ...declared];
  if (declared.length) return [...declared];
  return /\bimmutable\b/i.test(handlerCacheControl ?? '') ? [] : [UNTAGGED_TAG];
}

/**
 * What the handler declared it read (`setLastModified`), clamped to now; without a
 * declaration, the time of the render: never a date parsed out of the body.
 */
function lastModifiedOf(c: Context<AppEnv>, renderStartedAt: number): Date {
  const declared = getDeclaredLastModified(c)?.getTime() ?? renderStartedAt;
  return new Date(Math.min(declared, Date.now()));
}

/** Runs after the response is sent; without an execution context (`app.request`), inline. */
async function inBackground(c: Context<AppEnv>, work: Promise<unknown>) {
  let ctx: ExecutionContext | undefined;
  try {
    ctx = c.executionCtx as ExecutionContext;
  } catch {
    ctx = undefined; // Hono throws when the app was called without one
  }
  if (ctx) ctx.waitUntil(work);
  else await work;
}

/** Sets the response without Hono merging the previous response's headers into it. */
function replaceResponse(c: Context<AppEnv>, response: Response) {
  c.res = undefined;
  c.res = response;
}
