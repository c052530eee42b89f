/**
 * The routes the bench measures. Each is probed once first: a route that answers 404 is
 * reported as "n/a: route missing" instead of being measured, so the bench runs against
 * whatever the app serves today and picks routes up as they appear.
 *
 * Warm scenarios repeat one primed URL. Cold ones take distinct real URLs from the
 * archive's pools (url-pools): the cache is never told to miss, every response says
 * whether it did (`Cache-Status`, tallied per response).
 */
import type { Fixtures } from './fixtures';
import { d1Figures, MIN_POOL, runLoad, sampleAlone, type LoadOptions, type RequestSource, type StatusClass } from './measure';
import { PRODUCTION_PATH } from './preview-server';
import type { ScenarioResult } from './report';
import { cacheMix, cacheOutcome, percent, share, type CacheOutcome } from './response-tally';
import { constant, freshOrigins, onceEach, type Pools } from './url-pools';

export type FloorName = 'constant' | 'cached-constant' | 'one-d1-query';

export interface Scenario {
  key: string;
  label: string;
  /** What is requested, for the report ("/articles/<1,031 distinct slugs>"). */
  path: string;
  mode: 'warm' | 'cold' | 'bypass' | 'busting' | 'long-tail';
  expect: StatusClass[];
  /** Made fresh for each measurement: samples and load draw from the same source. */
  source: () => RequestSource;
  /** The floor its req/s is compared with. */
  floor?: FloorName;
  /** What the edge cache should answer for the row to mean what its label says; checked per response. */
  expectCache?: CacheOutcome;
  /** Text its probe's `Cache-Status` must contain (the production path's `detail=workers-cache`), else n/a. */
  expectCacheStatus?: string;
}

const count = (n: number) => n.toLocaleString('en-US');

export function readerScenarios(f: Fixtures, pools: Pools, options: { scale: boolean }): Scenario[] {
  const article = `/articles/${f.articleSlug}`;
  const scenarios: Scenario[] = [
    { key: 'article-warm', label: 'Article page, warm (edge-cache hit)', path: article, mode: 'warm', expect: ['2xx'], source: () => constant(article), floor: 'cached-constant', expectCache: 'hit' },
    {
      key: 'article-cold',
      label: 'Article page, cold (cache miss)',
      path: `/articles/<${count(pools.articles.length)} distinct slugs>`,
      mode: 'cold',
      expect: ['2xx'],
      source: () => onceEach(pools.articles),
      floor: 'one-d1-query',
      expectCache: 'miss',
    },
    { key: 'home-warm', label: 'Home page, warm', path: '/', mode: 'warm', expect: ['2xx'], source: () => constant('/'), floor: 'cached-constant', expectCache: 'hit' },
    { key: 'home-cold', label: 'Home page, cold (a fresh origin each request)', path: '/ under new origins', mode: 'cold', expect: ['2xx'], source: () => freshOrigins('/'), floor: 'one-d1-query', expectCache: 'miss' },
    {
      key: 'home-more-cold',
      label: 'Home, older pages (?cursor=), cold',
      path: `/?cursor=<${count(pools.homePages.length)} distinct>`,
      mode: 'cold',
      expect: ['2xx'],
      source: () => onceEach(pools.homePages),
      floor: 'one-d1-query',
      expectCache: 'miss',
    },
    { key: 'article-json', label: 'Article JSON API, warm', path: `/api/v1/articles/${f.articleSlug}`, mode: 'warm', expect: ['2xx'], source: () => constant(`/api/v1/articles/${f.articleSlug}`), floor: 'cached-constant', expectCache: 'hit' },
    {
      key: 'listing-api',
      label: 'Listing API page, cold',
      path: `/api/v1/articles?limit=20&cursor=<${count(pools.listingPages.length)} distinct>`,
      mode: 'cold',
      expect: ['2xx'],
      source: () => onceEach(pools.listingPages),
      floor: 'one-d1-query',
      expectCache: 'miss',
    },
    {
      key: 'section-cold',
      label: 'Section page, cold',
      path: `/sections/<slug>?cursor=<${count(pools.sectionPages.length)} distinct>`,
      mode: 'cold',
      expect: ['2xx'],
      source: () => onceEach(pools.sectionPages),
      floor: 'one-d1-query',
      expectCache: 'miss',
    },
    {
      key: 'search-cold',
      label: 'Search, two words, cold',
      path: `/search?q=<${count(pools.searches.length)} distinct word pairs>`,
      mode: 'cold',
      expect: ['2xx'],
      source: () => onceEach(pools.searches),
      floor: 'one-d1-query',
      expectCache: 'miss',
    },
    { key: 'share-short', label: 'Share short link /s/:code (redirect)', path: `/s/${f.shortCode}`, mode: 'warm', expect: ['3xx'], source: () => constant(`/s/${f.shortCode}`), floor: 'one-d1-query' },
    {
      key: 'share-network',
      label: 'Share link /share/:slug/:network (redirect)',
      path: `/share/${f.articleSlug}/x`,
      mode: 'warm',
      expect: ['3xx'],
      source: () => constant(`/share/${f.articleSlug}/x`),
      floor: 'one-d1-query',
    },
  ];
  return options.scale ? [...scenarios, ...scaleScenarios(pools)] : scenarios;
}

/** `--scale`: pages whose cost may grow with the archive, measured at both sizes. */
export function scaleScenarios(pools: Pools): Scenario[] {
  return [
    {
      key: 'section-deep',
      label: 'Section page, after a story of the older half of the archive, cold',
      path: `/sections/<slug>?cursor=<${count(pools.deepSectionPages.length)} distinct>`,
      mode: 'cold',
      expect: ['2xx'],
      source: () => onceEach(pools.deepSectionPages),
      floor: 'one-d1-query',
      expectCache: 'miss',
    },
    { key: 'sitemap-index', label: 'Sitemap index, cold (a fresh origin each request)', path: '/sitemap.xml', mode: 'cold', expect: ['2xx'], source: () => freshOrigins('/sitemap.xml'), floor: 'one-d1-query', expectCache: 'miss' },
    {
      key: 'sitemap-articles',
      label: 'Article sitemap 1, cold (a fresh origin each request)',
      path: '/sitemaps/articles-1.xml',
      mode: 'cold',
      expect: ['2xx'],
      source: () => freshOrigins('/sitemaps/articles-1.xml'),
      floor: 'one-d1-query',
      expectCache: 'miss',
    },
  ];
}

/**
 * The cold rows measured on both cache paths: locally each miss also reads and stores its
 * copy in the Cache API and (canonical pages) writes tag-index rows to D1; behind Workers
 * Cache (production) it does neither. The CPU targets are about the production path.
 */
export const BOTH_PATHS = ['article-cold', 'home-cold', 'home-more-cold', 'listing-api', 'section-cold', 'search-cold', 'article-cold-fragment', 'article-cold-full'];

/** The key of a scenario's row on the production cache path. */
export const onProductionPath = (key: string) => `${key}-production`;

/** The same scenario, served by the preview's production-cache-path Worker (preview-server.ts). */
export function productionPathOf(scenario: Scenario): Scenario {
  return {
    ...scenario,
    key: onProductionPath(scenario.key),
    label: `${scenario.label} (production cache path)`,
    // Proof that the stub is bound: a miss there is labelled for Workers Cache, not stored.
    expectCacheStatus: 'detail=workers-cache',
    source: () => withHeaders(scenario.source(), PRODUCTION_PATH.headers),
  };
}

/** Every request of `source` with `headers` added. */
export function withHeaders(source: RequestSource, headers: Record<string, string>): RequestSource {
  return {
    next: () => {
      const spec = source.next();
      return spec && { ...spec, headers: { ...spec.headers, ...headers } };
    },
    remaining: () => source.remaining(),
  };
}

// Networks a share route may name; the first that redirects is measured.
const SHARE_NETWORKS = ['x', 'bluesky', 'facebook', 'linkedin', 'mastodon', 'whatsapp', 'email', 'reddit'];

export type Probe = { ok: true; scenario: Scenario; source: RequestSource } | { ok: false; reason: string };

/**
 * Requests the scenario once (a warm scenario's copy is primed by it); on success, the
 * source to go on with (a pool's first URL is spent).
 */
export async function probe(base: URL, scenario: Scenario): Promise<Probe> {
  const candidates =
    scenario.key === 'share-network'
      ? SHARE_NETWORKS.map((network) => {
          const path = scenario.path.replace(/\/x$/, `/${network}`);
          return { ...scenario, path, source: () => constant(path) };
        })
      : [scenario];
  let last = 0;
  for (const candidate of candidates) {
    const source = candidate.source();
    const spec = source.next();
    if (!spec) return { ok: false, reason: 'n/a: no URLs to request' };
    const response = await fetch(new URL(spec.path, base), { redirect: 'manual', headers: spec.headers });
    await response.arrayBuffer();
    last = response.status;
    const klass = `${String(response.status)[0]}xx` as StatusClass;
    // A bypass diagnostic means nothing once the cache answers those requests itself.
    const cacheStatus = response.headers.get('cache-status') ?? '';
    if (candidate.expectCache === 'bypass' && cacheOutcome(cacheStatus, response.status) !== 'bypass') {
      return { ok: false, reason: `n/a: not a bypass any more (Cache-Status: ${cacheStatus || 'none'})` };
    }
    if (candidate.expectCacheStatus && !cacheStatus.includes(candidate.expectCacheStatus)) {
      return { ok: false, reason: `n/a: not on the production cache path (Cache-Status: ${cacheStatus || 'none'})` };
    }
    if (candidate.expect.includes(klass)) return { ok: true, scenario: candidate, source };
  }
  if (last === 404 || last === 405) return { ok: false, reason: 'n/a: route missing' };
  return { ok: false, reason: `n/a: answered ${last}, expected ${scenario.expect.join(' or ')}` };
}

/** Requests sent alone before a load run: more where the D1 time is compared across archive sizes. */
export function samplesFor(scenario: Scenario, quick: boolean): number {
  if (scenario.key === 'article-cold') return quick ? 5 : 20;
  if (scenario.mode === 'cold') return quick ? 2 : 10;
  return quick ? 2 : 5;
}

export interface MeasureOptions {
  load: LoadOptions;
  /** Requests sent one at a time before the load (the single-request and D1 figures). */
  samples: number;
  serverPids: () => number[];
  log: (message: string) => void;
}

/** Probe, samples alone, then the load run, all from one source: one ScenarioResult. */
export async function measureScenario(base: URL, scenario: Scenario, options: MeasureOptions): Promise<ScenarioResult> {
  const describe = { label: scenario.label, path: scenario.path, mode: scenario.mode, ...(scenario.floor ? { floor: scenario.floor } : {}) };
  const probed = await probe(base, scenario);
  if (!probed.ok) {
    options.log(`${scenario.key}: ${probed.reason}`);
    return { ...describe, status: probed.reason };
  }
  const { scenario: measured, source } = probed;
  const alone = await sampleAlone(base, source, options.samples);
  if (source.remaining() < Math.max(MIN_POOL, options.load.connections)) return { ...describe, path: measured.path, status: 'n/a: too few distinct URLs left for a run' };
  const run = await runLoad(base, source, options.load, options.serverPids, measured.expect);
  options.log(
    `${scenario.key}: ${run.requestsPerSecond} req/s, p99 ${run.latencyP99Ms} ms, ${run.serverCpuMsPerRequest} CPU ms/req, ${cacheMix(run.tally)}` +
      `${run.stoppedEarly ? ` (${run.stoppedEarly})` : ''}`,
  );
  const expected = scenario.expectCache;
  const note =
    expected && run.tally.responses > 0 && share(run.tally, expected) < 0.9
      ? `only ${percent(share(run.tally, expected))} of its responses were a ${expected} (${cacheMix(run.tally)}): the row does not measure what its label says`
      : undefined;
  return { ...describe, path: measured.path, status: 'measured', run, d1: d1Figures(run, alone), ...(note ? { note } : {}) };
}
