/** What the publishing code path needs from its caller besides `db`: a purge and a clock. */
import type { Bindings } from '../env';
import { runOutboxPurge, type PurgeReceipt } from '../edge-cache/outbox';
import { isPublicState, purgeTagsForChange, type ArticleState } from './article-state';
import { renderFragmentsSoon } from '../article-render/soon';
import { articleIdsInTags } from '../edge-cache/tags';

export interface PublishingDeps {
  /**
   * Invalidates cached responses carrying these cache tags, for purge-outbox row `outboxId`
   * (written with the change); answers the receipt the editor API shows.
   */
  purge(tags: string[], outboxId: number): Promise<PurgeReceipt | unknown>;
  /** Current time in epoch milliseconds (a parameter so tests and the cron agree on "now"). */
  now(): number;
  /** A new random short-link code; defaults to generateShortCode (tests force collisions). */
  shortCode?(): string;
  /** Hands webhook events just written to the outbox (webhookEventStatement) to the Queue; the cron retries what this misses. */
  afterEvents?(): void;
}

/** Deps for code running in the Worker: the real purge, the real clock. */
export function workerPublishingDeps(env: Bindings, waitUntil: (p: Promise<unknown>) => void): PublishingDeps {
  return {
    // A change readers see also re-renders the fragments of the stories it wrote (src/article-render), once the purge is done.
    purge: async (tags, outboxId) => {
      const receipt = await runOutboxPurge(env, waitUntil, outboxId, tags);
      renderFragmentsSoon(env, waitUntil, articleIdsInTags(tags));
      return receipt;
    },
    now: () => Date.now(),
    // Loaded on the first event: fan the new outbox rows out to the Queue (the cron retries failures).
    afterEvents: () => waitUntil(import('../webhooks/dispatch').then((m) => m.dispatchWebhookEvents(env)).catch((e) => console.error('webhook dispatch failed; the cron retries', e))),
  };
}

/** Checks run against the article as it is, before a change (roles, ownership). */
export type Guard = (before: ArticleState) => void;

/** Readers only see published articles, so only a change that touches one purges anything. */
export const purgeTagsIfPublic = (before: ArticleState | null, after: ArticleState): string[] =>
  isPublicState(before) || isPublicState(after) ? purgeTagsForChange(before, after) : [];

const receipts = new WeakMap<ArticleState, PurgeReceipt>();

/** The purge receipt of the change that produced `state` (null when readers saw nothing change). */
export const purgeReceiptOf = (state: ArticleState): PurgeReceipt | null => receipts.get(state) ?? null;

/** Runs the purge of outbox row `outboxId` and remembers its receipt with `after`. */
export async function purgeAfterWrite(deps: PublishingDeps, after: ArticleState, tags: string[], outboxId: number | null) {
  if (outboxId === null) return;
  const receipt = await deps.purge(tags, outboxId);
  if (receipt && typeof receipt === 'object' && 'status' in receipt) receipts.set(after, receipt as PurgeReceipt);
}
