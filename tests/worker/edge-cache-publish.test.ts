/**
 * The whole chain through the real editor API: a publish, an edit and an unpublish each
 * purge the edge cache through the one publishing code path, so the very next reader
 * request anywhere shows the new state, while editors read their own writes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { feedPaths } from '../../src/feeds/feed-paths';
import { paths } from '../../src/model/urls';
import { tokenFor } from './editor-support';
import { fetchSettled } from './edge-cache-support';
import { seedSampleNewsroom } from './support';

let token: string;
const headline = 'Lighthouse keepers return to Port Aldane';
const edited = 'Lighthouse keepers return to Port Aldane after forty years';

/** An editor API call through the app, waiting for its background work. */
function editor(path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}) {
  return fetchSettled(`/api/v1/editor${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.7', ...init.headers },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

const readerSurfaces = (slug: string) => [paths.home(), paths.section('world'), feedPaths.site.rss, feedPaths.site.json, paths.article(slug)];

async function read(path: string) {
  const response = await fetchSettled(path);
  return { status: response.status, cacheStatus: response.headers.get('cache-status') ?? '', text: await response.text() };
}

beforeAll(async () => {
  await seedSampleNewsroom();
  token = (await tokenFor('editor')).secret;
});

describe('publishing through the editor API with the edge cache on', () => {
  let id: number;
  let slug: string;

  it('a draft is invisible and readers are served from the cache', async () => {
    const created = await editor('/articles', { json: { title: headline, body: 'The lamps are lit again.', section: 'world' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-status')).toMatch(/fwd=method/);
    ({ id, slug } = await created.json<{ id: number; slug: string }>());
    for (const path of readerSurfaces(slug)) {
      await read(path);
      const again = await read(path);
      expect(again.cacheStatus, path).toMatch(/hit/);
      expect(again.text, path).not.toContain(headline);
    }
  });

  it('a publish shows everywhere on the very next request', async () => {
    const published = await editor(`/articles/${id}/publish`, { json: {}, headers: { 'idempotency-key': crypto.randomUUID() } });
    expect(published.status).toBe(200);
    for (const path of readerSurfaces(slug)) {
      const page = await read(path);
      expect(page.status, path).toBe(200);
      expect(page.cacheStatus, path).not.toMatch(/hit/);
      expect(page.text, path).toContain(headline);
    }
  });

  it('an edit of the live story shows at once, and the editor reads it back with the bookmark', async () => {
    for (const path of readerSurfaces(slug)) await read(path);
    const current = await editor(`/articles/${id}`);
    const bookmark = current.headers.get('x-d1-bookmark');
    expect(bookmark).toBeTruthy();
    const patched = await editor(`/articles/${id}`, {
      method: 'PATCH',
      json: { title: edited },
      headers: { 'if-match': current.headers.get('etag')!, 'x-d1-bookmark': bookmark! },
    });
    expect(patched.status).toBe(200);
    const readBack = await editor(`/articles/${id}`, { headers: { 'x-d1-bookmark': patched.headers.get('x-d1-bookmark')! } });
    expect((await readBack.json<{ title: string }>()).title).toBe(edited);
    for (const path of readerSurfaces(slug).filter((p) => p !== paths.article(slug))) {
      expect((await read(path)).text, path).toContain(edited);
    }
  });

  it('an unpublish removes it everywhere on the very next request', async () => {
    for (const path of readerSurfaces(slug)) await read(path);
    const unpublished = await editor(`/articles/${id}/unpublish`, { json: {} });
    expect(unpublished.status).toBe(200);
    for (const path of readerSurfaces(slug)) {
      const page = await read(path);
      expect(page.text, path).not.toContain(headline);
    }
    expect((await read(paths.article(slug))).status).toBe(410);
  });
});
