/**
 * The delivery log and the events outbox would grow with every change: once an hour the cron
 * deletes deliveries that ended (delivered, dead, gone, skipped) more than RETENTION_MS ago,
 * then events that no delivery refers to any more. Each run deletes at most BATCH rows per
 * table, oldest first, so a backlog is worked off over several hours, never in one long query.
 */
import { and, asc, inArray, isNotNull, lt, notExists, notInArray, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { webhookDeliveries, webhookEvents } from '../db/schema-webhooks';

/** Long enough for an admin to notice a dead delivery and replay it. */
export const RETENTION_MS = 30 * 24 * 3600_000;
const BATCH = 1000;

export async function pruneWebhookLog(db: Db, now: number) {
  const before = new Date(now - RETENTION_MS);
  const deliveries = await db
    .delete(webhookDeliveries)
    .where(inArray(webhookDeliveries.id, db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(lt(webhookDeliveries.createdAt, before), notInArray(webhookDeliveries.status, ['pending', 'failing'])))
      .orderBy(asc(webhookDeliveries.id))
      .limit(BATCH)))
    .returning({ id: webhookDeliveries.id });
  const events = await db
    .delete(webhookEvents)
    .where(inArray(webhookEvents.id, db
      .select({ id: webhookEvents.id })
      .from(webhookEvents)
      .where(and(
        isNotNull(webhookEvents.dispatchedAt),
        lt(webhookEvents.createdAt, before),
        notExists(db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.eventId, webhookEvents.id))),
      ))
      .orderBy(asc(webhookEvents.id))
      .limit(BATCH)))
    .returning({ id: webhookEvents.id });
  return { deliveries: deliveries.length, events: events.length };
}
