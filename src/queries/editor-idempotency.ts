/**
 * Idempotency keys of create/publish calls, per token. A key is reserved (status 0) before
 * the work runs, so two concurrent retries cannot both do it; the response is stored after.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { idempotencyKeys } from '../db/schema';

/** Reserves the key; false when it already exists. */
export async function reserveIdempotencyKey(db: Db, tokenId: number, key: string, requestHash: string): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({ tokenId, key, requestHash, status: 0, responseBody: '' })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
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
