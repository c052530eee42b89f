/**
 * The backlog of article fragments: everything the renders right after a write do not take
 * (renames of sections, authors and tags, new site settings, the rows of a fresh migration,
 * fragments of an older renderer after a deploy). Every minute the cron hands it to the render
 * queue (render-queue.ts), whose consumers scale out, each invocation with its own D1 budget.
 *
 * A stale row handed to the queue is marked in flight: its `renderer` (meaningless while the
 * row is stale, never served) becomes `queued:<ms>`. A render overwrites it; a row still
 * marked after IN_FLIGHT_LEASE_MS (a message lost, or dropped after its retries) is sent
 * again. The cron keeps at most one run's worth in flight (MESSAGES_PER_CRON_RUN messages)
 * and tops it up each minute, so it never sends the same backlog twice while it is worked,
 * and the queue never holds more than D1 should render in a few minutes beside readers.
 * Without the queue (no binding, or a send refused), the cron renders its own share.
 */
import { and, desc, eq, inArray, isNotNull, ne, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleRenders, articles } from '../db/schema';
import { chunk } from '../platform/d1-limits';
import { renderFragments, type RenderEnv } from './fragments';
import { idsPerMessage, rendersBesideOtherWork, type FragmentRenderMessage } from './limits';
import { FAILED_RENDERER, RENDERER } from './renderer';

/** One sendBatch a run (at most 100 messages and 256 KB; 76 ids are about 600 bytes). */
export const MESSAGES_PER_CRON_RUN = 100;
/** A message is rendered within seconds, its retries within a minute: after this, it was lost. */
export const IN_FLIGHT_LEASE_MS = 10 * 60_000;

export type BacklogEnv = RenderEnv & { FRAGMENT_RENDER_QUEUE?: Queue<FragmentRenderMessage> };

/** The in-flight marker at `now`: 13 digits (until the year 2286), so markers sort by time. */
export const queuedMarker = (now: number) => `queued:${String(Math.max(0, Math.trunc(now))).padStart(13, '0')}`;

/** Marked in flight less than the lease ago; `queued;` is the first string after every `queued:…`. */
const inFlightSince = (now: number, renderer: SQLWrapper = articleRenders.renderer) => sql`(${renderer} >= ${queuedMarker(now - IN_FLIGHT_LEASE_MS)} and ${renderer} < 'queued;')`;

/** Rows in flight now: a range of the renderer index, at most one run's worth. */
export const inFlightCount = (db: Db, now: number) => db.select({ n: sql<number>`count(*)` }).from(articleRenders).where(inFlightSince(now));

/**
 * Claims up to `limit` stale rows not in flight, newest first (the most read stories), and
 * marks them in the same statement, so two overlapping runs never claim the same row. The
 * partial index of stale rows backwards, named: with statistics taken while most rows were
 * stale (a fresh migration) the planner would walk the whole table by rowid instead, which
 * reads every fresh row once the backlog is small.
 */
export function claimStaleStatement(db: Db, limit: number, now: number) {
  const claimable = sql`select ${sql.identifier('article_id')} from ${articleRenders} indexed by article_renders_stale_idx
    where ${sql.identifier('stale')} = 1 and (${sql.identifier('renderer')} is null or not ${inFlightSince(now, sql.identifier('renderer'))})
    order by ${sql.identifier('article_id')} desc limit ${limit}`;
  return db.update(articleRenders).set({ renderer: queuedMarker(now) }).where(sql`${articleRenders.articleId} in (${claimable})`).returning({ id: articleRenders.articleId });
}

/**
 * Fresh fragments made by another renderer (after a deploy): two ranges of the renderer index,
 * empty once every fragment is current. Only rows with markup, and failed renders of an older
 * renderer: the empty rows of drafts, unpublished and trashed stories would render empty again.
 */
const outdated = () =>
  and(
    or(sql`${articleRenders.renderer} < ${RENDERER}`, sql`${articleRenders.renderer} > ${RENDERER}`),
    ne(articleRenders.renderer, FAILED_RENDERER),
    or(isNotNull(articleRenders.articleHtml), sql`${articleRenders.renderer} > 'failed:' and ${articleRenders.renderer} < 'failed;'`),
    eq(articleRenders.stale, 0),
  );

/** Marks up to `limit` outdated fragments stale, so the backlog's one path renders them. */
export const staleOutdatedStatement = (db: Db, limit: number) =>
  db.update(articleRenders).set({ stale: 1 }).where(inArray(articleRenders.articleId, db.select({ id: articleRenders.articleId }).from(articleRenders).where(outdated()).limit(limit)));

/**
 * The cron's part: outdated fragments become stale, then stale rows not in flight are claimed
 * up to one run's worth less what is still in flight, and sent newest first in messages a
 * consumer invocation can render within its D1 budget. Three indexed queries and one send.
 */
export async function enqueueBacklog(db: Db, env: BacklogEnv & { FRAGMENT_RENDER_QUEUE: Queue<FragmentRenderMessage> }, now: number) {
  const perMessage = idsPerMessage(env);
  const perRun = perMessage * MESSAGES_PER_CRON_RUN;
  const [, counted] = await db.batch([staleOutdatedStatement(db, perRun), inFlightCount(db, now)]);
  const inFlight = counted[0]?.n ?? 0;
  if (inFlight >= perRun) return { inFlight, messages: [] as number[][] };
  const claimed = await claimStaleStatement(db, perRun - inFlight, now);
  const messages = chunk(claimed.map((row) => row.id).sort((a, b) => b - a), perMessage);
  if (messages.length === 0) return { inFlight, messages };
  try {
    await env.FRAGMENT_RENDER_QUEUE.sendBatch(messages.map((ids) => ({ body: { ids } satisfies FragmentRenderMessage, contentType: 'json' as const })));
  } catch (error) {
    // Nothing was sent: release this run's claim (every row of it carries this run's marker),
    // or the rows would count as in flight for the whole lease and nothing would render them.
    await releaseClaim(db, now);
    throw error;
  }
  return { inFlight, messages };
}

/** Un-claims the rows one run claimed (its marker, through the renderer index); they stay stale. */
export const releaseClaim = (db: Db, now: number) =>
  db.update(articleRenders).set({ renderer: null }).where(and(eq(articleRenders.renderer, queuedMarker(now)), eq(articleRenders.stale, 1)));

/** Every minute (src/scheduled.ts): through the queue, or, without one, the cron's own share. */
export async function renderBacklog(db: Db, env: BacklogEnv, now: number) {
  const queue = env.FRAGMENT_RENDER_QUEUE;
  if (queue) {
    try {
      const { inFlight, messages } = await enqueueBacklog(db, { ...env, FRAGMENT_RENDER_QUEUE: queue }, now);
      return { inFlight, queued: messages.flat().length, messages: messages.length, rendered: 0 };
    } catch (error) {
      // The Free plan's daily queue operations used up, or D1 briefly away: render a share here.
      console.error('article fragments: the render queue refused the backlog; the cron renders its share', error);
    }
  }
  return { inFlight: 0, queued: 0, messages: 0, rendered: await renderStaleFragments(db, env, rendersBesideOtherWork(env)) };
}

/**
 * Up to `limit` articles whose fragment is stale, newest first, in flight or not: the partial
 * index of stale rows backwards (CROSS JOIN keeps it the outer loop), then each article by
 * primary key.
 */
export const staleFragmentsQuery = (db: Db, limit: number) =>
  db
    .select({ id: articles.id, slug: articles.slug })
    .from(articleRenders)
    .crossJoin(articles)
    .where(and(sql`${articleRenders.stale} = 1`, eq(articles.id, articleRenders.articleId)))
    .orderBy(desc(articleRenders.articleId))
    .limit(limit);

/** Up to `limit` fresh fragments made by another renderer, with their slugs. */
export const outdatedFragmentsQuery = (db: Db, limit: number) =>
  db.select({ id: articles.id, slug: articles.slug }).from(articleRenders).crossJoin(articles).where(and(outdated(), eq(articles.id, articleRenders.articleId))).limit(limit);

/** Renders up to `limit` stale fragments here, then outdated ones; returns how many were stored. */
export async function renderStaleFragments(db: Db, env: RenderEnv, limit = 25): Promise<number> {
  const picked = await staleFragmentsQuery(db, limit);
  const stale = picked.length < limit ? [...picked, ...(await outdatedFragmentsQuery(db, limit - picked.length))] : picked;
  return renderFragments(db, env, stale);
}
