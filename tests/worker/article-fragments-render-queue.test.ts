/**
 * The render queue of the article fragments (src/article-render/backlog.ts, render-queue.ts)
 * in workerd with Miniflare's Queue. The consumer's tests call the Worker's queue handler with
 * createMessageBatch while nothing else is queued; the cron's tests go through the real local
 * Queue and wait until it has drained. Stories as the seed has them (Polish, Ukrainian, emoji).
 */
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { enqueueBacklog, IN_FLIGHT_LEASE_MS, queuedMarker, renderBacklog } from '../../src/article-render/backlog';
import { FRAGMENT_RENDER_QUEUE_NAME, type FragmentRenderMessage } from '../../src/article-render/limits';
import { RENDER_RETRIES } from '../../src/article-render/render-queue';
import { FAILED_RENDERER, RENDERER } from '../../src/article-render/renderer';
import worker from '../../src/index';
import { countingD1, markAllStale, page } from './article-fragments-support';
import { db, seedSampleNewsroom } from './support';
import { waitFor } from './webhooks-support';

type Story = { id: number; slug: string };
const published = async () =>
  (await env.DB.prepare("select id, slug from articles where status = 'published' and deleted_at is null order by id desc").all<Story>()).results;
const unnamed = async () =>
  (
    await env.DB.prepare(
      "select id, slug from articles where status = 'published' and deleted_at is null and id not in (select related_id from related_articles) order by id desc",
    ).all<Story>()
  ).results;
const row = (id: number) =>
  env.DB.prepare('select stale, renderer, rendered_at as renderedAt, article_html is not null as stored from article_renders where article_id = ?')
    .bind(id)
    .first<{ stale: number; renderer: string | null; renderedAt: number | null; stored: number }>();
const staleIds = async () => (await env.DB.prepare('select article_id as id from article_renders where stale = 1 order by article_id desc').all<{ id: number }>()).results.map((r) => r.id);
/** Until the local Queue has rendered everything the cron sent. */
const drained = () => waitFor(async () => (await staleIds()).length === 0, 'the render queue to drain');
const FREE = { ...env, D1_QUERIES_PER_INVOCATION: '50' };
/** A time past the largest Date: rendering the story throws (the editor API never stores one). */
const breakStory = (id: number) => env.DB.prepare('update articles set published_at = 9e15, updated_at = 9e15 where id = ?').bind(id).run();

let sent = 0;
async function deliver(bodies: number[][], attempts = 1, queueEnv: Cloudflare.Env = env) {
  const messages = bodies.map((ids) => ({ id: `render-${++sent}`, timestamp: Date.now(), attempts, body: { ids } satisfies FragmentRenderMessage }));
  const batch = createMessageBatch<FragmentRenderMessage>(FRAGMENT_RENDER_QUEUE_NAME, messages);
  const ctx = createExecutionContext();
  await worker.queue(batch, queueEnv);
  return { ids: messages.map((m) => m.id), result: await getQueueResult(batch, ctx) };
}

beforeAll(async () => {
  await seedSampleNewsroom();
  await markAllStale();
}, 60_000);

describe('the consumer', () => {
  it('renders the stale ids of a message and clears their staleness; a duplicate delivery renders nothing', async () => {
    const [a, b, c] = (await published()) as [Story, Story, Story];
    const first = await deliver([[c.id, a.id, b.id]]);
    expect(first.result.explicitAcks).toEqual(first.ids);
    expect(first.result.retryMessages).toEqual([]);
    for (const story of [a, b, c]) expect(await row(story.id)).toMatchObject({ stale: 0, renderer: RENDERER, stored: 1 });
    const renderedAt = (await row(a.id))!.renderedAt;
    const again = await deliver([[a.id, b.id, c.id]]);
    expect(again.result.explicitAcks).toEqual(again.ids);
    expect((await row(a.id))!.renderedAt).toBe(renderedAt);
    expect((await page(`/articles/${a.slug}`)).roundTrips).toBe(1);
  });

  it('retries a failing render without holding up the others, and stores it failed on the last attempt', async () => {
    // Stories no page names as previously reported (a related story's date is on the page too).
    const [broken, healthy] = (await unnamed()).slice(0, 2) as [Story, Story];
    await breakStory(broken.id);
    const first = await deliver([[broken.id, healthy.id]]);
    expect(first.result.retryMessages.map((r) => r.msgId)).toEqual(first.ids);
    expect(await row(healthy.id)).toMatchObject({ stale: 0, renderer: RENDERER, stored: 1 });
    expect((await row(broken.id))!.stale).toBe(1);
    const before = await deliver([[broken.id, healthy.id]], RENDER_RETRIES);
    expect(before.result.retryMessages.map((r) => r.msgId)).toEqual(before.ids);
    const last = await deliver([[broken.id, healthy.id]], RENDER_RETRIES + 1);
    expect(last.result.explicitAcks).toEqual(last.ids);
    expect(last.result.retryMessages).toEqual([]);
    // Never served; the page renders in full, and the next change renders it again.
    expect(await row(broken.id)).toMatchObject({ stale: 0, renderer: FAILED_RENDERER, stored: 0 });
    // Mended: the change marks it stale again, and the next message renders it.
    await env.DB.prepare('update articles set published_at = created_at, updated_at = created_at where id = ?').bind(broken.id).run();
    expect((await row(broken.id))!.stale).toBe(1);
    expect((await deliver([[broken.id]])).result.retryMessages).toEqual([]);
    expect(await row(broken.id)).toMatchObject({ stale: 0, renderer: RENDERER, stored: 1 });
  });

  it('stays within D1_QUERIES_PER_INVOCATION: on Workers Free (50) it renders 3 a message and none fails', async () => {
    const ids = (await staleIds()).slice(0, 10);
    const { db: counting, counter } = countingD1(env.DB);
    const one = await deliver([ids], 1, { ...FREE, DB: counting });
    expect(one.result.explicitAcks).toEqual(one.ids);
    expect(counter.queries).toBeLessThanOrEqual(50);
    expect(counter.queries).toBe(1 + 3 * 13);
    for (const id of ids.slice(0, 3)) expect(await row(id)).toMatchObject({ stale: 0, renderer: RENDERER });
    // The rest of a message sent under a larger budget waits for the cron (after the lease).
    for (const id of ids.slice(3)) expect((await row(id))!.stale).toBe(1);
    // Two messages in one invocation: the second waits for the next one, with a full budget.
    const two = await deliver([ids.slice(3, 6), ids.slice(6, 9)], 1, FREE);
    expect(two.result.explicitAcks).toEqual([two.ids[0]]);
    expect(two.result.retryMessages.map((r) => r.msgId)).toEqual([two.ids[1]]);
  });
});

describe('the cron', () => {
  it('sends the backlog newest first in messages one invocation renders; the queue drains it', async () => {
    await markAllStale();
    const stale = await staleIds();
    const { messages, inFlight } = await enqueueBacklog(db(), FREE, Date.now());
    expect(inFlight).toBe(0);
    expect(messages.flat()).toEqual(stale);
    expect(messages.every((ids) => ids.length <= 3)).toBe(true);
    await drained();
    const stories = await published();
    for (const story of stories.slice(0, 3)) expect((await page(`/articles/${story.slug}`)).roundTrips).toBe(1);
  }, 60_000);

  it('runs from the scheduled handler through the Worker\'s own Queue binding', async () => {
    await markAllStale();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    // Everything stale was claimed (or already rendered by the time we look).
    const claimed = await env.DB.prepare("select count(*) as n from article_renders where stale = 1 and coalesce(renderer, '') not like 'queued:%'").first<{ n: number }>();
    expect(claimed!.n).toBe(0);
    await drained();
  }, 60_000);

  it('never sends what is in flight again; a message lost for longer than the lease is sent again', async () => {
    await markAllStale();
    const now = Date.now();
    const [fresh, lost] = (await published()).slice(0, 2) as [Story, Story];
    // As if handed to the queue a moment ago, and one lease ago (then lost).
    await env.DB.prepare('update article_renders set renderer = ? where article_id = ?').bind(queuedMarker(now - 1_000), fresh.id).run();
    await env.DB.prepare('update article_renders set renderer = ? where article_id = ?').bind(queuedMarker(now - IN_FLIGHT_LEASE_MS - 1_000), lost.id).run();
    const first = await enqueueBacklog(db(), env, now);
    expect(first.inFlight).toBe(1);
    expect(first.messages.flat()).toContain(lost.id);
    expect(first.messages.flat()).not.toContain(fresh.id);
    const second = await enqueueBacklog(db(), env, now);
    expect(second.messages).toEqual([]);
    await waitFor(async () => (await staleIds()).join() === String(fresh.id), 'everything but the story in flight');
    const afterLease = await enqueueBacklog(db(), env, now + IN_FLIGHT_LEASE_MS + 1_000);
    expect(afterLease.messages).toEqual([[fresh.id]]);
    await drained();
  }, 60_000);

  it('renders its own share when the Worker has no render queue', async () => {
    await markAllStale();
    const { FRAGMENT_RENDER_QUEUE: _none, ...withoutQueue } = FREE;
    expect(await renderBacklog(db(), withoutQueue, Date.now())).toMatchObject({ queued: 0, rendered: 1 });
    await renderBacklog(db(), env, Date.now());
    await drained();
  }, 60_000);

  it('renders its own share when the queue refuses the send, and releases the claim so the next run sends it', async () => {
    await markAllStale();
    const before = (await staleIds()).length;
    // Stands in for a refused send (the Free plan's daily operations used up): nothing local can make Miniflare's Queue refuse.
    const refusing = { ...FREE, FRAGMENT_RENDER_QUEUE: { ...env.FRAGMENT_RENDER_QUEUE, sendBatch: () => Promise.reject(new Error('queue operations exhausted')) } };
    const now = Date.now();
    expect(await renderBacklog(db(), refusing as typeof FREE, now)).toMatchObject({ queued: 0, rendered: 1 });
    expect((await staleIds()).length).toBe(before - 1);
    const marked = await env.DB.prepare("select count(*) as n from article_renders where renderer like 'queued:%'").first<{ n: number }>();
    expect(marked?.n).toBe(0);
    // The next run, a minute later, is not blocked by a lease: it sends the rest.
    expect((await renderBacklog(db(), FREE, now + 60_000)).queued).toBeGreaterThan(0);
    await drained();
  }, 60_000);
});
