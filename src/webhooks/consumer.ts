/**
 * The Queue consumer: one delivery attempt per message. 2xx delivers; 410 Gone switches the
 * endpoint off; anything else (other statuses, redirects, timeouts, network errors) is
 * retried with a growing delay (config.ts) until the Queue gives up and moves the message
 * to the dead-letter queue, whose batches only mark the delivery dead. Loaded lazily from
 * src/index.ts: readers never pay for it.
 */
import { eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '../db/client';
import { webhookDeliveries, webhookEndpoints } from '../db/schema-webhooks';
import type { Bindings } from '../env';
import { DELIVERY_TIMEOUT_MS, RESPONSE_EXCERPT_CHARS, retryDelaySeconds, WEBHOOK_DEAD_LETTER_QUEUE, WEBHOOK_QUEUE, type WebhookMessage } from './config';
import { decryptSecret } from './secrets';
import { webhookHeaders } from './signing';

export async function handleWebhookBatch(batch: MessageBatch<WebhookMessage>, env: Bindings): Promise<void> {
  // Another queue's messages must never be read as deliveries: fail loudly instead.
  if (batch.queue !== WEBHOOK_QUEUE && batch.queue !== WEBHOOK_DEAD_LETTER_QUEUE) throw new Error(`no consumer for queue ${batch.queue}`);
  const db = getDb(env.DB);
  if (batch.queue === WEBHOOK_DEAD_LETTER_QUEUE) {
    for (const message of batch.messages) {
      await db.update(webhookDeliveries).set({ status: 'dead' }).where(eq(webhookDeliveries.id, message.body.deliveryId));
      message.ack();
    }
    return;
  }
  await Promise.all(batch.messages.map((message) => deliverOne(db, env, message)));
}

interface Outcome {
  status: 'delivered' | 'failing' | 'gone';
  code: number | null;
  error: string | null;
  excerpt: string | null;
}

async function deliverOne(db: Db, env: Bindings, message: Message<WebhookMessage>) {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, message.body.deliveryId));
  // Deleted endpoint, or a duplicate of a delivery that already ended: nothing to do.
  if (!row || row.delivery.status !== 'pending' && row.delivery.status !== 'failing') return message.ack();
  if (!row.endpoint.active) {
    await db.update(webhookDeliveries).set({ status: 'skipped', lastError: 'endpoint disabled' }).where(eq(webhookDeliveries.id, row.delivery.id));
    return message.ack();
  }
  const now = Date.now();
  const outcome = await attempt(env, row.endpoint.url, row.endpoint.secretCiphertext, row.delivery.messageId, row.delivery.payload, now);
  await db.batch([
    db
      .update(webhookDeliveries)
      .set({
        status: outcome.status,
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatusCode: outcome.code,
        lastError: outcome.error,
        responseExcerpt: outcome.excerpt,
        lastAttemptAt: new Date(now),
        ...(outcome.status === 'delivered' ? { deliveredAt: new Date(now) } : {}),
      })
      .where(eq(webhookDeliveries.id, row.delivery.id)),
    ...(outcome.status === 'gone'
      ? [db.update(webhookEndpoints).set({ active: false, disabledReason: 'the receiver answered 410 Gone', updatedAt: new Date(now) }).where(eq(webhookEndpoints.id, row.endpoint.id))]
      : []),
  ]);
  if (outcome.status === 'failing') message.retry({ delaySeconds: retryDelaySeconds(env, message.attempts) });
  else message.ack();
}

async function attempt(env: Bindings, url: string, sealedSecret: string, messageId: string, body: string, now: number): Promise<Outcome> {
  try {
    const secret = await decryptSecret(sealedSecret, env.WEBHOOK_SECRET_KEY);
    const response = await fetch(url, {
      method: 'POST',
      headers: await webhookHeaders(secret, messageId, body, now),
      body,
      // A redirect could lead anywhere, private addresses included: it counts as a failure.
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    const excerpt = await readExcerpt(response);
    const status = response.status >= 200 && response.status < 300 ? 'delivered' : response.status === 410 ? 'gone' : 'failing';
    return { status, code: response.status, error: status === 'failing' ? `HTTP ${response.status}` : null, excerpt };
  } catch (error) {
    // Never the secret: only the error's name and message.
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 'failing', code: null, error: text.slice(0, RESPONSE_EXCERPT_CHARS), excerpt: null };
  }
}

/** The first characters of the answer; the rest is never read. */
async function readExcerpt(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  try {
    const { value } = await reader.read();
    return value ? new TextDecoder().decode(value.slice(0, RESPONSE_EXCERPT_CHARS * 4)).slice(0, RESPONSE_EXCERPT_CHARS) : null;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
