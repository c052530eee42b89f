/**
 * Storage that would otherwise grow with time, trimmed by the cron: answered Idempotency-Keys
 * after a day, share-click reader hashes and their salts after yesterday. Each is an indexed
 * range delete; running them every minute costs little, but once an hour is plenty.
 */
import type { Db } from './db/client';
import { pruneIdempotencyKeys } from './queries/editor-idempotency';
import { pruneShareClickVisitors } from './queries/shares';

/** Whether the cron run at `now` is the one that tidies up (the first of each hour). */
export const isHousekeepingRun = (now: number) => new Date(now).getUTCMinutes() === 0;

export async function runHousekeeping(db: Db, now: number) {
  const [idempotency, shares] = await Promise.allSettled([pruneIdempotencyKeys(db, now), pruneShareClickVisitors(db, new Date(now))]);
  for (const outcome of [idempotency, shares]) if (outcome.status === 'rejected') console.error('housekeeping failed', outcome.reason);
  return { idempotencyKeys: idempotency.status, shareVisitors: shares.status === 'fulfilled' ? shares.value : null };
}
