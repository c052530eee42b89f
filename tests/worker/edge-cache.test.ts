import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { bypassReason, cacheKey, edgeFreshSeconds, isStorable } from '../../src/edge-cache/policy';
import { app } from '../../src/index';
import { d1Queries, fetchSettled, testBindings } from './edge-cache-support';
import { ORIGIN, seedSampleNewsroom } from './support';

const published = sample.filter((a) => a.status === 'published');
const story = published[0]!;

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('edge cache: hits make no D1 query', () => {
  it.each([`/articles/${story.slug}`, `/api/v1/articles/${story.slug}`, '/'])('%s: cold reads D1, warm is served from the cache', async (path) => {
    const cold = await fetchSettled(path);
    expect(cold.status).toBe(200);
    expect(cold.headers.get('cache-status')).toBe('edge-news; fwd=uri-miss; stored');
    expect(d1Queries(cold)).toBeGreaterThan(0);
    const coldBody = await cold.text();

    const warm = await fetchSettled(path);
    expect(warm.status).toBe(200);
    expect(warm.headers.get('cache-status')).toMatch(/^edge-news; hit; ttl=\d+$/);
    expect(d1Queries(warm)).toBe(0);
    expect(await warm.text()).toBe(coldBody);
    expect(warm.headers.get('etag')).toBe(cold.headers.get('etag'));
    expect(warm.headers.get('content-type')).toBe(cold.headers.get('content-type'));
  });

  it('reads a cold article in at most two D1 round trips', async () => {
    const other = published[1]!;
    expect(d1Queries(await fetchSettled(`/articles/${other.slug}`))).toBeLessThanOrEqual(2);
    expect(d1Queries(await fetchSettled(`/api/v1/articles/${other.slug}`))).toBeLessThanOrEqual(2);
  });

  it('stores the copy under the cache key, with the handler tags in Cache-Tag', async () => {
    const path = `/articles/${published[2]!.slug}`;
    const response = await fetchSettled(path);
    const stored = await caches.default.match(cacheKey(`${ORIGIN}${path}`));
    expect(stored).toBeDefined();
    expect(stored!.headers.get('cache-tag')).toMatch(/(^|,)article:\d+(,|$)/);
    // Not the section's listing tag: a change to another story of the section must not evict this page.
    expect(stored!.headers.get('cache-tag')).not.toContain(`section:${published[2]!.section}`);
    expect(stored!.headers.get('cache-tag')).toContain('taxonomy');
    expect(response.headers.get('cache-tag')).toBe(stored!.headers.get('cache-tag'));
  });

  it('shares one copy between URLs that differ only by campaign parameters', async () => {
    const path = `/articles/${published[3]!.slug}`;
    await fetchSettled(`${path}?utm_source=mastodon`);
    const shared = await fetchSettled(`${path}?utm_medium=social&fbclid=x`);
    expect(shared.headers.get('cache-status')).toMatch(/hit/);
    expect(d1Queries(shared)).toBe(0);
  });

  it('answers HEAD from the copy GET stored', async () => {
    const path = `/articles/${published[4]!.slug}`;
    await fetchSettled(path);
    const head = await fetchSettled(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('cache-status')).toMatch(/hit/);
    expect(d1Queries(head)).toBe(0);
    expect(await head.text()).toBe('');
  });
});

describe('edge cache: headers for browsers', () => {
  const path = `/articles/${published[5]!.slug}`;

  it('sends Cache-Control, a content ETag, Last-Modified, Vary and Server-Timing', async () => {
    const response = await fetchSettled(path);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=86400, stale-if-error=604800');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    // Article pages also name the path that served them (article;desc="fragment"), before the D1 entry.
    expect(response.headers.get('server-timing')).toMatch(/(^|, )d1;dur=[\d.]+;desc="\d+ quer/);
    const body = await response.text();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))).slice(0, 16);
    expect(response.headers.get('etag')).toBe(`"${btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`);
  });

  it('takes Last-Modified from what the handler declared it read', async () => {
    const json = await fetchSettled(`/api/v1/articles/${published[6]!.slug}`);
    const body = await json.json<{ updatedAt: string }>();
    expect(json.headers.get('last-modified')).toBe(new Date(body.updatedAt).toUTCString());
    const page = await fetchSettled(`/articles/${published[6]!.slug}`);
    expect(page.headers.get('last-modified')).toBe(new Date(body.updatedAt).toUTCString());
  });

  it('never parses Last-Modified out of the body, and clamps a future date to now', async () => {
    // A story whose stored update time lies in the future (a clock error) and whose body states another date.
    const slug = published[7]!.slug;
    await env.DB.prepare("update articles set updated_at = ?, body_html = '<p>\"dateModified\":\"2001-01-01T00:00:00Z\"</p>' where slug = ?").bind(Date.now() + 86_400_000, slug).run();
    const before = Date.now();
    const page = await fetchSettled(`/articles/${slug}?utm_source=x`);
    const modified = Date.parse(page.headers.get('last-modified')!);
    expect(modified).toBeLessThanOrEqual(Date.now());
    expect(modified).toBeGreaterThanOrEqual(before - 1_000);
  });

  it('keeps the immutable policy of media, stored without tags', async () => {
    const first = await fetchSettled('/favicon.svg');
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const hit = await fetchSettled('/favicon.svg');
    expect(hit.headers.get('cache-status')).toMatch(/hit/);
    expect(hit.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hit.headers.get('cache-tag')).toBeNull();
  });

  it('answers If-None-Match with 304 on a hit and on a miss', async () => {
    const first = await fetchSettled(path);
    const etag = first.headers.get('etag')!;
    const onHit = await fetchSettled(path, { headers: { 'if-none-match': etag } });
    expect(onHit.status).toBe(304);
    expect(await onHit.text()).toBe('');
    expect(onHit.headers.get('etag')).toBe(etag);
    expect(onHit.headers.get('cache-control')).toBe(first.headers.get('cache-control'));

    const other = `/api/v1/articles/${published[7]!.slug}`;
    const known = (await fetchSettled(other)).headers.get('etag')!;
    await caches.default.delete(cacheKey(`${ORIGIN}${other}`));
    const onMiss = await fetchSettled(other, { headers: { 'if-none-match': `W/"nope", ${known}` } });
    expect(onMiss.status).toBe(304);
    expect(onMiss.headers.get('cache-status')).toBe('edge-news; fwd=uri-miss; stored');

    const changed = await fetchSettled(path, { headers: { 'if-none-match': '"something-else"' } });
    expect(changed.status).toBe(200);
  });

  it('answers If-Modified-Since with 304 when nothing changed since', async () => {
    const first = await fetchSettled(path);
    const again = await fetchSettled(path, { headers: { 'if-modified-since': first.headers.get('last-modified')! } });
    expect(again.status).toBe(304);
    const older = new Date(Date.parse(first.headers.get('last-modified')!) - 60_000).toUTCString();
    expect((await fetchSettled(path, { headers: { 'if-modified-since': older } })).status).toBe(200);
  });

  it('keeps the security headers on cached copies', async () => {
    await fetchSettled('/');
    const hit = await fetchSettled('/');
    expect(hit.headers.get('cache-status')).toMatch(/hit/);
    expect(hit.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('edge cache: what is never stored', () => {
  const path = `/articles/${published[8]!.slug}`;

  it('bypasses a POST', async () => {
    await fetchSettled(path);
    const response = await fetchSettled(path, { method: 'POST' });
    expect(response.headers.get('cache-status')).toMatch(/^edge-news; fwd=method/);
    expect(response.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('never stores editor API responses', async () => {
    const response = await fetchSettled('/api/v1/editor/articles');
    expect(response.headers.get('cache-status')).toMatch(/fwd=bypass/);
    expect(await caches.default.match(cacheKey(`${ORIGIN}/api/v1/editor/articles`))).toBeUndefined();
  });

  it('does not store redirects or 410s, and stores a 404 only briefly', async () => {
    const missing = await fetchSettled('/articles/no-such-story');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60');
    const again = await fetchSettled('/articles/no-such-story');
    expect(again.status).toBe(404);
    expect(again.headers.get('cache-status')).toMatch(/hit/);
    expect(d1Queries(again)).toBe(0);
    expect(again.headers.get('cache-tag')).toContain('not-found');
  });

  it('makes no query and stores nothing for requests the cache bypasses on the way in', async () => {
    const response = await fetchSettled('/', { method: 'DELETE' });
    expect(response.headers.get('cache-status')).toBe('edge-news; fwd=method; detail=method');
  });
});

describe('edge cache: one URL, different answers per client', () => {
  it('never gives people the share preview a link-preview crawler got', async () => {
    const { results } = await env.DB.prepare("select short_code as code from articles where status = 'published' limit 1").all<{ code: string }>();
    const path = `/s/${results[0]!.code}`;
    const crawler = await fetchSettled(path, { headers: { 'user-agent': 'Slackbot-LinkExpanding 1.0' } });
    expect(crawler.status).toBe(200);
    const person = await fetchSettled(path, { headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' } });
    expect(person.status).toBe(301);
    expect(await caches.default.match(cacheKey(`${ORIGIN}${path}`))).toBeUndefined();
  });
});

describe('edge cache: without an execution context', () => {
  it('stores inline when the app is called through app.request', async () => {
    const path = `/api/v1/articles/${published[10]!.slug}`;
    const cold = await app.request(`${ORIGIN}${path}`, {}, testBindings());
    expect(cold.status).toBe(200);
    expect(await caches.default.match(cacheKey(`${ORIGIN}${path}`))).toBeDefined();
    expect(d1Queries(await app.request(`${ORIGIN}${path}`, {}, testBindings()))).toBe(0);
  });
});

describe('edge cache: index', () => {
  it('records which cached URL carries which tag', async () => {
    const path = `/articles/${published[9]!.slug}`;
    await fetchSettled(path);
    const { results } = await env.DB.prepare('select tag from cache_entries where url = ?').bind(cacheKey(`${ORIGIN}${path}`)).all<{ tag: string }>();
    expect(results.map((r) => r.tag)).toContain('taxonomy');
    expect(results.map((r) => r.tag)).toContain(`article:${(await env.DB.prepare('select id from articles where slug = ?').bind(published[9]!.slug).first<{ id: number }>())!.id}`);
  });
});

describe('edge cache policy', () => {
  it('stores only public 200s and 404s without cookies or private directives', () => {
    expect(isStorable(new Response('ok'))).toBe(true);
    expect(isStorable(new Response('missing', { status: 404 }))).toBe(true);
    expect(isStorable(new Response('ok', { headers: { 'set-cookie': 'session=1' } }))).toBe(false);
    for (const directive of ['private', 'no-store', 'private, max-age=0', 'no-cache']) {
      expect(isStorable(new Response('ok', { headers: { 'cache-control': directive } })), directive).toBe(false);
    }
    expect(isStorable(new Response('ok', { headers: { vary: 'Accept-Encoding' } }))).toBe(true);
    expect(isStorable(new Response('ok', { headers: { vary: 'User-Agent' } }))).toBe(false);
    expect(isStorable(new Response('ok', { headers: { vary: '*' } }))).toBe(false);
    for (const status of [201, 204, 301, 302, 400, 410, 429, 500, 503]) {
      expect(isStorable(new Response(status === 204 ? null : 'x', { status })), String(status)).toBe(false);
    }
  });

  it('keeps copies a day, 404s a minute, and less when the handler asks for less', () => {
    expect(edgeFreshSeconds(200)).toBe(86_400);
    expect(edgeFreshSeconds(404)).toBe(60);
    expect(edgeFreshSeconds(200, 'public, max-age=30')).toBe(30);
    expect(edgeFreshSeconds(200, 'public, max-age=60, s-maxage=300')).toBe(300);
    expect(edgeFreshSeconds(200, 'public, max-age=31536000, immutable')).toBe(86_400);
  });

  it('bypasses the editor API and writes only: no header or parameter forces a fresh public render', () => {
    const at = (path: string, init?: RequestInit) => bypassReason(new Request(`${ORIGIN}${path}`, init));
    expect(at('/')).toBeNull();
    expect(at('/feed.xml', { method: 'HEAD' })).toBeNull();
    expect(at('/', { method: 'POST' })).toBe('method');
    expect(at('/api/v1/editor/articles/1')).toBe('editor');
    expect(at('/api/v1/articles/x', { headers: { authorization: 'Bearer t' } })).toBeNull();
    expect(at('/articles/x?preview=token')).toBeNull();
  });

  it('keys copies by path and declared parameters, sorted; tracking parameters and fragments never count', () => {
    expect(cacheKey(`${ORIGIN}/search?q=port&utm_source=x&cursor=c1#top`)).toBe(`${ORIGIN}/search?cursor=c1&q=port`);
    expect(cacheKey(`${ORIGIN}/sections/world?cursor=abc`)).not.toBe(cacheKey(`${ORIGIN}/sections/world`));
    expect(cacheKey(`${ORIGIN}/articles/x?fbclid=1&gclid=2`)).toBe(`${ORIGIN}/articles/x`);
  });
});
