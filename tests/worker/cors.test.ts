/**
 * CORS: the public content API is readable from any origin (miss, hit, 304, redirect),
 * preflights for it get a 204 and are never stored, and nothing else (the editor API,
 * writes, reader pages) approves another origin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { cacheKey } from '../../src/edge-cache/policy';
import { readStored } from '../../src/edge-cache/store';
import { d1Queries, fetchSettled } from './edge-cache-support';
import { ORIGIN, request, seedSampleNewsroom } from './support';
import { tokenFor } from './editor-support';

const story = sample.find((a) => a.status === 'published')!;
const OTHER = 'https://reader-app.example';
const expectReadableCrossOrigin = (res: Response) => {
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('access-control-expose-headers')).toMatch(/\bETag\b.*\bCache-Status\b.*\bLink\b/);
  // The same headers for every origin: nothing may split or vary the shared copy.
  expect(res.headers.get('vary') ?? '').not.toMatch(/origin/i);
};
const expectNoCors = (res: Response) => {
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
  expect(res.headers.get('access-control-allow-methods')).toBeNull();
  expect(res.headers.get('access-control-allow-headers')).toBeNull();
};

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('public GETs answer any origin', () => {
  it('carries the CORS headers on a miss and on the cached hit, for two different origins', async () => {
    const path = `/api/v1/articles/${story.slug}`;
    await caches.default.delete(cacheKey(new URL(path, ORIGIN).toString()));
    const miss = await fetchSettled(path, { headers: { origin: OTHER } });
    expect(miss.status).toBe(200);
    expect(miss.headers.get('cache-status')).toMatch(/fwd=uri-miss; stored/);
    expectReadableCrossOrigin(miss);

    const hit = await fetchSettled(path, { headers: { origin: 'https://another-site.example' } });
    expect(hit.headers.get('cache-status')).toMatch(/; hit; ttl=/);
    expect(d1Queries(hit)).toBe(0);
    expectReadableCrossOrigin(hit);
    expect(await hit.text()).toBe(await miss.text());
    // The stored copy itself carries no origin-specific header.
    const stored = await readStored(cacheKey(new URL(path, ORIGIN).toString()));
    expect(stored?.response.headers.get('vary') ?? '').not.toMatch(/origin/i);
  });

  it('carries them on a 304, a normalizing redirect, list endpoints, oEmbed and feeds', async () => {
    const first = await request('/api/v1/sections', { headers: { origin: OTHER } });
    expectReadableCrossOrigin(first);
    const revalidated = await request('/api/v1/sections', { headers: { origin: OTHER, 'if-none-match': first.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expectReadableCrossOrigin(revalidated);

    const redirect = await request('/api/v1/sections?sort=name', { headers: { origin: OTHER } });
    expect(redirect.status).toBe(301);
    expectReadableCrossOrigin(redirect);

    for (const path of ['/api/v1/articles?limit=2', '/api/v1/search?q=harbor', `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${story.slug}`)}`, '/feed.json', '/api/v1/openapi.json']) {
      const res = await request(path, { headers: { origin: OTHER } });
      expect(res.status, path).toBe(200);
      expectReadableCrossOrigin(res);
    }
    // Errors of the public API are readable too: a client has to see the 404 to handle it.
    const missing = await request('/api/v1/articles/no-such-story', { headers: { origin: OTHER } });
    expect(missing.status).toBe(404);
    expectReadableCrossOrigin(missing);
  });

  it('answers a preflight with 204, the allowed methods and headers, and a max-age; never stores it', async () => {
    const path = '/api/v1/articles?section=world';
    const key = cacheKey(new URL(path, ORIGIN).toString());
    await caches.default.delete(key);
    const preflight = await fetchSettled(path, {
      method: 'OPTIONS',
      headers: { origin: OTHER, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/);
    expect(Number(preflight.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(await readStored(key)).toBeUndefined();
    // The next GET is a miss that renders: the preflight left nothing behind to be served.
    const get = await fetchSettled(path, { headers: { origin: OTHER } });
    expect(get.headers.get('cache-status')).toMatch(/fwd=uri-miss/);
    expect((await get.json<{ items: unknown[] }>()).items.length).toBeGreaterThan(0);
  });
});

describe('nothing else approves another origin', () => {
  it('the editor API: no CORS headers on its answers, no approval for its preflight', async () => {
    const { secret } = await tokenFor('editor');
    const listed = await request('/api/v1/editor/articles', { headers: { origin: OTHER, authorization: `Bearer ${secret}`, 'cf-connecting-ip': '192.0.2.90' } });
    expect(listed.status).toBe(200);
    expectNoCors(listed);
    const preflight = await request('/api/v1/editor/articles', {
      method: 'OPTIONS',
      headers: { origin: OTHER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type', 'cf-connecting-ip': '192.0.2.91' },
    });
    // The editor's own answer to a request without a token, not an approval.
    expect(preflight.status).toBe(401);
    expectNoCors(preflight);
  });

  it('writes and their preflights on public paths, and reader pages', async () => {
    const post = await request('/api/v1/articles', { method: 'POST', headers: { origin: OTHER, 'content-type': 'application/json' }, body: '{}' });
    expectNoCors(post);
    const preflight = await request('/api/v1/articles', { method: 'OPTIONS', headers: { origin: OTHER, 'access-control-request-method': 'DELETE' } });
    expectNoCors(preflight);
    const page = await request(`/articles/${story.slug}`, { headers: { origin: OTHER } });
    expect(page.status).toBe(200);
    expectNoCors(page);
  });
});
