/**
 * The cron trigger (wrangler.toml `[triggers]`, every minute): publishes scheduled
 * articles whose time has come, through the same publishing code path as the editor API,
 * retries cache purges from the purge outbox, and once an hour trims storage that grows
 * with time (housekeeping.ts).
 */
import { getDb } from './db/client';
import type { Bindings } from './env';
import { findDueArticles } from './queries/editor-articles';
import { isHousekeepingRun, runHousekeeping } from './housekeeping';

export async function scheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext): Promise<void> {
  const db = getDb(env.DB);
  // The trigger's own time, so a delayed run still publishes what was due when it fired.
  const now = Math.max(controller.scheduledTime, Date.now());
  if (isHousekeepingRun(controller.scheduledTime)) ctx.waitUntil(runHousekeeping(db, now));
  // Purges that failed or never ran, and the follow-ups after replicas caught up (edge-cache/outbox).
  ctx.waitUntil(
    import('./edge-cache/outbox')
      .then(({ retryPurges }) => retryPurges(env, (p) => ctx.waitUntil(p), now))
      .catch((error) => console.error('purge retries failed', error)),
  );
  // Webhook events and deliveries a request wrote but never handed to the Queue (webhooks/dispatch).
  ctx.waitUntil(
    import('./webhooks/dispatch')
      .then(({ retryWebhookDispatch }) => retryWebhookDispatch(env, now))
      .catch((error) => console.error('webhook dispatch retries failed', error)),
  );
  const due = await findDueArticles(db, now);
  if (due.length === 0) return;
  // Most runs publish nothing: the publishing path (renderer, sanitizer, purge) loads only
  // when something is due, and is never part of the isolate's startup.
  const { publishDueArticles, workerPublishingDeps } = await import('./publishing');
  const deps = workerPublishingDeps(env, (p) => ctx.waitUntil(p));
  const result = await publishDueArticles(db, { ...deps, now: () => now }, due);
  console.log('scheduled publishing', JSON.stringify(result));
}
