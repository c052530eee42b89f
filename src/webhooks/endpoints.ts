/** Queries behind /api/v1/editor/webhooks: endpoints (never their secrets) and the delivery log. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { webhookDeliveries, webhookEndpoints, webhookEvents, type WebhookDeliveryStatus } from '../db/schema-webhooks';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  events: webhookEndpoints.events,
  active: webhookEndpoints.active,
  disabledReason: webhookEndpoints.disabledReason,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

type EndpointRow = { [K in keyof typeof endpointColumns]: (typeof webhookEndpoints.$inferSelect)[K] };

export const toEndpointJson = (e: EndpointRow) => ({ ...e, createdAt: e.createdAt.toISOString(), updatedAt: e.updatedAt.toISOString() });

export async function insertEndpoint(db: Db, values: { url: string; events: string[]; active: boolean; secretCiphertext: string }) {
  const [row] = await db.insert(webhookEndpoints).values(values).returning(endpointColumns);
  return row!;
}

export const listEndpoints = (db: Db) => db.select(endpointColumns).from(webhookEndpoints).orderBy(webhookEndpoints.id);

export async function findEndpoint(db: Db, id: number) {
  const [row] = await db.select(endpointColumns).from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row ?? null;
}

export async function updateEndpoint(db: Db, id: number, changes: { events?: string[]; active?: boolean }, now: number) {
  // Switching an endpoint back on clears why it was switched off.
  const reason = changes.active === true ? { disabledReason: null } : {};
  const [row] = await db.update(webhookEndpoints).set({ ...changes, ...reason, updatedAt: new Date(now) }).where(eq(webhookEndpoints.id, id)).returning(endpointColumns);
  return row ?? null;
}

/** Deletes the endpoint and, by cascade, its delivery log. */
export async function deleteEndpoint(db: Db, id: number) {
  const rows = await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning({ id: webhookEndpoints.id });
  return rows.length > 0;
}

const deliveryColumns = {
  id: webhookDeliveries.id,
  eventId: webhookDeliveries.eventId,
  type: webhookEvents.type,
  articleId: webhookEvents.articleId,
  messageId: webhookDeliveries.messageId,
  status: webhookDeliveries.status,
  attempts: webhookDeliveries.attempts,
  lastStatusCode: webhookDeliveries.lastStatusCode,
  lastError: webhookDeliveries.lastError,
  responseExcerpt: webhookDeliveries.responseExcerpt,
  createdAt: webhookDeliveries.createdAt,
  lastAttemptAt: webhookDeliveries.lastAttemptAt,
  deliveredAt: webhookDeliveries.deliveredAt,
};

/** Newest first; the payload stays out (it can be large, and the receiver has it). */
export async function listDeliveries(db: Db, endpointId: number, options: { status?: WebhookDeliveryStatus; limit?: number; id?: number } = {}) {
  const rows = await db
    .select(deliveryColumns)
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(
      eq(webhookDeliveries.endpointId, endpointId),
      options.status ? eq(webhookDeliveries.status, options.status) : undefined,
      options.id ? eq(webhookDeliveries.id, options.id) : undefined,
    ))
    .orderBy(desc(webhookDeliveries.id))
    .limit(options.limit ?? 50);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastAttemptAt: iso(r.lastAttemptAt), deliveredAt: iso(r.deliveredAt) }));
}
