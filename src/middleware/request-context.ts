/**
 * Per-request context, mounted before the edge cache: a Drizzle client over a measured D1
 * session, the origin for absolute URLs and the cache-tag list. Nothing here touches D1,
 * so a response served from the edge cache costs no query. On the way out every response
 * gets its D1 time and query count in `Server-Timing`, and editor responses get the
 * session bookmark that lets the editor's next request read its own writes.
 */
import { createMiddleware } from 'hono/factory';
import { getDb } from '../db/client';
import type { AppEnv } from '../env';
import { D1Metrics, measureD1 } from '../platform/d1-metrics';
import { BOOKMARK_HEADER, isEditorRequest, openD1Session } from '../platform/d1-session';

/**
 * The origin absolute URLs start with, in its canonical form (`https://news.example`, never a
 * trailing slash, upper case or a default port): stored article fragments paste it in as
 * text, so it must equal what `new URL()` gives the full render. SITE_ORIGIN when it is a
 * URL, else the request's.
 */
export const siteOrigin = (configured: string, requestUrl: string): string =>
  (configured ? URL.parse(configured)?.origin : undefined) ?? new URL(requestUrl).origin;

export const requestContext = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const metrics = new D1Metrics();
    const session = openD1Session(c.env.DB, c.req.raw);
    c.set('d1Metrics', metrics);
    c.set('db', getDb(measureD1(session, metrics)));
    c.set('origin', siteOrigin(c.env.SITE_ORIGIN, c.req.url));
    c.set('cacheTags', []);
    await next();
    c.res.headers.append('Server-Timing', metrics.serverTiming());
    const bookmark = isEditorRequest(c.req.raw) ? session.getBookmark() : null;
    if (bookmark) c.res.headers.set(BOOKMARK_HEADER, bookmark);
  });
