/**
 * Calls one sub-app behind the real request context (no edge cache in front) and reports
 * the cache tags its handler declared (production keeps them private) and its D1 round
 * trips (from Server-Timing), so tests can assert both.
 */
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import type { AppEnv } from '../../src/env';
import { requestContext } from '../../src/middleware/request-context';

function probeApp(subApp: Hono<AppEnv>, base: string) {
  const app = new Hono<AppEnv>();
  app.use(requestContext());
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('x-probe-cache-tags', c.get('cacheTags').join(' '));
  });
  app.route(base, subApp);
  return app;
}

/** The sub-app's response, straight from D1 (tests that edit rows directly bypass purges). */
export const requestUncached = (subApp: Hono<AppEnv>, path: string, base = '/') =>
  probeApp(subApp, base).request(`https://news.example${path}`, {}, env);

export async function probeRoute(subApp: Hono<AppEnv>, path: string, base = '/') {
  const res = await requestUncached(subApp, path, base);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  const trips = /d1;[^,]*desc="(\d+) quer/.exec(res.headers.get('server-timing') ?? '');
  if (!trips) throw new Error(`no D1 Server-Timing entry for ${path}`);
  return {
    tags: (res.headers.get('x-probe-cache-tags') ?? '').split(' ').filter(Boolean),
    d1RoundTrips: Number(trips[1]),
  };
}

export const cacheTagsOf = async (subApp: Hono<AppEnv>, path: string, base = '/') => (await probeRoute(subApp, path, base)).tags;
