/**
 * The archive at full size (default 100,000 articles). The main table's database is copied
 * as it is (the small archive), then the synthetic articles are topped up in the original;
 * both are served at once, each by its own preview with an empty edge cache, so every miss
 * is a real miss and nothing cached at the small size is served stale. Measured: the long
 * tail (a random article each request) and the cold scenarios, each at both sizes back to
 * back (the order alternating), so the machine's load changes between two figures that are
 * compared as little as it can.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheCensus, change } from './cache-census';
import type { ExtrasContext } from './extras';
import { cpuMsOf } from './process-cpu';
import { startPreview, type PreviewServer } from './preview-server';
import { atLeast, atMost, scenarioTable, type BenchReport, type ScenarioResult, type TargetCheck } from './report';
import { seedScaleArticles } from './scale-seed';
import { measureScenario, readerScenarios, samplesFor, type Scenario } from './scenarios';
import { runLoad } from './measure';
import { articlePaths, buildPools, randomAtFreshOrigins, randomPick, readArchive, type ArchiveEntry, type Pools } from './url-pools';

/** Ghost's published figures the issue compares with (not measured here: Ghost is not on this machine). */
export const GHOST_REFERENCE = { requestsPerSecond: 124, cpuMsPerPage: 11, factor: 5 };

/** Keys of the main table measured again at both sizes. */
const COMPARED = ['article-cold', 'home-cold', 'home-more-cold', 'listing-api', 'section-cold', 'search-cold', 'section-deep', 'sitemap-index', 'sitemap-articles'];

export interface ScaleSettings {
  /** Articles wanted at full size (synthetic ones on top of the sample). */
  large: number;
  /** Publication time the synthetic articles count back from (older than every sample story). */
  archiveBase: number;
}


/** One archive size: its preview, its public articles and the scenarios over them. */
interface Side {
  server: PreviewServer;
  entries: ArchiveEntry[];
  pools: Pools;
  count: number;
  scenarios: Map<string, Scenario>;
  results: Record<string, ScenarioResult>;
}

/** A smoke run (--quick) compares only what the targets name. */
const QUICK_KEYS = ['article-cold', 'long-tail', 'search-cold'];

export async function runScale(report: BenchReport, context: ExtrasContext, settings: ScaleSettings): Promise<void> {
  // The small archive, copied while no server has it open; both start with an empty cache.
  const smallDir = join(context.persistTo, 'small-archive');
  context.servers.delete(context.server);
  await context.server.dispose();
  rmSync(join(context.persistTo, 'v3', 'cache'), { recursive: true, force: true });
  mkdirSync(join(smallDir, 'v3'), { recursive: true });
  cpSync(join(context.persistTo, 'v3', 'd1'), join(smallDir, 'v3', 'd1'), { recursive: true });

  const restart = await startTimed(context, context.persistTo);
  context.log(`scale: seeding up to ${settings.large} synthetic articles`);
  const seedStarted = Date.now();
  await seedScaleArticles(await restart.server.d1(), settings.large, settings.archiveBase, (done) => done % 20_000 < 5_000 && context.log(`  ${done} / ${settings.large}`));
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  const large = await side(context, restart.server);
  context.server = large.server;
  const small = await side(context, (await startTimed(context, smallDir)).server);
  context.log(`scale: ${small.count} and ${large.count} public articles, each served with an empty cache; warming both up`);
  // Fresh isolates and a just-written database: the first scenario would pay for both.
  for (const s of [small, large]) {
    const mix = [...s.pools.articles.slice(0, 200), ...s.pools.listingPages.slice(-200), ...s.pools.sectionPages.slice(-200), ...s.pools.searches.slice(-200)];
    await runLoad(s.server.url, randomAtFreshOrigins(mix), { ...context.load, durationSeconds: context.quick ? 1 : 3 }, s.server.workerdPids);
  }

  const longTail: Scenario = {
    key: 'long-tail',
    label: `Long tail: a random article each request (of ${large.count.toLocaleString('en-US')})`,
    path: '/articles/<random slug>',
    mode: 'long-tail',
    expect: ['2xx'],
    source: () => randomPick(articlePaths(large.entries)),
    floor: 'one-d1-query',
  };
  large.scenarios.set(longTail.key, longTail);
  const before = await cacheCensus(context.persistTo, await large.server.d1());
  const keys = ['article-cold', 'long-tail', ...COMPARED.slice(1)].filter((key) => large.scenarios.has(key) && (!context.quick || QUICK_KEYS.includes(key)));
  for (const [i, key] of keys.entries()) {
    const order = key === 'long-tail' ? [large] : i % 2 ? [large, small] : [small, large];
    for (const s of order) {
      const scenario = s.scenarios.get(key)!;
      s.results[key] = await measureScenario(s.server.url, scenario, {
        load: context.load,
        samples: samplesFor(scenario, context.quick),
        serverPids: s.server.workerdPids,
        log: (message) => context.log(`scale @${s.count} ${message}`),
      });
    }
  }
  const after = await cacheCensus(context.persistTo, await large.server.d1());

  const sizes = { small: small.count.toLocaleString('en-US'), large: large.count.toLocaleString('en-US') };
  const lines = [
    `Archive of ${sizes.large} public articles (seeded in ${seedSeconds.toFixed(0)} s through D1; a fresh preview on it with an empty edge cache was ` +
      `ready in ${restart.readyMs} ms, ${restart.cpuMs} ms workerd CPU to ready, first request ${restart.firstRequestMs} ms). ` +
      `Stored copies during its runs: ${change(before.stored, after.stored)}; D1 cache_entries rows: ${change(before.indexRows, after.indexRows)}.`,
    '',
    ...scenarioTable(report.floors, large.results, { floors: false }),
    '',
    `The cold scenarios at ${sizes.small} and ${sizes.large} articles, each pair measured back to back on two previews with empty caches ` +
      `(D1 ms alone: trimmed mean of Server-Timing \`dur\` of requests sent one at a time):`,
    '',
    `| Scenario | req/s @${sizes.small} / @${sizes.large} | slowdown (req/s) | server CPU ms/req @${sizes.small} / @${sizes.large} | CPU ratio | D1 ms alone @${sizes.small} / @${sizes.large} | D1 ratio | one request alone, ms @${sizes.small} / @${sizes.large} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const targets: TargetCheck[] = [];
  const shown = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}x`);
  for (const key of keys.filter((k) => k !== 'long-tail')) {
    const a = small.results[key];
    const b = large.results[key];
    if (!a || !b) continue;
    if (!a.run || !b.run) {
      lines.push(`| ${a.label} | ${a.run ? a.run.requestsPerSecond : a.status} / ${b.run ? b.run.requestsPerSecond : b.status} | | | | | | |`);
      continue;
    }
    const slowdown = ratio(a.run.requestsPerSecond, b.run.requestsPerSecond);
    const cpu = ratio(b.run.serverCpuMsPerRequest, a.run.serverCpuMsPerRequest);
    const d1 = ratio(b.d1?.d1MsAlone, a.d1?.d1MsAlone);
    lines.push(
      `| ${a.label} | ${a.run.requestsPerSecond} / ${b.run.requestsPerSecond} | ${b.run.requestsPerSecond ? shown(slowdown) : 'none completed'} | ` +
        `${a.run.serverCpuMsPerRequest ?? 'n/a'} / ${b.run.serverCpuMsPerRequest ?? 'n/a'} | ${shown(cpu)} | ` +
        `${a.d1?.d1MsAlone ?? 'n/a'} / ${b.d1?.d1MsAlone ?? 'n/a'} | ${shown(d1)} | ${a.d1?.singleRequestMs} / ${b.d1?.singleRequestMs} |`,
    );
    if (key === 'search-cold') {
      targets.push(
        atMost(`Search at ${sizes.large} vs ${sizes.small} articles <= 1.5x (req/s, back to back)`, slowdown, 1.5, 'x', 2),
        atMost(`Search at ${sizes.large} vs ${sizes.small} articles <= 1.5x (server CPU per request)`, cpu, 1.5, 'x', 2),
      );
    }
    if (key === 'article-cold') targets.push(atMost(`Cold article D1 time at ${sizes.large} within 1.5x of ${sizes.small} (alone, trimmed mean)`, d1, 1.5, 'x', 2));
  }
  const tail = large.results['long-tail']?.run;
  const wantRps = GHOST_REFERENCE.requestsPerSecond * GHOST_REFERENCE.factor;
  const wantCpu = GHOST_REFERENCE.cpuMsPerPage / GHOST_REFERENCE.factor;
  targets.push(
    atLeast(`Long tail at ${sizes.large}: >= 5x Ghost's reference 124 req/s (fixed figure, not measured here)`, tail?.requestsPerSecond, wantRps),
    atMost(`Long tail at ${sizes.large}: <= 1/5 of Ghost's reference 11 ms CPU per page (fixed figure)`, tail?.serverCpuMsPerRequest, wantCpu, ' ms', 3),
  );
  const { server: _server, ...startup } = restart;
  report.extras.scale = { small: small.count, large: large.count, seedSeconds, restart: startup, census: { before, after }, atSmall: small.results, atLarge: large.results };
  report.extras.targets = [...((report.extras.targets as TargetCheck[]) ?? []), ...targets];
  report.sections.push(lines.join('\n'));
}

/** later / earlier (or a / b), or null when either is missing or zero. */
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a != null && b ? a / b : null);

/** A server's archive and the scenarios over it. */
async function side(context: ExtrasContext, server: PreviewServer): Promise<Side> {
  const entries = await readArchive(await server.d1());
  const pools = buildPools(entries, [context.fixtures.articleSlug]);
  const scenarios = new Map(readerScenarios(context.fixtures, pools, { scale: context.scale }).map((s) => [s.key, s]));
  return { server, entries, pools, count: entries.length, scenarios, results: {} };
}

interface Started {
  server: PreviewServer;
  readyMs: number;
  /** CPU of the new workerd processes from spawn to ready. */
  cpuMs: number;
  /** Wall time of the first request (/robots.txt, no D1) on the fresh isolate. */
  firstRequestMs: number;
}

/** Starts a preview on `persistTo` (registered for disposal) and times its start and first request. */
async function startTimed(context: ExtrasContext, persistTo: string): Promise<Started> {
  const started = performance.now();
  const server = await startPreview({ script: context.script, persistTo, port: 0 });
  const readyMs = Math.round(performance.now() - started);
  context.servers.add(server);
  const cpuMs = Math.round(cpuMsOf(server.workerdPids()));
  const first = performance.now();
  await (await fetch(new URL('/robots.txt', server.url))).arrayBuffer();
  return { server, readyMs, cpuMs, firstRequestMs: Math.round(performance.now() - first) };
}
