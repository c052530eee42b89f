/**
 * Helpers for the article fragment tests (src/article-render). Requests and editor API calls
 * wait for their background work (waitUntil: a copy being stored, the renders after a write),
 * so none is still running when the next step reads D1, or when the file's storage goes away.
 */
import { env } from 'cloudflare:workers';
import { renderStaleFragments } from '../../src/article-render/fragments';
import { cacheKey } from '../../src/edge-cache/policy';
import { fetchSettled } from './edge-cache-support';
import { EDITOR_API, type ApiInit } from './editor-support';
import { db, ORIGIN } from './support';

/** A page fetched past the edge cache, and how many D1 round trips its handler made. */
export async function page(path: string) {
  await (caches as unknown as { default: Cache }).default.delete(cacheKey(new URL(path, ORIGIN).toString()));
  const res = await fetchSettled(path);
  const html = await res.text();
  const timing = /d1;[^,]*desc="(\d+) quer/.exec(res.headers.get('server-timing') ?? '');
  return { status: res.status, html, roundTrips: Number(timing?.[1] ?? 0), headers: res.headers };
}

let ipCounter = 0;

/** editor-support's api(), waiting for the write's background work (its purge, the fragment renders after it). */
export function api(path: string, init: ApiInit = {}): Promise<Response> {
  const headers: Record<string, string> = { 'cf-connecting-ip': init.ip ?? `198.51.100.${(ipCounter++ % 250) + 1}`, ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.json !== undefined) headers['content-type'] ??= 'application/json';
  return fetchSettled(path.startsWith('/api') ? path : `${EDITOR_API}${path}`, {
    method: init.method ?? (init.json !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

/** editor-support's createDraft(), settled. */
export async function createDraft(token: string, fields: Record<string, unknown> = {}) {
  const res = await api('/articles', { token, json: { title: 'A test story', body: 'Some *text*.', section: 'world', ...fields } });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: number; slug: string; etag: string; revision: number; status: string };
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
