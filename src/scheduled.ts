/**
 * The cron trigger (wrangler.toml `[triggers]`, every minute): publishes scheduled
 * articles whose time has come, through the same publishing code path as the editor API,
 * and once an hour trims storage that grows with time (housekeeping.ts).
 */
import { getDb } from './db/client';
import type { Bindings } from './env';
import { publishDueArticles, workerPublishingDeps } from './publishing';
import { findDueArticles } from './queries/editor-articles';
import { isHousekeepingRun, runHousekeeping } from './housekeeping';

export async function scheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext): Promise<void> {
  const db = getDb(env.DB);
  const deps = workerPublishingDeps(env, (p) => ctx.waitUntil(p));
  // The trigger's own time, so a delayed run still publishes what was due when it fired.
  const now = Math.max(controller.scheduledTime, Date.now());
  if (isHousekeepingRun(controller.scheduledTime)) ctx.waitUntil(runHousekeeping(db, now));
  const due = await findDueArticles(db, now);
  if (due.length === 0) return;
  const result = await publishDueArticles(db, { ...deps, now: () => now }, due);
  console.log('scheduled publishing', JSON.stringify(result));
}
