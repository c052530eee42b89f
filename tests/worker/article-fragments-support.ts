/**
 * Helpers for the article fragment tests (src/article-render). Requests and editor API calls
 * wait for their background work (waitUntil: a copy being stored, the renders after a write),
 * so none is still running when the next step reads D1, or when the file's storage goes away.
 */
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';
import { renderStaleFragments } from '../../src/article-render/backlog';
import { cacheKey } from '../../src/edge-cache/policy';
import { fetchSettled } from './edge-cache-support';
import { editorApiThrough } from './editor-support';
import { db, ORIGIN } from './support';

/**
 * A page fetched past the edge cache, how many D1 round trips and statements its handler
 * made, and whether it came from the stored fragment (the `article` entry of Server-Timing).
 */
export async function page(path: string) {
  await (caches as unknown as { default: Cache }).default.delete(cacheKey(new URL(path, ORIGIN).toString()));
  const res = await fetchSettled(path);
  const html = await res.text();
  const serverTiming = res.headers.get('server-timing') ?? '';
  const timing = /d1;[^,]*desc="(\d+) quer[^,"]*(?:, (\d+) statements)?"/.exec(serverTiming);
  const roundTrips = Number(timing?.[1] ?? 0);
  const fromFragment = serverTiming.includes('article;desc="fragment"');
  return { status: res.status, html, roundTrips, statements: Number(timing?.[2] ?? roundTrips), fromFragment, headers: res.headers };
}

/** editor-support's api() and createDraft(), waiting for each write's background work (its purge, the fragment renders after it). */
export const { api, createDraft } = editorApiThrough(fetchSettled);

/**
 * The embed providers cannot be reached from tests (no DNS here): the background oEmbed
 * lookups get a 404 from this stub of exactly the outbound (https) fetch. Other fetches pass
 * (the runner loads modules through fetch).
 */
export function stubOutboundFetch() {
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) =>
    String(input instanceof Request ? input.url : input).startsWith('https:') ? new Response('not found', { status: 404 }) : realFetch(input, init));
}

/** Renders every stale fragment, as the cron would over several runs. */
export async function renderAll() {
  while ((await renderStaleFragments(db(), env, 50)) > 0);
}

/** Every fragment stale, as if each story had just changed (no render is started). */
export const markAllStale = () => env.DB.prepare('update article_renders set stale = 1, version = version + 1').run();

export const renderRow = async (articleId: number) =>
  env.DB.prepare('select version, stale, article_html is not null as stored from article_renders where article_id = ?')
    .bind(articleId)
    .first<{ version: number; stale: number; stored: number }>();

/** What a reader's request could have written: any change shows up in one of these. */
export const renderTableState = () =>
  env.DB.prepare(
    'select count(*) as n, sum(version) as versions, sum(stale) as stale, max(rendered_at) as renderedAt, (select count(*) from purge_outbox) as outbox from article_renders',
  ).first();

/**
 * `d1` behind a proxy that counts queries as D1 does (each statement of a batch, and each
 * statement run alone): the per-invocation limit is on this number. Not a stub: every query
 * runs on the real local D1.
 */
export function countingD1(d1: D1Database) {
  const counter = { queries: 0 };
  const native = new WeakMap<object, D1PreparedStatement>();
  const counted = (statement: D1PreparedStatement): D1PreparedStatement => {
    const wrapper = new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key, target);
        if (key === 'bind') return (...params: unknown[]) => counted(target.bind(...params));
        if (key === 'run' || key === 'all' || key === 'raw' || key === 'first') counter.queries++;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    native.set(wrapper, statement);
    return wrapper;
  };
  const db = new Proxy(d1, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => counted(target.prepare(sql));
      if (key === 'batch') return (statements: D1PreparedStatement[]) => ((counter.queries += statements.length), target.batch(statements.map((s) => native.get(s) ?? s)));
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db, counter };
}
