/**
 * A backlog of 1,000 stale fragments (tests/worker/scale-seed.ts) through the render queue:
 * what stays in flight while a run's messages are worked, and how long the local Queue takes
 * to drain it next to the cron rendering its own share. The times are printed, never
 * asserted (docs/caching.md has the figures and the production estimate).
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { enqueueBacklog, inFlightCount, MESSAGES_PER_CRON_RUN, renderStaleFragments } from '../../src/article-render/backlog';
import { rendersBesideOtherWork } from '../../src/article-render/limits';
import worker from '../../src/index';
import { markAllStale } from './article-fragments-support';
import { seedScaleArchive } from './scale-seed';
import { db } from './support';
import { waitFor } from './webhooks-support';

const ARTICLES = 1_000;
const staleCount = async () => (await env.DB.prepare('select count(*) as n from article_renders where stale = 1').first<{ n: number }>())!.n;
const staleIds = async () => (await env.DB.prepare('select article_id as id from article_renders where stale = 1 order by article_id desc').all<{ id: number }>()).results.map((r) => r.id);
const drained = () => waitFor(async () => (await staleCount()) === 0, 'the render queue to drain', 120_000);

beforeAll(async () => {
  await seedScaleArchive(env.DB, ARTICLES);
}, 60_000);

describe('a backlog of 1,000 stories', () => {
  it('keeps at most one run in flight on Workers Free, newest first, and never sends a story twice', async () => {
    const free = { ...env, D1_QUERIES_PER_INVOCATION: '50' };
    const stale = await staleIds();
    expect(stale.length).toBe(ARTICLES);
    const first = await enqueueBacklog(db(), free, Date.now());
    // 100 messages of 3 ids: the newest 300.
    expect(first.messages).toHaveLength(MESSAGES_PER_CRON_RUN);
    expect(first.messages.flat()).toEqual(stale.slice(0, 3 * MESSAGES_PER_CRON_RUN));
    // A run while those are worked: tops up only what the consumer finished meanwhile.
    const second = await enqueueBacklog(db(), free, Date.now());
    const sentTwice = second.messages.flat().filter((id) => first.messages.flat().includes(id));
    expect(sentTwice).toEqual([]);
    expect(second.inFlight + second.messages.flat().length).toBeLessThanOrEqual(3 * MESSAGES_PER_CRON_RUN);
    await waitFor(async () => (await inFlightCount(db(), Date.now()))[0]!.n === 0, 'the messages in flight', 120_000);
  }, 180_000);

  it('drains through the queue from one cron run (Workers Paid budget), and prints how long it took next to the cron alone', async () => {
    await markAllStale();
    const queueStarted = performance.now();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    await drained();
    const queueSeconds = (performance.now() - queueStarted) / 1000;

    await markAllStale();
    const perRun = rendersBesideOtherWork(env);
    let runs = 0;
    const cronStarted = performance.now();
    while ((await renderStaleFragments(db(), env, perRun)) > 0) runs++;
    const cronSeconds = (performance.now() - cronStarted) / 1000;
    expect(await staleCount()).toBe(0);
    console.log(
      `article fragments, ${ARTICLES} stale: render queue drained in ${queueSeconds.toFixed(1)} s locally (one cron run, ${Math.ceil(ARTICLES / 76)} messages); ` +
        `the cron alone needs ${runs} runs of ${perRun} (${runs} minutes at one run a minute; ${cronSeconds.toFixed(1)} s of rendering locally)`,
    );
  }, 240_000);
});
