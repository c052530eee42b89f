/**
 * The routes the bench measures. Each is probed once first: a route that answers 404 is
 * reported as "n/a: route missing" instead of being measured, so the bench runs against
 * whatever the app serves today and picks routes up as they appear.
 */
import type { Fixtures } from './fixtures';
import { missUrl, nextMiss, type CacheMode } from './measure';

export interface Scenario {
  key: string;
  label: string;
  path: string;
  mode: CacheMode;
  expect: '2xx' | '3xx';
  /** Extra request headers (the render-only diagnostic sends one that bypasses the cache). */
  headers?: Record<string, string>;
}

export function readerScenarios(f: Fixtures): Scenario[] {
  const article = `/articles/${f.articleSlug}`;
  return [
    { key: 'article-warm', label: 'Article page, warm (edge-cache hit)', path: article, mode: 'warm', expect: '2xx' },
    { key: 'article-cold', label: 'Article page, cold (cache miss)', path: article, mode: 'cold', expect: '2xx' },
    // Diagnostic: the same miss without the store (any Authorization header bypasses the edge
    // cache), so the table splits a miss into render cost and store cost.
    { key: 'article-render', label: 'Article page, rendered, not stored (cache bypass)', path: article, mode: 'cold', expect: '2xx', headers: { authorization: 'Bearer bench-bypass' } },
    { key: 'home-warm', label: 'Home page, warm', path: '/', mode: 'warm', expect: '2xx' },
    { key: 'home-cold', label: 'Home page, cold', path: '/', mode: 'cold', expect: '2xx' },
    { key: 'article-json', label: 'Article JSON API, warm', path: `/api/v1/articles/${f.articleSlug}`, mode: 'warm', expect: '2xx' },
    { key: 'listing-api', label: 'Listing API page, cold', path: '/api/v1/articles?limit=20', mode: 'cold', expect: '2xx' },
    { key: 'section-cold', label: 'Section page, cold', path: `/sections/${f.sectionSlug}`, mode: 'cold', expect: '2xx' },
    { key: 'search-cold', label: `Search "${f.searchTerm}", cold`, path: `/search?q=${encodeURIComponent(f.searchTerm)}`, mode: 'cold', expect: '2xx' },
    { key: 'share-short', label: 'Share short link /s/:code (redirect)', path: `/s/${f.shortCode}`, mode: 'warm', expect: '3xx' },
    { key: 'share-network', label: 'Share link /share/:slug/:network (redirect)', path: `/share/${f.articleSlug}/x`, mode: 'warm', expect: '3xx' },
  ];
}

// Networks a share route may name; the first that redirects is measured.
const SHARE_NETWORKS = ['x', 'bluesky', 'facebook', 'linkedin', 'mastodon', 'whatsapp', 'email', 'reddit'];

export type Probe = { ok: true; scenario: Scenario } | { ok: false; reason: string };

/** Requests the scenario once; primes the cache for warm scenarios. */
export async function probe(base: URL, scenario: Scenario): Promise<Probe> {
  const candidates =
    scenario.key === 'share-network'
      ? SHARE_NETWORKS.map((network) => ({ ...scenario, path: scenario.path.replace(/\/x$/, `/${network}`) }))
      : [scenario];
  let last = 0;
  for (const candidate of candidates) {
    const url = new URL(candidate.mode === 'cold' ? missUrl(candidate.path, nextMiss()) : candidate.path, base);
    const response = await fetch(url, { redirect: 'manual', headers: candidate.headers });
    await response.arrayBuffer();
    last = response.status;
    const klass = `${String(response.status)[0]}xx`;
    if (klass === candidate.expect) return { ok: true, scenario: candidate };
  }
  if (last === 404 || last === 405) return { ok: false, reason: 'n/a: route missing' };
  return { ok: false, reason: `n/a: answered ${last}, expected ${scenario.expect}` };
}
