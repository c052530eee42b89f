/**
 * How much fragment rendering fits where. Every Worker invocation (a request, a cron run, a
 * queue batch) may make a fixed number of D1 queries: 1,000 on Workers Paid, 50 on Workers
 * Free (developers.cloudflare.com/d1/platform/limits; each statement of a batch counts). The
 * number comes from the `D1_QUERIES_PER_INVOCATION` var (wrangler.toml), so the same code
 * runs on either plan, and every renderer sizes its work from it. Small and free of imports
 * that render: src/index.ts reads the queue name from here to dispatch a batch.
 */
import { D1_MAX_QUERIES_PER_INVOCATION } from '../platform/d1-limits';
import type { ArticleLookupResults } from '../queries/articles';

/** The Queue the cron hands the backlog to (wrangler.toml); its consumer is render-queue.ts. */
export const FRAGMENT_RENDER_QUEUE_NAME = 'edge-news-fragment-renders';

/** A message of the render queue: article ids, newest first. Slugs are read when rendering. */
export interface FragmentRenderMessage {
  ids: number[];
}

/** The statements of the article lookup (typed: a change to the lookup's length fails the typecheck). */
const LOOKUP_STATEMENTS: ArticleLookupResults['length'] = 9;

/**
 * D1 queries one render costs, as D1 counts them: the batch of renderArticleFragment
 * (navigation, version, the article's public row by id, the lookup), then the conditional
 * write. A test counts them.
 */
export const QUERIES_PER_RENDER = 3 + LOOKUP_STATEMENTS + 1;

/** The var, or Workers Paid's limit when unset or not a positive integer; never above it. */
export function queriesPerInvocation(env: { D1_QUERIES_PER_INVOCATION?: string }): number {
  const configured = Number(env.D1_QUERIES_PER_INVOCATION);
  return Number.isInteger(configured) && configured > 0 ? Math.min(configured, D1_MAX_QUERIES_PER_INVOCATION) : D1_MAX_QUERIES_PER_INVOCATION;
}

/** Renders that fit in `queries` once `reserved` queries of other work are taken. */
export const rendersWithin = (queries: number, reserved: number) => Math.max(0, Math.floor((queries - reserved) / QUERIES_PER_RENDER));

/**
 * A cron run and a write's request do other work before they render (publishing, purges,
 * webhook dispatch, the write itself): their renders get half of the invocation's queries.
 * Two more queries pick the rows.
 */
export const rendersBesideOtherWork = (env: { D1_QUERIES_PER_INVOCATION?: string }) => rendersWithin(Math.floor(queriesPerInvocation(env) / 2), 2);

/**
 * Ids per queue message: what one consumer invocation can render (one query first reads which
 * of them are still stale). 76 on Paid, 3 on Free; the consumer takes one message per
 * invocation (wrangler.toml max_batch_size = 1).
 */
export const idsPerMessage = (env: { D1_QUERIES_PER_INVOCATION?: string }) => Math.max(1, rendersWithin(queriesPerInvocation(env), 1));
