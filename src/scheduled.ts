/**
 * The cron trigger (wrangler.toml `[triggers]`, every minute): publishes scheduled
 * articles whose time has come, through the same publishing code path as the editor API,
 * retries cache purges from the purge outbox, and once an hour trims storage that grows
 * with time (housekeeping.ts); then, last, hands the backlog of stale article fragments to
 * the render queue (article-render/backlog.ts).
 */
import { getDb } from './db/client';
import type { Bindings } from './env';
import { findDueArticles } from './queries/editor-articles';
import { isHousekeepingRun, runHousekeeping } from './housekeeping';

export async function scheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext): Promise<void> {
  const db = getDb(env.DB);
  // The trigger's own time, so a delayed run still publishes what was due when it fired.
  const now = Math.max(controller.scheduledTime, Date.now());
  // The work the fragment backlog waits for (it shares the invocation's D1 query budget).
  const before: Promise<unknown>[] = [];
  const waitUntil = (p: Promise<unknown>) => {
    before.push(p);
    ctx.waitUntil(p);
  };
  try {
    await runBeforeRenders(controller, env, db, now, waitUntil);
  } finally {
    // Article fragments made stale by writes that did not render them (src/article-render):
    // last, once everything else has finished. Sent to the render queue, a bounded number in
    // flight; without one, rendered here within half of the invocation's D1 queries.
    ctx.waitUntil(
      settled(before)
        .then(() => import('./article-render/backlog'))
        .then(({ renderBacklog }) => renderBacklog(db, env, Date.now()))
        .catch((error) => console.error('article fragment backlog failed', error)),
    );
  }
}

/** Waits for `promises`, including those added to the list while waiting (a purge's follow-ups). */
async function settled(promises: Promise<unknown>[]): Promise<void> {
  for (let done = 0; done < promises.length; ) {
    const batch = promises.slice(done);
    done = promises.length;
    await Promise.allSettled(batch);
  }
}

async function runBeforeRenders(controller: ScheduledController, env: Bindings, db: ReturnType<typeof getDb>, now: number, waitUntil: (p: Promise<unknown>) => void): Promise<void> {
  if (isHousekeepingRun(controller.scheduledTime)) waitUntil(runHousekeeping(db, now));
  // Purges that failed or never ran, and the follow-ups after replicas caught up (edge-cache/outbox).
  waitUntil(
    import('./edge-cache/outbox')
      .then(({ retryPurges }) => retryPurges(env, waitUntil, now))
      .catch((error) => console.error('purge retries failed', error)),
  );
  // Webhook events and deliveries a request wrote but never handed to the Queue (webhooks/dispatch).
  waitUntil(
    import('./webhooks/dispatch')
      .then(({ retryWebhookDispatch }) => retryWebhookDispatch(env, now))
      .catch((error) => console.error('webhook dispatch retries failed', error)),
  );
  const due = await findDueArticles(db, now);
  if (due.length === 0) return;
  // Most runs publish nothing: the publishing path (renderer, sanitizer, purge) loads only
  // when something is due, and is never part of the isolate's startup.
  const { publishDueArticles, workerPublishingDeps } = await import('./publishing');
  const deps = workerPublishingDeps(env, waitUntil);
  const result = await publishDueArticles(db, { ...deps, now: () => now }, due);
  console.log('scheduled publishing', JSON.stringify(result));
}
