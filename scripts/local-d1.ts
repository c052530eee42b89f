/**
 * The local D1 that `wrangler dev` uses, opened from Node through wrangler's platform proxy,
 * so scripts (seed, tokens) run the app's own query code against the real local database.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { getDb, type Db } from '../src/db/client';
import { projectRoot } from './local-state';

const wranglerBin = resolve(projectRoot, 'node_modules/.bin/wrangler');

/** Applies pending migrations with wrangler, exactly as a developer would. */
export function applyMigrations(persistTo: string) {
  execFileSync(wranglerBin, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
  });
}

/** Runs `work` with a Drizzle client on the local D1 in `persistTo` (and the other local bindings: R2), then closes it. */
export async function withLocalDb<T>(persistTo: string, work: (db: Db, env: Cloudflare.Env) => Promise<T>): Promise<T> {
  const proxy = await getPlatformProxy<Cloudflare.Env>({
    configPath: resolve(projectRoot, 'wrangler.toml'),
    persist: { path: resolve(persistTo, 'v3') },
  });
  try {
    return await work(getDb(proxy.env.DB), proxy.env);
  } finally {
    await proxy.dispose();
  }
}
