/** What the publishing code path needs from its caller besides `db`: a purge and a clock. */
import type { Bindings } from '../env';
import { purgeCacheTags } from '../edge-cache/purge';
import { isPublicState, purgeTagsForChange, type ArticleState } from './article-state';

export interface PublishingDeps {
  /** Invalidates cached responses carrying these cache tags. */
  purge(tags: string[]): Promise<unknown>;
  /** Current time in epoch milliseconds (a parameter so tests and the cron agree on "now"). */
  now(): number;
  /** A new random short-link code; defaults to generateShortCode (tests force collisions). */
  shortCode?(): string;
}

/** Deps for code running in the Worker: the real purge, the real clock. */
export function workerPublishingDeps(env: Bindings, waitUntil: (p: Promise<unknown>) => void): PublishingDeps {
  return { purge: (tags) => purgeCacheTags(env, waitUntil, tags), now: () => Date.now() };
}

/** Checks run against the article as it is, before a change (roles, ownership). */
export type Guard = (before: ArticleState) => void;

/** Readers only see published articles, so only a change that touches one purges the cache. */
export async function purgeIfPublic(deps: PublishingDeps, before: ArticleState | null, after: ArticleState) {
  if (isPublicState(before) || isPublicState(after)) await deps.purge(purgeTagsForChange(before, after));
}
