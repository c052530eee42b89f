/**
 * Sub-apps mounted with http/lazy-mount (the editor API, feeds, preview links) are imported
 * on their first request, and only the paths listed at their mount reach them. A route added
 * to one of them without its path at the mount would be a 404 in production: every route of
 * each loaded sub-app must be covered by a path the Worker's app routes to the stub. Then
 * through the Worker: a lazily loaded route keeps the edge cache's tags, and the routes
 * mounted around a lazy mount still answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../src/index';
import { editorApi } from '../../src/routes/editor';
import { EDITOR_API_PREFIX } from '../../src/routes/editor-gateway';
import { feeds } from '../../src/routes/feeds';
import { previewPages } from '../../src/routes/preview';
import { request, seedSampleNewsroom } from './support';

const outerPaths = new Set(app.routes.map((route) => route.path));

/** Whether the Worker's app sends `path` to a stub: listed as it is, or under a `/prefix/*`. */
function coveredByMount(path: string): boolean {
  if (outerPaths.has(path)) return true;
  return [...outerPaths].some((outer) => outer.endsWith('/*') && (path === outer.slice(0, -2) || path.startsWith(outer.slice(0, -1))));
}

/** The paths a sub-app answers at `prefix`, leaving out its own middleware (`use`). */
const handlerPaths = (subApp: { routes: { path: string; method: string }[] }, prefix = '') =>
  [...new Set(subApp.routes.filter((route) => route.method !== 'ALL' || !route.path.endsWith('*')).map((route) => `${prefix}${route.path}`.replace(/\/$/, '') || '/'))];

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('lazy mounts', () => {
  it.each([
    ['feeds', handlerPaths(feeds)],
    ['preview links', handlerPaths(previewPages)],
    ['editor API', handlerPaths(editorApi, EDITOR_API_PREFIX)],
  ])('routes every path of the %s to its stub', (_name, paths) => {
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !coveredByMount(path))).toEqual([]);
  });

  it('serves a lazily loaded feed with the cache tags of what it lists, as a direct mount did', async () => {
    const feed = await request('/sections/world/feed.xml');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const tags = (feed.headers.get('cache-tag') ?? '').split(',');
    expect(tags.length).toBeGreaterThan(1);
    // The second request is an edge-cache hit of the copy stored under those tags.
    const again = await request('/sections/world/feed.xml');
    expect(again.headers.get('cache-status')).toMatch(/hit/);
    expect(await again.text()).toBe(await feed.text());
  });

  it('leaves the routes mounted around a lazy mount answering (no stub swallows them)', async () => {
    expect((await request('/sections/world')).status).toBe(200);
    expect((await request('/sitemap.xml')).status).toBe(200);
    expect((await request('/preview/not-a-token')).status).toBe(404);
    const editor = await request(`${EDITOR_API_PREFIX}/articles`);
    expect(editor.status).toBe(401);
    expect(((await editor.json()) as { error: { code: string } }).error.code).toMatch(/\w/);
  });
});
