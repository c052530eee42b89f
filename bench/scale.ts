/**
 * `--scale`: the routes whose cost can grow with the archive (home, a section page deep in
 * its pagination, search, sitemaps), measured as cache misses at 1,000 and at 100,000
 * synthetic articles, side by side. The articles are added through the running server's
 * own D1 binding, so the same workerd serves both sizes.
 */
import type { ExtrasContext } from './extras';
import { runLoad, sampleD1, type D1Sample, type RunResult } from './measure';
import { atMost, type BenchReport, type TargetCheck } from './report';
import { seedScaleArticles } from './scale-seed';
import { probe, type Scenario } from './scenarios';

const MAX_DEPTH = 50;

interface ScaleRow {
  label: string;
  path?: string;
  depth?: number;
  status: string;
  run?: RunResult;
  d1?: D1Sample;
}

// Any Authorization header bypasses the edge cache: the crawl must see the current archive,
// not listings cached before the scale seed (seeding writes D1 directly, without a purge).
const BYPASS = { authorization: 'Bearer bench-bypass' };

/** Follows rel="next" links from `start` up to MAX_DEPTH pages; returns the deepest URL path. */
async function deepPage(base: URL, start: string): Promise<{ path: string; depth: number }> {
  let path = start;
  let depth = 1;
  while (depth < MAX_DEPTH) {
    const html = await (await fetch(new URL(path, base), { headers: BYPASS })).text();
    const next = /<a\s[^>]*href="([^"]+)"[^>]*rel="next"|<a\s[^>]*rel="next"[^>]*href="([^"]+)"/.exec(html);
    const href = next?.[1] ?? next?.[2];
    if (!href) break;
    path = href.replaceAll('&amp;', '&');
    depth++;
  }
  return { path, depth };
}

async function measureAt(context: ExtrasContext, sectionSlug: string): Promise<Record<string, ScaleRow>> {
  const base = context.server.url;
  const deep = await deepPage(base, `/sections/${sectionSlug}`);
  const scenarios: Scenario[] = [
    { key: 'home', label: 'Home page, cold', path: '/', mode: 'cold', expect: '2xx' },
    { key: 'section-deep', label: `Section page ${deep.depth} pages deep, cold`, path: deep.path, mode: 'cold', expect: '2xx' },
    { key: 'search', label: 'Search "harbor council", cold', path: '/search?q=harbor+council', mode: 'cold', expect: '2xx' },
    { key: 'sitemap-index', label: 'Sitemap index, cold', path: '/sitemap.xml', mode: 'cold', expect: '2xx' },
    { key: 'sitemap-articles', label: 'Article sitemap 1, cold', path: '/sitemaps/articles-1.xml', mode: 'cold', expect: '2xx' },
  ];
  const rows: Record<string, ScaleRow> = {};
  for (const scenario of scenarios) {
    const probed = await probe(base, scenario);
    if (!probed.ok) {
      rows[scenario.key] = { label: scenario.label, status: probed.reason };
      continue;
    }
    const d1 = await sampleD1(base, scenario.path, 'cold', 3);
    const run = await runLoad(base, scenario.path, 'cold', context.load, context.server.workerdPids);
    rows[scenario.key] = { label: scenario.label, path: scenario.path, status: 'measured', run, d1, ...(scenario.key === 'section-deep' ? { depth: deep.depth } : {}) };
    context.log(`scale ${scenario.key}: ${run.requestsPerSecond} req/s`);
  }
  return rows;
}

export async function runScale(report: BenchReport, context: ExtrasContext): Promise<void> {
  const small = Number(context.args['scale-small'] ?? 1_000);
  const large = Number(context.args['scale-count'] ?? 100_000);
  const d1 = await context.server.d1();
  context.log(`scale: seeding ${small} synthetic articles`);
  await seedScaleArticles(d1, small);
  const atSmall = await measureAt(context, context.fixtures.sectionSlug);
  context.log(`scale: seeding up to ${large} synthetic articles`);
  const started = Date.now();
  await seedScaleArticles(d1, large, Date.now(), (done) => done % 20_000 < 5_000 && context.log(`  ${done} / ${large}`));
  const seedSeconds = (Date.now() - started) / 1000;
  const atLarge = await measureAt(context, context.fixtures.sectionSlug);

  const targets: TargetCheck[] = [];
  const lines = [
    `Scale (cache misses; ${small} vs ${large} synthetic articles on top of the sample; seeding the difference took ${seedSeconds.toFixed(0)} s):`,
    '',
    `| Route | req/s @${small} | p99 ms @${small} | req/s @${large} | p99 ms @${large} | one request alone, ms @${small} / @${large} | D1 queries @${large} | errors @${large} | slowdown |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [key, a] of Object.entries(atSmall)) {
    const b = atLarge[key];
    if (!a.run || !b?.run) {
      lines.push(`| ${a.label} | ${a.status} | | ${b?.status ?? ''} | | | | | |`);
      continue;
    }
    // No request completed during the run: an unbounded slowdown (the single-request time says how slow).
    const slowdown = b.run.requestsPerSecond > 0 ? a.run.requestsPerSecond / b.run.requestsPerSecond : Number.POSITIVE_INFINITY;
    const shown = Number.isFinite(slowdown) ? `${slowdown.toFixed(2)}x` : 'none completed in the run';
    const label = key === 'section-deep' ? `Section page deep (${a.depth} / ${b.depth} pages)` : a.label;
    lines.push(`| ${label} | ${a.run.requestsPerSecond} | ${a.run.latencyP99Ms} | ${b.run.requestsPerSecond} | ${b.run.latencyP99Ms} | ${a.d1?.singleRequestMs} / ${b.d1?.singleRequestMs} | ${b.d1?.queries ?? 'n/a'} | ${b.run.unexpected} | ${shown} |`);
    // The project's targets name these three; sitemaps are shown for information.
    if (['home', 'section-deep', 'search'].includes(key)) {
      targets.push(
        Number.isFinite(slowdown)
          ? atMost(`${label} at ${large} within 1.5x of ${small} (req/s ratio)`, slowdown, 1.5, 'x', 2)
          : { target: `${label} at ${large} within 1.5x of ${small}`, actual: shown, met: false, miss: 'no request completed' },
      );
    }
  }
  report.extras.scale = { small, large, seedSeconds, atSmall, atLarge };
  report.extras.targets = [...((report.extras.targets as TargetCheck[]) ?? []), ...targets];
  report.sections.push(lines.join('\n'));
}
