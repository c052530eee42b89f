/**
 * Idempotency keys of create/publish calls, per token. A key is reserved (status 0) before
 * the work runs, so two concurrent retries cannot both do it; the response is stored after.
 * A reservation whose request died mid-flight (the isolate was killed before it could store
 * or release anything) expires, so the key does not answer 409 forever.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { idempotencyKeys } from '../db/schema';

/**
 * How long a reservation holds. A Worker request runs for seconds (its CPU limit is 30 s by
 * default), so a reservation older than this belongs to a request that died.
 */
export const RESERVATION_TTL_MS = 120_000;
/** How long an answered key replays its response: retries come within minutes, not days. */
export const ANSWERED_KEY_TTL_MS = 24 * 3_600_000;

/**
 * Reserves the key; false when it is taken. A dead reservation of the same request is taken
 * over in the same statement, so two retries still cannot both win it.
 */
export async function reserveIdempotencyKey(db: Db, tokenId: number, key: string, requestHash: string, now = Date.now()): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({ tokenId, key, requestHash, status: 0, responseBody: '', createdAt: new Date(now) })
    .onConflictDoUpdate({
      target: [idempotencyKeys.tokenId, idempotencyKeys.key],
      set: { createdAt: new Date(now) },
      where: sql`${idempotencyKeys.status} = 0 and ${idempotencyKeys.requestHash} = excluded.request_hash and ${idempotencyKeys.createdAt} < ${now - RESERVATION_TTL_MS}`,
    })
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
}

/** Forgets answered keys older than a day and reservations long dead (the cron's housekeeping). */
export function pruneIdempotencyKeys(db: Db, now: number) {
  return db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now - ANSWERED_KEY_TTL_MS)));
}

export async function findIdempotencyKey(db: Db, tokenId: number, key: string) {
  const [row] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.tokenId, tokenId), eq(idempotencyKeys.key, key)));
  return row ?? null;
}

export function storeIdempotentResponse(db: Db, tokenId: number, key: string, status: number, responseBody: string) {
  return db.update(idempotencyKeys).set({ status, responseBody }).where(and(eq(idempotencyKeys.tokenId, tokenId), eq(idempotencyKeys.key, key)));
}

/** Frees a reservation whose work failed, so the client can retry with the same key. */
export function releaseIdempotencyKey(db: Db, tokenId: number, key: string) {
  return db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.tokenId, tokenId), eq(idempotencyKeys.key, key)));
}
