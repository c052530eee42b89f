/**
 * From the events outbox to the Queue, in two steps that can each be retried:
 * 1. fan-out: each new event gets one delivery row per active endpoint subscribed to its
 *    type (with the payload, fixed now), and is marked dispatched, in one batch;
 * 2. enqueue: deliveries not yet handed to the Queue are claimed (enqueued_at set) and sent.
 * A request runs both right after its write (deps.afterEvents); the cron runs them for rows
 * older than IN_FLIGHT_MS, which a request that died left behind. A delivery the Queue never
 * got (claimed, then the isolate died) is sent again after LOST_MS; the receiver sees the
 * same webhook-id and can drop the duplicate.
 */
import { and, asc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { getDb, type Db } from '../db/client';
import { chunkForParameters, D1_MAX_BOUND_PARAMETERS } from '../platform/d1-limits';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '../db/schema-webhooks';
import type { Bindings } from '../env';
import { isHousekeepingRun } from '../housekeeping';
import { buildPayload } from './payload';
import { pruneWebhookLog } from './retention';
import type { WebhookMessage } from './config';

const IN_FLIGHT_MS = 30_000;
const LOST_MS = 15 * 60_000;
const EVENTS_PER_RUN = 50;
/**
 * Queue sendBatch takes at most 100 messages, and the claim below binds each id plus two
 * more values: stay within D1's bound-parameter limit too.
 */
const DELIVERIES_PER_RUN = D1_MAX_BOUND_PARAMETERS - 2;

export const newMessageId = () => `msg_${crypto.randomUUID().replaceAll('-', '')}`;

/** Origin for the payload's absolute URLs: SITE_ORIGIN (set it in production). */
const originOf = (env: Bindings) => env.SITE_ORIGIN || 'http://localhost:8787';

async function fanOut(db: Db, env: Bindings, olderThan: number | null) {
  const events = await db
    .select()
    .from(webhookEvents)
    .where(and(isNull(webhookEvents.dispatchedAt), olderThan === null ? undefined : lte(webhookEvents.createdAt, new Date(olderThan))))
    .orderBy(asc(webhookEvents.id))
    .limit(EVENTS_PER_RUN);
  if (!events.length) return 0;
  const endpoints = await db.select({ id: webhookEndpoints.id, events: webhookEndpoints.events }).from(webhookEndpoints).where(eq(webhookEndpoints.active, true));
  const now = new Date();
  for (const event of events) {
    const subscribed = endpoints.filter((e) => e.events.includes(event.type));
    const payload = subscribed.length ? await buildPayload(db, event, originOf(env)) : null;
    // No payload: the story is not public (any more), and nothing about it may be sent.
    const rows = payload === null ? [] : subscribed.map((e) => ({ eventId: event.id, endpointId: e.id, messageId: newMessageId(), payload }));
    // Five columns a row, chunked below D1's bound-parameter limit.
    const statements: BatchItem<'sqlite'>[] = [
      db.update(webhookEvents).set({ dispatchedAt: now }).where(eq(webhookEvents.id, event.id)),
      ...chunkForParameters(rows, 0, 5).map((part) => db.insert(webhookDeliveries).values(part).onConflictDoNothing()),
    ];
    await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  }
  return events.length;
}

// A literal, not a bound parameter: only then can SQLite use the partial index over pending rows.
const isPending = sql`${webhookDeliveries.status} = 'pending'`;

function pendingDeliveries(db: Db, condition: SQL | undefined) {
  return db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(and(isPending, condition)).orderBy(asc(webhookDeliveries.id)).limit(DELIVERIES_PER_RUN);
}

async function enqueue(db: Db, env: Bindings, now: number, olderThan: number | null) {
  const old = olderThan === null ? undefined : lte(webhookDeliveries.createdAt, new Date(olderThan));
  const candidates = await pendingDeliveries(db, and(isNull(webhookDeliveries.enqueuedAt), old));
  // The cron also resends what was claimed but never reached the consumer.
  if (olderThan !== null) candidates.push(...(await pendingDeliveries(db, and(eq(webhookDeliveries.attempts, 0), lte(webhookDeliveries.enqueuedAt, new Date(now - LOST_MS)), old))));
  if (!candidates.length) return [];
  const ids = candidates.map((c) => c.id).slice(0, DELIVERIES_PER_RUN);
  // Claim first, so two runs never send the same delivery; undo the claim if the send fails.
  const claimed = await db
    .update(webhookDeliveries)
    .set({ enqueuedAt: new Date(now) })
    .where(and(inArray(webhookDeliveries.id, ids), sql`(${webhookDeliveries.enqueuedAt} is null or ${webhookDeliveries.enqueuedAt} <= ${now - LOST_MS})`))
    .returning({ id: webhookDeliveries.id });
  if (!claimed.length) return [];
  try {
    await env.WEBHOOK_QUEUE.sendBatch(claimed.map(({ id }) => ({ body: { deliveryId: id } satisfies WebhookMessage, contentType: 'json' as const })));
  } catch (error) {
    await db.update(webhookDeliveries).set({ enqueuedAt: null }).where(inArray(webhookDeliveries.id, claimed.map((c) => c.id)));
    throw error;
  }
  return claimed.map((c) => c.id);
}

/** Right after a write: every new event and every delivery not yet queued. */
export async function dispatchWebhookEvents(env: Bindings, now = Date.now()) {
  const db = getDb(env.DB);
  const events = await fanOut(db, env, null);
  const queued = await enqueue(db, env, now, null);
  return { events, queued };
}

/** The cron's part: what requests left behind (older than IN_FLIGHT_MS); once an hour, the old log. */
export async function retryWebhookDispatch(env: Bindings, now = Date.now()) {
  const db = getDb(env.DB);
  const events = await fanOut(db, env, now - IN_FLIGHT_MS);
  const queued = await enqueue(db, env, now, now - IN_FLIGHT_MS);
  const pruned = isHousekeepingRun(now) ? await pruneWebhookLog(db, now) : null;
  return { events, queued, pruned };
}

/** Replay: the same delivery (same webhook-id and body) goes to the Queue again. */
export async function requeueDelivery(env: Bindings, deliveryId: number, now = Date.now()) {
  const db = getDb(env.DB);
  await db.update(webhookDeliveries).set({ status: 'pending', enqueuedAt: new Date(now) }).where(eq(webhookDeliveries.id, deliveryId));
  try {
    await env.WEBHOOK_QUEUE.send({ deliveryId } satisfies WebhookMessage, { contentType: 'json' });
  } catch (error) {
    // Unclaimed again, as enqueue() does: the cron's next run sends it (a pending row with
    // attempts is not "lost", so it would otherwise wait for ever).
    await db.update(webhookDeliveries).set({ enqueuedAt: null }).where(eq(webhookDeliveries.id, deliveryId));
    throw error;
  }
}
