/**
 * Runs one floor Worker (bench/floors/*.ts) in its own Miniflare, set up like the preview
 * (same compatibility date and flags, loopback, placeholder `request.cf`), so its workerd
 * CPU is measured alone. The one-query floor gets an ephemeral D1 with one tiny table.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { loadMiniflare } from '../miniflare';
import { childWorkerdPids } from '../process-cpu';
import type { PreviewServer } from '../preview-server';

export const FLOORS = ['constant', 'cached-constant', 'one-d1-query'] as const;
export type FloorName = (typeof FLOORS)[number];

export async function startFloor(name: FloorName, page: string): Promise<PreviewServer> {
  const outdir = mkdtempSync(join(tmpdir(), 'edge-news-floor-'));
  const scriptPath = join(outdir, `${name}.js`);
  await build({ entryPoints: [resolve(import.meta.dirname, `${name}.ts`)], outfile: scriptPath, format: 'esm', bundle: true, logLevel: 'warning' });
  const { compatibilityDate, compatibilityFlags } = unstable_getMiniflareWorkerOptions(resolve(import.meta.dirname, '../../wrangler.toml')).workerOptions;

  const { Miniflare, convertV4MiniflareOptions, Log, LogLevel } = await loadMiniflare();
  const before = new Set(childWorkerdPids());
  const miniflare = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      log: new Log(LogLevel.WARN),
      cf: false,
      enableDevRegistry: false,
      workers: [
        {
          name: `floor-${name}`,
          scriptPath,
          modules: true,
          modulesRoot: outdir,
          compatibilityDate,
          compatibilityFlags,
          bindings: { PAGE: page },
          ...(name === 'one-d1-query' ? { d1Databases: { DB: 'floor' } } : {}),
        },
      ],
    } as Parameters<typeof convertV4MiniflareOptions>[0]),
  );
  const url = await miniflare.ready;
  if (name === 'one-d1-query') {
    const db = (await miniflare.getD1Database('DB')) as unknown as D1Database;
    await db.exec('CREATE TABLE floor_articles (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, title TEXT NOT NULL)');
    await db.prepare("INSERT INTO floor_articles (slug, title) VALUES ('floor', 'Floor')").run();
  }
  const pids = childWorkerdPids().filter((pid) => !before.has(pid));
  return {
    url,
    workerdPids: () => pids,
    d1: async () => (await miniflare.getD1Database('DB')) as unknown as D1Database,
    dispose: async () => {
      await miniflare.dispose();
      rmSync(outdir, { recursive: true, force: true });
    },
  };
}
