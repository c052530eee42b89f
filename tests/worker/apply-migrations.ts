/**
 * Runs before every worker test file, which must start as if in a new workerd: its modules
 * evaluated anew, every storage binding empty, then the migrated, empty schema.
 *
 * The worker project reuses one workerd for all its files (`isolate: false` in
 * vitest.config.ts): a new one per file cost about 5 s of the file's time. reset()
 * (cloudflare:test) wipes the Durable Objects that workerd holds in memory, and D1, R2, the
 * Cache API and the rate limiters are Durable Objects in Miniflare; one the previous file left
 * idle may be out of memory and would keep its data (seen with D1), so each is touched first.
 */
import { applyD1Migrations, reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';

const bindings = Object.values(env as unknown as Record<string, unknown>);
const of = <T>(kind: string) => bindings.filter((b): b is T => (b as { constructor?: { name?: string } } | null)?.constructor?.name === kind);

async function tableCount(): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '_cf_*'").first<{ n: number }>();
  return row?.n ?? 0;
}

async function wakeStorage() {
  await Promise.all([
    tableCount(),
    ...of<R2Bucket>('R2Bucket').map((bucket) => bucket.head('vitest-setup/wake')),
    (caches as unknown as { default: Cache }).default.match('https://vitest-setup.invalid/wake'),
    ...of<RateLimit>('Ratelimit').map((limiter) => limiter.limit({ key: 'vitest-setup-wake' })),
  ]);
}

/**
 * A cron run in the previous file sent article renders to the local Queue (article-render/
 * backlog.ts), and its consumer runs in this same workerd about a second later: let it finish
 * before the reset, or it would render into this file's fresh D1. Rows a test left claimed on
 * purpose are never rendered, hence the bound.
 */
async function previousRendersSettled() {
  const queued = () =>
    env.DB.prepare("SELECT count(*) AS n FROM article_renders WHERE renderer LIKE 'queued:%'")
      .first<{ n: number }>()
      .then((row) => row?.n ?? 0)
      .catch(() => 0); // no such table: nothing was queued
  for (let waited = 0; waited < 3_000 && (await queued()) > 0; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

await previousRendersSettled();
vi.resetModules(); // module-level state (caches of a salt, of a parsed config) starts anew
for (let attempt = 1; ; attempt++) {
  await wakeStorage();
  await reset();
  if ((await tableCount()) === 0) break;
  if (attempt === 3) throw new Error('vitest setup: reset() left the previous file’s D1 tables in place');
}
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
