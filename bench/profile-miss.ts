/**
 * Where a miss on the production cache path spends its CPU (issue #11). Builds and seeds as
 * `npm run bench` does, serves the bundle with the production-cache-path Worker
 * (preview-server.ts) and workerd's V8 inspector on loopback, then for each scenario runs load
 * against that Worker while the Chrome DevTools Protocol sampling profiler records its isolate.
 * Samples are mapped through the build's source maps to source files and functions and
 * printed as CPU ms per request (active JS time of the isolate, idle excluded), ranked.
 *   npx tsx bench/profile-miss.ts [--seconds 8] [--connections 8] [--top 25] [--save dir]
 * (--save: also write each raw .cpuprofile, which Chrome DevTools opens.)
 * Bounded in time (a watchdog), everything it starts is disposed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareLocalDb } from '../scripts/seed';
import { renderFragmentsThroughCron } from './article-fragments';
import { runLoad } from './measure';
import { buildProductionBundle, PRODUCTION_PATH, projectRoot, startPreview, type PreviewServer } from './preview-server';
import { attribute, printRanking, type CpuProfile } from './profile-report';
import { seedScaleArticles } from './scale-seed';
import { buildPools, freshOrigins, oldestPublishedAt, randomAtFreshOrigins, readArchive } from './url-pools';
import type { RequestSource } from './measure';
import { withHeaders } from './scenarios';

const { values } = parseArgs({
  options: { save: { type: 'string' }, seconds: { type: 'string', default: '8' }, connections: { type: 'string', default: '8' }, top: { type: 'string', default: '25' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const top = Number(values.top);
const log = (message: string) => console.error(`[profile ${new Date().toISOString().slice(11, 19)}] ${message}`);

const watchdog = setTimeout(() => {
  console.error('profile-miss: over its time budget; stopping.');
  void cleanup().finally(() => process.exit(3));
}, (600 + 4 * seconds) * 1000);
watchdog.unref();

const persistTo = mkdtempSync(join(tmpdir(), 'edge-news-profile-'));
const buildDir = mkdtempSync(join(tmpdir(), 'edge-news-profile-build-'));
let server: PreviewServer | undefined;
async function cleanup() {
  await server?.dispose().catch(() => {});
  rmSync(persistTo, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}

/** A minimal CDP client over the inspector's WebSocket (Node 22's global WebSocket). */
async function connect(url: string) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = ++nextId;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) =>
        pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${JSON.stringify(m.error)}`)) : resolve(m.result as T))),
      );
    },
    close: () => socket.close(),
  };
}

/**
 * `wrangler deploy --dry-run --outdir` copies the modules only; their linked maps are in
 * dist/worker, which the same dry run wrote. Copied right away, before another build (the
 * tree is shared) replaces them; a chunk's name carries its content hash, so a map that
 * does not fit its module cannot be picked.
 */
function copySourceMaps(outdir: string) {
  const built = join(projectRoot, 'dist/worker');
  for (const name of readdirSync(built, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.mjs.map') && existsSync(join(outdir, name.slice(0, -'.map'.length)))) cpSync(join(built, name), join(outdir, name));
  }
}

const onProduction = (source: RequestSource) => withHeaders(source, PRODUCTION_PATH.headers);

try {
  log('building the production bundle and seeding a fresh D1');
  const [script] = await Promise.all([buildProductionBundle(buildDir), prepareLocalDb(persistTo)]);
  copySourceMaps(buildDir);
  server = await startPreview({ script, persistTo, port: 0, triggerHandlers: true, productionCachePath: true, inspectorPort: 0 });
  const d1 = await server.d1();
  await seedScaleArticles(d1, 1_000, (await oldestPublishedAt(d1)) - 60_000);
  const pools = buildPools(await readArchive(d1));
  await renderFragmentsThroughCron(server.url, d1, log);

  const inspector = await server.inspectorUrl!();
  // A worker's target is `/core:user:<name>` (not a relative URL: `core:` would read as a scheme).
  const cdp = await connect(`${inspector.href.replace(/\/$/, '').replace(/^http/, 'ws')}/core:user:${PRODUCTION_PATH.worker}`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const scenarios: [string, () => RequestSource][] = [
    ['Article miss from its fragment (production cache path)', () => onProduction(randomAtFreshOrigins(pools.articles))],
    ['Home page miss (production cache path)', () => onProduction(freshOrigins('/'))],
    ['Listing API page miss (production cache path)', () => onProduction(randomAtFreshOrigins(pools.listingPages))],
  ];
  for (const [label, source] of scenarios) {
    // Warm the isolate and its JIT first: the profile is of the steady state.
    await runLoad(server.url, source(), { durationSeconds: 2, connections }, server.workerdPids);
    await cdp.send('Profiler.start');
    const run = await runLoad(server.url, source(), { durationSeconds: seconds, connections }, server.workerdPids);
    const { profile } = await cdp.send<{ profile: CpuProfile }>('Profiler.stop');
    if (values.save) writeFileSync(join(values.save, `${label.split(' ')[0]!.toLowerCase()}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    const ranking = attribute(profile, buildDir, run.requests);
    printRanking(label, ranking, run, top);
  }
  cdp.close();
} catch (error) {
  console.error('profile-miss failed:', error);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
