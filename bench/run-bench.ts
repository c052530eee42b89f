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
import { createEditorToken } from './editor-token';
import { runExtras, type ExtrasContext } from './extras';
import { readFixtures } from './fixtures';
import { FLOORS, startFloor } from './floors/start-floor';
import { runLoad, sampleD1, type LoadOptions } from './measure';
import { buildProductionBundle, startPreview, type PreviewServer } from './preview-server';
import { markdown, writeReport, type BenchReport, type ScenarioResult } from './report';
import { probe, readerScenarios } from './scenarios';
import { bundleSize, sizeOf, startupProfile } from './static-facts';
import { judgeTargets } from './targets';

export interface BenchSettings {
  load: LoadOptions;
  quick: boolean;
  lighthouse: boolean;
  scale: boolean;
  soak: boolean;
  /** Every option as given, for the extras that read their own (`--scale-count`, `--soak-duration`). */
  args: ExtrasContext['args'];
  outDir: string;
}

const wranglerVersion = (): string =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('wrangler/package.json'), 'utf8')).version;

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export async function runBench(settings: BenchSettings): Promise<void> {
  const { load, quick, lighthouse, outDir } = settings;
  // Every run is bounded: scenarios x duration plus generous setup time, then the process ends.
  const budgetSeconds = 300 + 14 * load.durationSeconds + (settings.scale ? 1800 : 0) + (settings.soak ? 600 : 0);
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
    const server = await startPreview({ script, persistTo, port: 0 });
    servers.add(server);
    const fixtures = await readFixtures(await server.d1());
    log(`preview on ${server.url.origin}`);

    const articleResponse = await fetch(new URL(`/articles/${fixtures.articleSlug}`, server.url));
    const articleHtml = new Uint8Array(await articleResponse.arrayBuffer());
    if (!articleResponse.ok) throw new Error(`the article page answered ${articleResponse.status}`);

    const scenarios: Record<string, ScenarioResult> = {};
    for (const scenario of readerScenarios(fixtures)) {
      const probed = await probe(server.url, scenario);
      if (!probed.ok) {
        scenarios[scenario.key] = { label: scenario.label, path: scenario.path, mode: scenario.mode, status: probed.reason };
        log(`${scenario.key}: ${probed.reason}`);
        continue;
      }
      const { path, mode, expect, headers } = probed.scenario;
      const d1 = await sampleD1(server.url, path, mode, quick ? 2 : 5, headers);
      const run = await runLoad(server.url, path, mode, load, server.workerdPids, expect, headers);
      scenarios[scenario.key] = { label: scenario.label, path, mode, status: 'measured', run, d1 };
      log(`${scenario.key}: ${run.requestsPerSecond} req/s, p99 ${run.latencyP99Ms} ms, ${run.serverCpuMsPerRequest} CPU ms/req`);
    }

    const floors: BenchReport['floors'] = {};
    const page = new TextDecoder().decode(articleHtml);
    for (const name of FLOORS) {
      const floor = await startFloor(name, page);
      servers.add(floor);
      try {
        await (await fetch(new URL('/', floor.url))).arrayBuffer(); // primes the cached floor
        floors[name] = await runLoad(floor.url, '/', 'warm', load, floor.workerdPids);
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
      extras: {},
      targets: [],
      sections: [],
    };
    if (!quick) {
      log('startup profile (wrangler check startup)');
      report.startup = await startupProfile();
    }
    await runExtras(report, { server, servers, fixtures, persistTo, script, load, log, quick, lighthouse, scale: settings.scale, soak: settings.soak, args: settings.args, editorToken });
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
