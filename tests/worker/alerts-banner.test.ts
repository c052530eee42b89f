/**
 * The banner's design, end to end in workerd: pages carry an empty polite region and the
 * registered script, never the alert; the alert lives in two small edge-cached resources
 * (tag `alerts`), so raising or removing one purges those two URLs and no page, and a hit on
 * them makes no D1 query. Workers Cache is not emulated locally (docs/caching.md): where the
 * production path matters, exactly its `purge` call is a stub that records the tags.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { alerts } from '../../src/db/schema';
import { cacheKey } from '../../src/edge-cache/policy';
import { cspHash } from '../../src/middleware/security-headers';
import { alertScript } from '../../src/views/alert-script';
import type { Bindings } from '../../src/env';
import { d1Queries, fetchSettled, testBindings } from './edge-cache-support';
import { tokenFor } from './editor-support';
import { db, ORIGIN, seedSampleNewsroom } from './support';

const story = sample.find((a) => a.status === 'published' && a.language === 'en')!;
const PAGES = ['/', `/articles/${story.slug}`, `/sections/${story.section}`, '/lite', `/lite/articles/${story.slug}`];
const RESOURCES = ['/api/v1/alerts', '/alerts.json'];
const HEADLINE = 'Пожежа на складі в Одесі: рятувальники просять мешканців зачинити вікна 🚒 — “оновлюється”';

let editor: string;
beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

const editorCall = (path: string, method: string, json?: unknown, bindings: Bindings = testBindings()) =>
  fetchSettled(`/api/v1/editor${path}`, {
    method,
    headers: { authorization: `Bearer ${editor}`, 'cf-connecting-ip': '198.51.100.77', ...(json ? { 'content-type': 'application/json' } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  }, bindings);

interface Written { id: number; purge: { tags: string[]; urls: string[]; status: string } }
const raise = async (json: unknown, bindings?: Bindings) => (await editorCall('/alerts', 'POST', json, bindings)).json<Written>();

async function get(path: string) {
  const res = await fetchSettled(path);
  return { res, status: res.status, cacheStatus: res.headers.get('cache-status') ?? '', queries: d1Queries(res), text: await res.text() };
}

describe('pages carry the slot, never the alert', () => {
  it('full pages: an empty role=status region and exactly the registered script, allowed by its hash', async () => {
    await raise({ text: HEADLINE, url: `/articles/${story.slug}` });
    const hash = await cspHash(alertScript);
    for (const path of PAGES.filter((p) => !p.startsWith('/lite'))) {
      const { res, text } = await get(path);
      expect(text, path).toMatch(/<div class="alert-banner" role="status" aria-live="polite" aria-atomic="true" data-alert-banner="" data-src="\/api\/v1\/alerts" data-label="Breaking"><\/div>/);
      expect(text, path).toContain(`<script data-alert-script="">${alertScript}</script>`);
      expect(text, path).not.toContain(HEADLINE);
      expect(res.headers.get('content-security-policy'), path).toContain(hash);
    }
  });

  it('lite pages: the same empty region and the banner script, the only script the lite edition keeps', async () => {
    for (const path of PAGES.filter((p) => p.startsWith('/lite'))) {
      const { text } = await get(path);
      expect(text, path).toContain('data-alert-banner=""');
      expect(text.match(/<script[^>]*>/g), path).toEqual(['<script data-alert-script="">']);
      expect(text, path).toContain(`<script data-alert-script="">${alertScript}</script>`);
      expect(text, path).not.toContain(HEADLINE);
      // The lite edition's budget (reader-pages.test.ts) still holds with the slot in it.
      expect(new TextEncoder().encode(text).length, path).toBeLessThan(10 * 1024);
    }
  });

  it('a Polish article page labels the banner in Polish', async () => {
    const polish = sample.find((a) => a.status === 'published' && a.language === 'pl')!;
    expect((await get(`/articles/${polish.slug}`)).text).toContain('data-label="Pilne"');
  });
});

describe('raising and removing purge the alert resources, not the pages', () => {
  it('pages stay cached hits with no D1 query; only the two resources are purged and re-read', async () => {
    for (const path of [...PAGES, ...RESOURCES]) await get(path);
    for (const path of [...PAGES, ...RESOURCES]) expect((await get(path)).cacheStatus, path).toMatch(/hit/);

    const written = await raise({ text: `${HEADLINE} (2)`, url: `/articles/${story.slug}` });
    expect(written.purge.status).toBe('done');
    expect(written.purge.urls.sort()).toEqual(RESOURCES.map((p) => cacheKey(`${ORIGIN}${p}`)).sort());
    for (const path of PAGES) {
      const page = await get(path);
      expect(page.cacheStatus, path).toMatch(/hit/);
      expect(page.queries, path).toBe(0);
    }
    const fresh = await get('/api/v1/alerts');
    expect(fresh.cacheStatus).toBe('edge-news; fwd=uri-miss; stored');
    expect(JSON.parse(fresh.text).items[0]).toMatchObject({ id: written.id, text: `${HEADLINE} (2)`, url: `${ORIGIN}/articles/${story.slug}` });

    const removed = await (await editorCall(`/alerts/${written.id}`, 'DELETE')).json<Written>();
    expect(removed.purge.urls).toEqual([cacheKey(`${ORIGIN}/api/v1/alerts`)]);
    for (const path of PAGES) expect((await get(path)).cacheStatus, path).toMatch(/hit/);
    expect(JSON.parse((await get('/api/v1/alerts')).text).items.map((a: { id: number }) => a.id)).not.toContain(written.id);
  });

  it('behind Workers Cache (production), a raise purges the alerts tag and the always-purged ones, nothing else', async () => {
    const purged: string[][] = [];
    const stub = { purge: async ({ tags }: CachePurgeOptions) => (purged.push([...(tags ?? [])]), { success: true, zoneTag: 'zone', errors: [] }) };
    const bindings = { ...testBindings(), EDGE_CACHE_WORKERS_CACHE: stub };
    await raise({ text: 'Workers Cache alert' }, bindings);
    expect(purged).toEqual([['alerts', 'not-found', 'untagged']]);
    const labelled = await fetchSettled('/api/v1/alerts', undefined, bindings);
    expect(labelled.headers.get('cache-tag')).toBe('alerts');
    expect(labelled.headers.get('cache-control')).toMatch(/^public, max-age=\d+, s-maxage=\d+$/);
  });
});

describe('the cached alert resource', () => {
  it('answers a hit without any D1 query', async () => {
    await get('/api/v1/alerts');
    const hit = await get('/api/v1/alerts');
    expect(hit.cacheStatus).toMatch(/hit/);
    expect(hit.queries).toBe(0);
  });

  it('lives at most a minute at the edge, 15 s in browsers, and never past the next expiry', async () => {
    await db().update(alerts).set({ removedAt: new Date() });
    await editorCall('/alerts', 'POST', { text: 'Nothing' }).then(async (r) => editorCall(`/alerts/${(await r.json<Written>()).id}`, 'DELETE'));
    expect((await get('/api/v1/alerts')).res.headers.get('cache-control')).toBe('public, max-age=15, s-maxage=60');
    await db().insert(alerts).values({ text: 'Ends in two seconds', expiresAt: new Date(Date.now() + 2_000) });
    await raise({ text: 'Triggers the purge' });
    const soon = await get('/api/v1/alerts');
    expect(soon.res.headers.get('cache-control')).toMatch(/^public, max-age=[12], s-maxage=[12]$/);
    // The stored copy's remaining life, as the cache reports it, ends with the alert.
    expect(Number(/ttl=(-?\d+)/.exec((await get('/api/v1/alerts')).cacheStatus)?.[1])).toBeLessThanOrEqual(2);
  });

  it('is one URL: any parameter is a 301 without a D1 query, so clients cannot mint copies', async () => {
    const res = await fetchSettled('/api/v1/alerts?nocache=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/api/v1/alerts');
  });

  it('/alerts.json is a JSON Feed 1.1 of the active alerts', async () => {
    const written = await raise({ text: 'Feed alert: „Most zamknięty”', url: `/articles/${story.slug}`, language: 'pl' });
    const { res, text } = await get('/alerts.json');
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(text);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${ORIGIN}/alerts.json`);
    expect(feed.items[0]).toMatchObject({ id: `${ORIGIN}/alerts.json#alert-${written.id}`, url: `${ORIGIN}/articles/${story.slug}`, content_text: 'Feed alert: „Most zamknięty”', language: 'pl' });
    expect(Date.parse(feed.items[0]._alert.expires_at)).toBeGreaterThan(Date.now());
  });
});
