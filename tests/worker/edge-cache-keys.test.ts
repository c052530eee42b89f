/**
 * Keys no client can inflate: each route reads only the parameters it declares; anything
 * else is a 301 to the clean URL, tracking parameters share the clean copy, and neither
 * headers nor parameters buy a fresh render. 404s and pages with parameters never enter the
 * D1 tag index, so the number of index rows cannot grow with the URLs a client invents.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { cacheKey } from '../../src/edge-cache/policy';
import { purgeCacheTags } from '../../src/edge-cache/purge';
import { backgroundWork, d1Queries, fetchSettled, testBindings } from './edge-cache-support';
import { ORIGIN, seedSampleNewsroom } from './support';

const published = sample.filter((a) => a.status === 'published');
const indexRows = async () => (await env.DB.prepare('select count(*) as n from cache_entries').first<{ n: number }>())!.n;

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('parameters a route does not read', () => {
  it('answer with a 301 to the clean URL, render nothing and store nothing', async () => {
    const path = `/articles/${published[0]!.slug}`;
    const res = await fetchSettled(`${path}?junk=1&utm_source=news&preview=1`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${path}?utm_source=news`);
    expect(d1Queries(res)).toBe(0);
    expect(res.headers.get('cache-status')).toMatch(/detail=normalized/);
    expect(await caches.default.match(`${ORIGIN}${path}?junk=1&utm_source=news&preview=1`)).toBeUndefined();
  });

  it('keep declared ones: a section page keeps ?cursor, search keeps ?q', async () => {
    const res = await fetchSettled('/search?q=harbor&page=2');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/search?q=harbor');
  });

  it('a path with // is redirected to single slashes, so no link built from it points off-site', async () => {
    const res = await fetchSettled(`${ORIGIN}//evil.example/articles/x`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/evil.example/articles/x');
  });
});

describe('tracking parameters', () => {
  it('share the clean copy and never appear in it', async () => {
    const path = `/articles/${published[1]!.slug}`;
    await fetchSettled(path);
    const tracked = await fetchSettled(`${path}?utm_source=mastodon&fbclid=abc`);
    expect(tracked.status).toBe(200);
    expect(tracked.headers.get('cache-status')).toMatch(/hit/);
    expect(d1Queries(tracked)).toBe(0);

    await caches.default.delete(cacheKey(`${ORIGIN}${path}`));
    const renderedWithThem = await (await fetchSettled(`${path}?utm_source=mastodon&fbclid=abc`)).text();
    expect(renderedWithThem).not.toMatch(/utm_source|fbclid/);
  });
});

describe('no client can force a fresh public render', () => {
  it.each([
    ['Authorization: junk', { authorization: 'junk' }],
    ['Authorization: Bearer', { authorization: 'Bearer enc_not_a_token' }],
    ['Cache-Control: no-cache', { 'cache-control': 'no-cache', pragma: 'no-cache' }],
  ])('%s on a public page is a hit', async (_what, headers) => {
    const path = `/articles/${published[2]!.slug}`;
    await fetchSettled(path);
    const res = await fetchSettled(path, { headers });
    expect(res.headers.get('cache-status')).toMatch(/hit/);
    expect(d1Queries(res)).toBe(0);
  });
});

describe('URLs a client invents do not grow the index', () => {
  it('400 distinct junk URLs, 404s and searches add no index row', async () => {
    await fetchSettled('/');
    const before = await indexRows();
    const invented = Array.from({ length: 100 }, (_, i) => [
      `/?x=${i}`,
      `/articles/no-such-story-${i}`,
      `/search?q=word${i}`,
      `/sections/world?cursor=${i}-garbage`,
    ]).flat();
    for (let i = 0; i < invented.length; i += 20) await Promise.all(invented.slice(i, i + 20).map((path) => fetchSettled(path)));
    expect(await indexRows()).toBe(before);
  });

  it('a stored 404 is remembered briefly, and gone after any purge (no index row needed)', async () => {
    const path = '/articles/not-yet-written';
    await fetchSettled(path);
    const again = await fetchSettled(path);
    expect(again.headers.get('cache-status')).toMatch(/hit/);
    const work = backgroundWork();
    await purgeCacheTags(testBindings(), work.waitUntil, ['article:999999']);
    await work.settle();
    const afterPurge = await fetchSettled(path);
    expect(afterPurge.headers.get('cache-status')).not.toMatch(/hit/);
    expect(d1Queries(afterPurge)).toBeGreaterThan(0);
  });
});
