/**
 * The render queue's consumer (wrangler.toml, queue edge-news-fragment-renders): each message
 * holds the ids of stale fragments the cron claimed (backlog.ts), as many as one invocation
 * can render within its D1 budget (limits.ts). Loaded lazily from src/index.ts.
 *
 * At-least-once delivery and overlapping runs are harmless: one query first reads which of
 * the ids are still stale (a duplicate, or a story the write path rendered meanwhile, costs
 * that query and nothing else), and each render stores only over the version it read. A
 * render that throws, or whose story changed under it, gets the message retried (the others
 * in it are fresh by then and skipped); on the last attempt a throwing render is stored as
 * `failed:<renderer>` (never served; rendered again after the next change or deploy), so a
 * broken story never blocks the rest.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Db } from '../db/client';
import { articleRenders, articles } from '../db/schema';
import type { Bindings } from '../env';
import { renderArticleFragment } from './fragments';
import { FRAGMENT_RENDER_QUEUE_NAME, idsPerMessage, queriesPerInvocation, QUERIES_PER_RENDER, rendersWithin, type FragmentRenderMessage } from './limits';

/** wrangler.toml max_retries: the attempt after the last retry stores failures. */
export const RENDER_RETRIES = 3;
/** Retry n waits n times this: a D1 hiccup passes, a story mid-edit settles. */
const RETRY_DELAY_SECONDS = 10;

type RenderQueueEnv = Pick<Bindings, 'DB' | 'SITE_NAME'> & { D1_QUERIES_PER_INVOCATION?: string };

export async function renderFragmentBatch(batch: MessageBatch<FragmentRenderMessage>, env: RenderQueueEnv): Promise<void> {
  if (batch.queue !== FRAGMENT_RENDER_QUEUE_NAME) throw new Error(`no consumer for queue ${batch.queue}`);
  const db = getDb(env.DB);
  let queriesLeft = queriesPerInvocation(env);
  for (const message of batch.messages) {
    const ids = idsOf(message.body).slice(0, idsPerMessage(env));
    // wrangler.toml gives one message per invocation; a larger batch renders what fits and
    // hands the rest to the next invocation, which has a full budget.
    if (rendersWithin(queriesLeft, 1) < ids.length) {
      message.retry();
      continue;
    }
    queriesLeft -= 1 + ids.length * QUERIES_PER_RENDER;
    await renderMessage(db, env, message, ids);
  }
}

/** The ids of a message; anything else (no producer of ours sends it) is nothing to render. */
function idsOf(body: unknown): number[] {
  const ids = (body as Partial<FragmentRenderMessage> | null)?.ids;
  return Array.isArray(ids) ? ids.filter((id): id is number => Number.isSafeInteger(id) && id > 0) : [];
}

/** Which of `ids` are still stale, with their current slugs, newest first: by primary key. */
export const stillStaleQuery = (db: Db, ids: number[]) =>
  db
    .select({ id: articles.id, slug: articles.slug })
    .from(articleRenders)
    .innerJoin(articles, eq(articles.id, articleRenders.articleId))
    .where(and(inArray(articleRenders.articleId, ids), sql`${articleRenders.stale} = 1`))
    .orderBy(desc(articleRenders.articleId));

async function renderMessage(db: Db, env: RenderQueueEnv, message: Message<FragmentRenderMessage>, ids: number[]) {
  const last = message.attempts > RENDER_RETRIES;
  const retry = () => (last ? message.ack() : message.retry({ delaySeconds: RETRY_DELAY_SECONDS * message.attempts }));
  if (ids.length === 0) return message.ack();
  let stale: { id: number; slug: string }[];
  try {
    stale = await stillStaleQuery(db, ids);
  } catch (error) {
    console.error('article fragments: reading the stale rows of a render message failed', error);
    return retry();
  }
  let unfinished = 0;
  for (const { id, slug } of stale) {
    try {
      // Not stored (its story changed under the render): the retry reads it again.
      if (!(await renderArticleFragment(db, env, id, slug, last ? 'store' : 'throw'))) unfinished++;
    } catch (error) {
      console.error(`article fragment ${id}: render failed (attempt ${message.attempts}); the queue retries it`, error);
      unfinished++;
    }
  }
  // On the last attempt the rest stays stale and marked: the cron sends it again after the lease.
  return unfinished > 0 ? retry() : message.ack();
}
