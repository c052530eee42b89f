/**
 * Captures the SQL that reader routes really run, and judges its query plans. A request goes
 * through the reader sub-apps behind the real request context (no edge cache, so every
 * request renders) with a D1 binding that records every statement prepared on it and on
 * the sessions opened from it: the statements checked are the ones readers trigger, not
 * copies kept in a test.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import type { AppEnv } from '../../src/env';
import { requestContext } from '../../src/middleware/request-context';
import { articlesApi } from '../../src/routes/api-articles';
import { apiLists } from '../../src/routes/api-lists';
import { articlePages } from '../../src/routes/articles';
import { correctionsPages } from '../../src/routes/corrections';
import { authorPages } from '../../src/routes/authors';
import { feeds } from '../../src/routes/feeds';
import { homePage } from '../../src/routes/home';
import { litePages } from '../../src/routes/lite';
import { oembed } from '../../src/routes/oembed';
import { searchPages } from '../../src/routes/search';
import { sectionPages } from '../../src/routes/sections';
import { shareLinks } from '../../src/routes/share';
import { shareCountsApi } from '../../src/routes/share-counts';
import { liveApi } from '../../src/routes/live';
import { publicFronts } from '../../src/routes/fronts';
import { shortLinks } from '../../src/routes/short-links';
import { sitemaps } from '../../src/routes/sitemaps';
import { tagPages } from '../../src/routes/tags';

export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/** Every route a reader can reach, mounted where src/index.ts mounts it. */
const readerApp = new Hono<AppEnv>()
  .use(requestContext())
  .route('/', feeds)
  .route('/', sitemaps)
  .route('/', homePage)
  .route('/articles', articlePages)
  .route('/sections', sectionPages)
  .route('/tags', tagPages)
  .route('/authors', authorPages)
  .route('/search', searchPages)
  .route('/corrections', correctionsPages)
  .route('/lite', litePages)
  .route('/api/v1/articles', articlesApi)
  .route('/api/v1/articles', shareCountsApi)
  .route('/api/v1/articles', liveApi)
  .route('/api/v1/fronts', publicFronts)
  .route('/share', shareLinks)
  .route('/s', shortLinks)
  .route('/', oembed)
  .route('/api/v1', apiLists);

/** The real statement behind a recorded one, so `batch` can hand D1 what it created. */
const originals = new WeakMap<object, D1PreparedStatement>();

function recordStatement(statement: D1PreparedStatement, entry: CapturedStatement): D1PreparedStatement {
  const recorded = new Proxy(statement, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property !== 'bind') return value.bind(target);
      return (...params: unknown[]) => {
        entry.params = params;
        return recordStatement(value.apply(target, params), entry);
      };
    },
  });
  originals.set(recorded, statement);
  return recorded;
}

function recordingD1<T extends D1Database | D1DatabaseSession>(d1: T, log: CapturedStatement[]): T {
  return new Proxy(d1, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property === 'prepare') {
        return (sql: string) => {
          const entry = { sql, params: [] };
          log.push(entry);
          return recordStatement(value.call(target, sql), entry);
        };
      }
      if (property === 'batch') return (statements: D1PreparedStatement[]) => value.call(target, statements.map((s) => originals.get(s) ?? s));
      if (property === 'withSession') return (constraint: string) => recordingD1(value.call(target, constraint), log);
      return value.bind(target);
    },
  });
}

/** Renders `path` and returns the response status and body, and every distinct statement it ran. */
export async function captureRoute(path: string): Promise<{ status: number; body: string; statements: CapturedStatement[] }> {
  const log: CapturedStatement[] = [];
  const ctx = createExecutionContext();
  const res = await readerApp.request(`https://news.example${path}`, { redirect: 'manual' }, { ...env, DB: recordingD1(env.DB, log) }, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  // Drizzle prepares a batched statement more than once; each distinct one is checked once.
  const distinct = new Map(log.map((s) => [JSON.stringify([s.sql, s.params]), s]));
  return { status: res.status, body, statements: [...distinct.values()] };
}

/** The plan's lines, as `EXPLAIN QUERY PLAN` prints them. */
export async function explain({ sql, params }: CapturedStatement): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
  return results.map((r) => r.detail);
}

const isRead = (sql: string) => /^\s*(select|with)\b/i.test(sql);

export interface StatementCheck extends CapturedStatement {
  plan: string[];
  /** Rows D1 reports reading for one more run of the statement; null for writes (running them again would count a click twice). */
  rowsRead: number | null;
}

/** Explains every statement and runs the reads once more, in one D1 batch. */
export async function checkStatements(statements: CapturedStatement[]): Promise<StatementCheck[]> {
  const reads = statements.filter((s) => isRead(s.sql));
  const results = await env.DB.batch([
    ...statements.map(({ sql, params }) => env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params)),
    ...reads.map(({ sql, params }) => env.DB.prepare(sql).bind(...params)),
  ]);
  const plans = results.slice(0, statements.length).map((r) => (r.results as { detail: string }[]).map((row) => row.detail));
  const counts = new Map(reads.map((s, i) => [s, results[statements.length + i]!.meta.rows_read]));
  return statements.map((s, i) => ({ ...s, plan: plans[i]!, rowsRead: counts.get(s) ?? null }));
}
