/**
 * When D1 is down: a stored copy is served even past its freshness (stale-if-error), and
 * without one readers get a real 503 page (JSON under /api/) with Retry-After.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { cacheKey } from '../../src/edge-cache/policy';
import { FRESH_UNTIL_HEADER } from '../../src/edge-cache/store';
import { d1Queries, fetchSettled, withD1Down } from './edge-cache-support';
import { ORIGIN, seedSampleNewsroom } from './support';

const published = sample.filter((a) => a.status === 'published');

/** Ages the stored copy of `path` past its freshness, as a day without purges would. */
async function expire(path: string) {
  const key = cacheKey(`${ORIGIN}${path}`);
  const stored = await caches.default.match(key);
  expect(stored, 'a stored copy to expire').toBeDefined();
  const aged = new Response(stored!.body, stored);
  aged.headers.set(FRESH_UNTIL_HEADER, String(Date.now() - 5_000));
  await caches.default.put(key, aged);
}

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('stale-if-error', () => {
  it('serves a fresh copy without touching the failing database', async () => {
    const path = `/articles/${published[0]!.slug}`;
    const cold = await (await fetchSettled(path)).text();
    const during = await fetchSettled(path, undefined, withD1Down());
    expect(during.status).toBe(200);
    expect(during.headers.get('cache-status')).toMatch(/hit/);
    expect(await during.text()).toBe(cold);
  });

  it.each([`/articles/${published[1]!.slug}`, `/api/v1/articles/${published[1]!.slug}`, '/'])(
    '%s: serves an expired copy when D1 fails, and refreshes it once D1 is back',
    async (path) => {
      const cold = await (await fetchSettled(path)).text();
      await expire(path);

      const during = await fetchSettled(path, undefined, withD1Down());
      expect(during.status).toBe(200);
      expect(during.headers.get('cache-status')).toMatch(/^edge-news; fwd=stale; fwd-status=503; ttl=-\d+; detail=stale-if-error$/);
      expect(d1Queries(during)).toBeGreaterThan(0);
      expect(await during.text()).toBe(cold);

      const recovered = await fetchSettled(path);
      expect(recovered.headers.get('cache-status')).toBe('edge-news; fwd=stale; stored');
      expect((await fetchSettled(path)).headers.get('cache-status')).toMatch(/hit/);
    },
  );
});

describe('no copy and no database', () => {
  it('answers a reader page with a 503 page and Retry-After', async () => {
    const response = await fetchSettled(`/articles/${published[2]!.slug}`, undefined, withD1Down());
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-status')).toMatch(/detail=d1-unavailable/);
    const html = await response.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('The newsroom is briefly unavailable');
    expect(await caches.default.match(cacheKey(`${ORIGIN}/articles/${published[2]!.slug}`))).toBeUndefined();
  });

  it('answers the JSON API with the error shape, 503 and Retry-After', async () => {
    const response = await fetchSettled(`/api/v1/articles/${published[2]!.slug}`, undefined, withD1Down());
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toMatchObject({ error: { code: 'service_unavailable' } });
  });

  it('answers editor requests with 503 too, never stored', async () => {
    const response = await fetchSettled('/api/v1/editor/articles', { headers: { authorization: 'Bearer x' } }, withD1Down());
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-status')).toMatch(/fwd=bypass/);
  });
});
