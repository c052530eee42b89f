/**
 * Webhook delivery settings. The queue names match wrangler.toml; the retry schedule is
 * the one Standard Webhooks suggests, about 27.5 hours in all: max_retries in wrangler.toml
 * must equal RETRY_DELAYS_SECONDS.length, after which the Queue parks the message in the
 * dead-letter queue.
 */
import type { Bindings } from '../env';

export const WEBHOOK_QUEUE = 'edge-news-webhooks';
export const WEBHOOK_DEAD_LETTER_QUEUE = 'edge-news-webhooks-dlq';

/** Delay before retry n (n = 1 after the first failure); Queues allow at most 12 hours. */
export const RETRY_DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600];
/** A receiver gets this long to answer; Standard Webhooks suggests "a few seconds". */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** How much of a receiver's answer the delivery log keeps. */
export const RESPONSE_EXCERPT_CHARS = 200;

/** The message the Queue carries: only an id; payload and secret stay in D1. */
export interface WebhookMessage {
  deliveryId: number;
}

/** WEBHOOK_RETRY_DELAY_SCALE multiplies the schedule: "1" in production, "0" in tests. */
export function retryDelaySeconds(env: Pick<Bindings, 'WEBHOOK_RETRY_DELAY_SCALE'>, attempt: number): number {
  const scale = Number(env.WEBHOOK_RETRY_DELAY_SCALE ?? '1');
  const base = RETRY_DELAYS_SECONDS[Math.min(Math.max(attempt, 1), RETRY_DELAYS_SECONDS.length) - 1]!;
  return Math.round(base * (Number.isFinite(scale) && scale >= 0 ? scale : 1));
}

export const allowsLoopback = (env: Pick<Bindings, 'WEBHOOKS_ALLOW_LOOPBACK'>) => env.WEBHOOKS_ALLOW_LOOPBACK === 'true';
