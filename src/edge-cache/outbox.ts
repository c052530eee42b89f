/**
 * The purge outbox. A write adds its purge to its own D1 batch (`purgeOutboxInsert`), so the
 * change and the duty to purge commit together or not at all. The purge then runs at once
 * (`runOutboxPurge`); whatever failed, or never ran because the isolate died, the cron retries
 * until it succeeds (`retryPurges`). A purge that succeeded is repeated once more after
 * FOLLOW_UP_MS: a miss just after it may have read a read replica that had not seen the write
 * yet, or rendered across the purge, and stored the old version; the follow-up removes it.
 */
import { and, asc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { getDb } from '../db/client';
import { purgeOutbox } from '../db/schema';
import type { Bindings } from '../env';
import { purgeCacheTags, type GlobalPurge } from './purge';

/** Longer than D1 replicas lag behind the primary in practice, and than a render takes. */
export const FOLLOW_UP_MS = 60_000;
/** A pending row younger than this is still being purged by the request that wrote it. */
const IN_FLIGHT_MS = 30_000;
const RETRIES_PER_RUN = 20;

export interface PurgeReceipt {
  /** The outbox row; the editor API lists pending ones at GET /api/v1/editor/purges. */
  id: number;
  tags: string[];
  /** `done`: every cache reached; `pending`: something failed and the cron will retry. */
  status: 'done' | 'pending';
  /** Copies deleted in this data centre (local path only). */
  urls: string[];
  global: GlobalPurge[];
}

/** The statement a write adds to its batch; its result row carries the outbox id. */
export const purgeOutboxInsert = (db: Db, tags: string[], reason: string) =>
  db.insert(purgeOutbox).values({ tags, reason }).returning({ id: purgeOutbox.id });

/** Purges `tags` for outbox row `id` and records the outcome there. Never throws: failures stay pending. */
export async function runOutboxPurge(env: Bindings, waitUntil: (p: Promise<unknown>) => void, id: number, tags: string[], now = Date.now()): Promise<PurgeReceipt> {
  let receipt: PurgeReceipt;
  try {
    const result = await purgeCacheTags(env, waitUntil, tags);
    const failed = result.global.filter((g) => !g.ok);
    receipt = { id, tags: result.tags, status: failed.length ? 'pending' : 'done', urls: result.urls, global: result.global };
  } catch (error) {
    console.error('purge failed; the cron will retry', id, error);
    receipt = { id, tags, status: 'pending', urls: [], global: [{ via: 'none', ok: false, error: String(error) }] };
  }
  const db = getDb(env.DB);
  const lastError = receipt.global.find((g) => !g.ok)?.error ?? null;
  await db
    .update(purgeOutbox)
    .set({
      attempts: sql`${purgeOutbox.attempts} + 1`,
      lastError,
      ...(receipt.status === 'done' ? { doneAt: new Date(now) } : {}),
      followUpAt: receipt.status === 'done' ? new Date(now + FOLLOW_UP_MS) : null,
    })
    .where(eq(purgeOutbox.id, id))
    .catch((error) => console.error('purge outbox: recording the outcome failed', id, error));
  return receipt;
}

/** The cron's part: pending purges (oldest first), then follow-ups that are due. */
export async function retryPurges(env: Bindings, waitUntil: (p: Promise<unknown>) => void, now = Date.now()) {
  const db = getDb(env.DB);
  const [pending, followUps] = await db.batch([
    db.select().from(purgeOutbox).where(and(isNull(purgeOutbox.doneAt), lte(purgeOutbox.createdAt, new Date(now - IN_FLIGHT_MS)))).orderBy(asc(purgeOutbox.id)).limit(RETRIES_PER_RUN),
    db.select().from(purgeOutbox).where(and(isNotNull(purgeOutbox.followUpAt), lte(purgeOutbox.followUpAt, new Date(now)))).limit(RETRIES_PER_RUN),
  ]);
  const retried = await Promise.all(pending.map((row) => runOutboxPurge(env, waitUntil, row.id, row.tags, now)));
  const followedUp = await Promise.all(
    followUps.map(async (row) => {
      const result = await purgeCacheTags(env, waitUntil, row.tags);
      // A failed follow-up is tried again next minute; a successful one is the last.
      if (result.global.every((g) => g.ok)) await db.update(purgeOutbox).set({ followUpAt: null }).where(eq(purgeOutbox.id, row.id));
      return row.id;
    }),
  );
  return { retried: retried.map((r) => ({ id: r.id, status: r.status })), followedUp };
}

/** Purges not yet done, oldest first: what an editor sees as "pending". */
export function listPendingPurges(db: Db, limit = 100) {
  return db
    .select({ id: purgeOutbox.id, tags: purgeOutbox.tags, reason: purgeOutbox.reason, createdAt: purgeOutbox.createdAt, attempts: purgeOutbox.attempts, lastError: purgeOutbox.lastError })
    .from(purgeOutbox)
    .where(isNull(purgeOutbox.doneAt))
    .orderBy(asc(purgeOutbox.id))
    .limit(limit);
}
