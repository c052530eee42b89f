import { createMiddleware } from 'hono/factory';
import { getDb } from '../db/client';
import type { AppEnv } from '../env';

/** Gives every handler a Drizzle client and the origin for absolute URLs. */
export const requestContext = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('db', getDb(c.env.DB));
    c.set('origin', c.env.SITE_ORIGIN || new URL(c.req.url).origin);
    c.set('cacheTags', []);
    await next();
  });
