/**
 * One bench run, as `npm run bench` (bench/bench.ts) describes it: builds, seeds, serves,
 * measures the scenarios and the floors, then the extras; writes the report to `outDir`.
 * Always disposes what it started; a watchdog ends a run that overstays its time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareLocalDb } from '../scripts/seed';
import { markFragmentsStale, renderFragmentsThroughCron } from './article-fragments';
import { runCacheBusting } from './cache-busting';
import { createEditorToken } from './editor-token';
import { runExtras, type ExtrasContext } from './extras';
import { readFixtures } from './fixtures';
import { FLOORS, startFloor } from './floors/start-floor';
import { runLoad, type LoadOptions } from './measure';
import { buildProductionBundle, PRODUCTION_PATH, startPreview, type PreviewServer } from './preview-server';
import { markdown, writeReport, type BenchReport, type ScenarioResult, type TargetCheck } from './report';
import { runSanitizerSection } from './sanitizer-report';
import { seedScaleArticles } from './scale-seed';
import { BOTH_PATHS, measureScenario, productionPathOf, readerScenarios, samplesFor, withHeaders, type Scenario } from './scenarios';
import { bundleSize, sizeOf, startupProfile } from './static-facts';
import { judgeTargets } from './targets';
import { buildPools, constant, oldestPublishedAt, randomAtFreshOrigins, readArchive } from './url-pools';

export interface BenchSettings {
  load: LoadOptions;
  quick: boolean;
  lighthouse: boolean;
  scale: boolean;
  soak: boolean;
  /** Synthetic articles under the main table, and in the full-size archive run. */
  archive: { small: number; large: number };
  /** Every option as given, for the extras that read their own (`--scale-count`, `--soak-duration`). */
  args: ExtrasContext['args'];
  outDir: string;
}

/**
 * Undoes `markFragmentsStale`: nothing the fragments show changed in between (readers never
 * write one, the preview runs no cron), so re-rendering all of them through the cron, as this
 * did before, stored the same HTML again and cost the run 7-40 s.
 */
const restoreFragments = (d1: D1Database) => d1.prepare('update article_renders set stale = 0, version = version - 1').run();

const wranglerVersion = (): string =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('wrangler/package.json'), 'utf8')).version;

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export async function runBench(settings: BenchSettings): Promise<void> {
  const { load, quick, lighthouse, outDir } = settings;
  // Every run is bounded: scenarios x duration plus generous setup time, then the process ends.
  // (Seeding 100,000 articles takes about half a minute on a quiet machine; the sanitizer about as long.)
  const budgetSeconds =
    420 + 32 * load.durationSeconds + Math.ceil(settings.archive.large / 1000) * 3 + (settings.scale ? 600 : 0) + (settings.soak ? 600 : 0);
  const watchdog = setTimeout(() => {
    console.error(`bench: over its ${budgetSeconds} s budget; stopping.`);
    void cleanup().finally(() => process.exit(3));
  }, budgetSeconds * 1000);
  watchdog.unref();

  const persistTo = mkdtempSync(join(tmpdir(), 'edge-news-bench-'));
  const buildDir = mkdtempSync(join(tmpdir(), 'edge-news-bench-build-'));
  const servers = new Set<PreviewServer>();
  async function cleanup() {
    for (const server of servers) await server.dispose().catch(() => {});
    servers.clear();
    rmSync(persistTo, { recursive: true, force: true });
    rmSync(buildDir, { recursive: true, force: true });
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void cleanup().finally(() => process.exit(130)));

  try {
    log('building the production bundle and seeding a fresh D1');
    const [script] = await Promise.all([buildProductionBundle(buildDir), prepareLocalDb(persistTo)]);
    // Before the server opens the database: the token command uses its own workerd.
    const editorToken = settings.soak ? await createEditorToken(persistTo) : undefined;
    // Trigger handlers: the article fragments are rendered by the Worker's own cron (article-fragments.ts).
    // With the production cache path beside the local one: the same bundle, D1 and workerd.
    const server = await startPreview({ script, persistTo, port: 0, triggerHandlers: true, productionCachePath: true });
    servers.add(server);
    const fixtures = await readFixtures(await server.d1());
    log(`preview on ${server.url.origin}`);

    const articleResponse = await fetch(new URL(`/articles/${fixtures.articleSlug}`, server.url));
    const articleHtml = new Uint8Array(await articleResponse.arrayBuffer());
    if (!articleResponse.ok) throw new Error(`the article page answered ${articleResponse.status}`);

    // Cold scenarios need distinct real URLs: synthetic articles, dated before every sample
    // story so the front page and the fixtures stay the sample's.
    const d1 = await server.d1();
    const archiveBase = (await oldestPublishedAt(d1)) - 60_000;
    log(`seeding ${settings.archive.small} synthetic articles under the sample`);
    await seedScaleArticles(d1, settings.archive.small, archiveBase);
    const entries = await readArchive(d1);
    const pools = buildPools(entries, [fixtures.articleSlug]);
    const fragments = await renderFragmentsThroughCron(server.url, d1, log);

    // Both Workers' isolates and JIT warmed alike (the production one has served nothing yet),
    // on fresh origins so the pools' URLs stay unrequested.
    const mix = [...pools.articles.slice(0, 100), ...pools.listingPages.slice(-100), ...pools.sectionPages.slice(-100), ...pools.searches.slice(-100)];
    for (const path of [{}, PRODUCTION_PATH.headers]) {
      const warmUp = { ...load, durationSeconds: quick ? 1 : 2 };
      await runLoad(server.url, withHeaders(randomAtFreshOrigins(mix), path), warmUp, server.workerdPids);
    }
    const scenarios: Record<string, ScenarioResult> = {};
    const measureOne = (scenario: Scenario, duration: LoadOptions) =>
      measureScenario(server.url, scenario, { load: duration, samples: samplesFor(scenario, quick), serverPids: server.workerdPids, log });
    // Cold rows run on both cache paths back to back, the local one at half the duration so the
    // bench takes about as long as with one path; --quick runs the production path only.
    const measure = async (scenario: Scenario) => {
      if (!BOTH_PATHS.includes(scenario.key)) return void (scenarios[scenario.key] = await measureOne(scenario, load));
      const production = productionPathOf(scenario);
      const half = { ...load, durationSeconds: Math.max(1, Math.round(load.durationSeconds / 2)) };
      if (!quick) scenarios[scenario.key] = await measureOne(scenario, half);
      scenarios[production.key] = await measureOne(production, quick ? load : half);
    };
    for (const scenario of readerScenarios(fixtures, pools, { scale: settings.scale })) await measure(scenario);
    // Both paths of a cold article, like for like: random archive articles, each under a new
    // origin (misses that leave the pool's URLs unrequested), from fresh fragments, then with
    // every fragment stale (a story just changed, before its re-render); then fresh again.
    for (const [key, label] of [['article-cold-fragment', 'from its fragment'], ['article-cold-full', 'fragment stale: the full render']] as const) {
      if (key === 'article-cold-full') await markFragmentsStale(d1);
      await measure({
        key, label: `Article page, cold, ${label} (random articles, a new origin each)`, path: `/articles/<random of ${pools.articles.length}> under new origins`,
        mode: 'cold', expect: ['2xx'], source: () => randomAtFreshOrigins(pools.articles), floor: 'one-d1-query', expectCache: 'miss',
      });
    }
    await restoreFragments(d1);
    const busting = await runCacheBusting({ base: server.url, fixtures, persistTo, d1, load, serverPids: server.workerdPids, log });
    scenarios['cache-busting'] = busting.scenario;

    const floors: BenchReport['floors'] = {};
    const page = new TextDecoder().decode(articleHtml);
    for (const name of FLOORS) {
      const floor = await startFloor(name, page);
      servers.add(floor);
      try {
        await (await fetch(new URL('/', floor.url))).arrayBuffer(); // primes the cached floor
        // A second of load first: the app's workerd has been warm since its first scenario.
        if (!quick) await runLoad(floor.url, constant('/'), { ...load, durationSeconds: 1 }, floor.workerdPids);
        floors[name] = await runLoad(floor.url, constant('/'), load, floor.workerdPids);
        log(`floor ${name}: ${floors[name].requestsPerSecond} req/s`);
      } finally {
        servers.delete(floor);
        await floor.dispose();
      }
    }

    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      options: { durationSeconds: load.durationSeconds, connections: load.connections, quick },
      environment: { node: process.version, cpus: cpus().length, wrangler: wranglerVersion() },
      fixtures: { ...fixtures },
      floors,
      scenarios,
      sizes: { articleHtml: sizeOf(articleHtml), bundle: bundleSize(script) },
      archive:
        `the main table ran on ${entries.length.toLocaleString('en-US')} public articles (the ${fixtures.publicArticles} of the sample newsroom, ` +
        `then synthetic ones dated before them); cold scenarios request distinct real URLs of that archive, each once. ` +
        `Article fragments were rendered first by ${fragments.runs} runs of the Worker's cron (${fragments.rendered} in ${fragments.seconds.toFixed(1)} s), as production has them.`,
      extras: {},
      targets: [],
      sections: [],
    };
    if (busting.section) report.sections.push(busting.section);
    report.extras.targets = [...busting.targets];
    if (!quick) {
      log('startup profile (wrangler check startup)');
      report.startup = await startupProfile();
    }
    const sanitizerTargets = await runSanitizerSection(report, { quick, log });
    report.extras.targets = [...(report.extras.targets as TargetCheck[]), ...sanitizerTargets];
    await runExtras(report, {
      server,
      servers,
      fixtures,
      persistTo,
      script,
      load,
      log,
      quick,
      lighthouse,
      scale: settings.scale,
      soak: settings.soak,
      args: settings.args,
      editorToken,
      archive: { large: settings.archive.large, archiveBase },
    });
    report.targets = judgeTargets(report);
    const jsonPath = writeReport(outDir, report);
    console.log(markdown(report));
    log(`wrote ${jsonPath}`);
  } catch (error) {
    console.error('bench failed:', error);
    process.exitCode = 1;
  } finally {
    await cleanup();
    clearTimeout(watchdog);
  }
}
