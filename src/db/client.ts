import { drizzle } from 'drizzle-orm/d1';

/**
 * A Drizzle client over a D1 binding (or a D1 session, which has the same shape). One is
 * made per request, also for edge-cache hits, so it is built without `{ schema }`: nothing
 * here uses the relational query API, and building its table map costs ~85 µs a time.
 */
export function getDb(d1: D1Database | D1DatabaseSession) {
  return drizzle(d1 as D1Database);
}

export type Db = ReturnType<typeof getDb>;
