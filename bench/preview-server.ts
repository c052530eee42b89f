/**
 * The production bundle served the way Cloudflare runs it: `wrangler deploy --dry-run`
 * builds it, and Miniflare's API runs it under workerd with the bindings from wrangler.toml
 * (read at start, so bindings added later come along), the local D1 and a real local
 * cache. No dev proxy, no inspector, no live reload.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { loadMiniflare } from './miniflare';
import { childWorkerdPids } from './process-cpu';

export const projectRoot = resolve(import.meta.dirname, '..');
const wranglerBin = resolve(projectRoot, 'node_modules/.bin/wrangler');
const wranglerConfig = resolve(projectRoot, 'wrangler.toml');

/** Builds the Worker exactly as `wrangler deploy` would; returns the entry module's path. */
export async function buildProductionBundle(outdir = mkdtempSync(join(tmpdir(), 'edge-news-build-'))): Promise<string> {
  await promisify(execFile)(wranglerBin, ['deploy', '--dry-run', '--outdir', outdir], {
    cwd: projectRoot,
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
  });
  return join(outdir, 'index.mjs');
}

/**
 * The dry-run output is several ES modules (scripts/build-worker.ts): the entry first, then
 * every other .mjs file beside it or under it, which is what wrangler uploads
 * (`find_additional_modules`) and workerd imports from, statically or with `import()`.
 */
export function uploadedModules(entry: string): { type: 'ESModule'; path: string }[] {
  const root = dirname(entry);
  const others = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mjs'))
    .map((name) => resolve(root, name))
    .filter((path) => path !== resolve(entry))
    .sort();
  return [resolve(entry), ...others].map((path) => ({ type: 'ESModule', path }));
}

export interface PreviewOptions {
  /** The built entry script (from `buildProductionBundle`). */
  script: string;
  /** Same meaning as `wrangler dev --persist-to`: the D1 lives in `<persistTo>/v3`. */
  persistTo: string;
  port?: number;
  host?: string;
  /**
   * Answer `/cdn-cgi/local/scheduled` as `wrangler dev` does, so `npm run preview` can run the
   * Cron Triggers (scripts/local-cron.ts). Off for the bench. Never part of the bundle.
   */
  triggerHandlers?: boolean;
  /**
   * Also serve the same bundle as production runs it behind Workers Cache (`PRODUCTION_PATH`):
   * a second Worker on the same D1, reached with the `PRODUCTION_PATH.headers`.
   */
  productionCachePath?: boolean;
  /** Open workerd's V8 inspector on this loopback port (0: any free one), for profile-miss.ts. */
  inspectorPort?: number;
}

/**
 * The production cache path: the same bundle with `EDGE_CACHE_WORKERS_CACHE` bound to a stub
 * (workers-cache-stub.mjs), so every request it sees is a miss that is only labelled, never
 * read from or stored in the Cache API nor indexed in D1, as behind Workers Cache. It runs in
 * the same workerd as the local path, on the same D1 database, so the two compare like for
 * like; Miniflare's entry worker routes a request to it by its `MF-Route-Override` header.
 */
export const PRODUCTION_PATH = {
  worker: 'edge-news-production',
  headers: { 'MF-Route-Override': 'edge-news-production' } as Record<string, string>,
};
const WORKERS_CACHE_STUB = 'workers-cache-stub';

export interface PreviewServer {
  url: URL;
  /** The workerd processes serving it (children of this process). */
  workerdPids(): number[];
  /** The Worker's D1 binding, reachable from Node (for reading fixtures and checking writes). */
  d1(): Promise<D1Database>;
  dispose(): Promise<void>;
  /** The inspector's base URL when `inspectorPort` was given (workers at `core:user:<name>`). */
  inspectorUrl?(): Promise<URL>;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const { Miniflare, convertV4MiniflareOptions, Log, LogLevel } = await loadMiniflare();
  const before = new Set(childWorkerdPids());
  // The modules are listed below, as wrangler uploads them; its rules have no use here.
  const { modulesRules: _rules, ...workerOptions } = unstable_getMiniflareWorkerOptions(wranglerConfig).workerOptions;
  const app = {
    ...workerOptions,
    name: 'edge-news',
    // Production runs the cron elsewhere; the preview only serves HTTP.
    cronTriggers: [],
    modules: uploadedModules(options.script),
    modulesRoot: dirname(options.script),
  };
  const productionPath = options.productionCachePath
    ? [
        {
          ...app,
          name: PRODUCTION_PATH.worker,
          // The local Worker consumes the queue; a queue has one consumer.
          queueConsumers: undefined,
          serviceBindings: { ...(workerOptions.serviceBindings ?? {}), EDGE_CACHE_WORKERS_CACHE: WORKERS_CACHE_STUB },
        },
        {
          name: WORKERS_CACHE_STUB,
          scriptPath: resolve(import.meta.dirname, 'workers-cache-stub.mjs'),
          modules: true,
          compatibilityDate: workerOptions.compatibilityDate,
          compatibilityFlags: workerOptions.compatibilityFlags,
        },
      ]
    : [];
  const miniflare = new Miniflare(
    convertV4MiniflareOptions({
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 8788,
      log: new Log(LogLevel.WARN),
      resourcePersistencePath: resolve(options.persistTo, 'v3'),
      enableDevRegistry: false,
      // Placeholder request.cf: fetching the real one needs the internet.
      cf: false,
      unsafeTriggerHandlers: options.triggerHandlers ?? false,
      ...(options.inspectorPort === undefined ? {} : { inspectorPort: options.inspectorPort, inspectorHost: '127.0.0.1' }),
      // The first Worker answers every request without an `MF-Route-Override` header.
      workers: [app, ...productionPath],
    } as Parameters<typeof convertV4MiniflareOptions>[0]),
  );
  const url = await miniflare.ready;
  const pids = childWorkerdPids().filter((pid) => !before.has(pid));
  return {
    url,
    workerdPids: () => pids,
    d1: async () => (await miniflare.getD1Database('DB')) as unknown as D1Database,
    dispose: () => miniflare.dispose(),
    ...(options.inspectorPort === undefined ? {} : { inspectorUrl: () => miniflare.getInspectorURL() }),
  };
}
