/**
 * Article fragments in the bench (src/article-render, docs/caching.md "Article fragments").
 * Production renders them right after each write and from the cron; the bench seeds straight
 * into D1, so every fragment starts stale and every cold article would take the full render.
 * This runs the Worker's own cron (the bundle's scheduled handler, through the trigger
 * endpoint only local servers have), and so its render queue, until no fragment is stale, so the cold scenarios measure
 * the path production serves. `markFragmentsStale` gives the other path, for one diagnostic row.
 */
import { triggerThroughEndpoint } from '../scripts/local-cron';

/**
 * A cron run sends the stale fragments to the render queue (src/article-render/backlog.ts,
 * up to 7,600 a run at D1's 1,000-queries limit), whose consumer renders them; the bound
 * assumes at least 10 a run, so a regression shows as an error instead of a hang.
 */
const maxCronRuns = (stale: number) => Math.ceil(stale / 10) + 5;

const staleFragments = async (d1: D1Database) =>
  (await d1.prepare('select count(*) as n from article_renders where stale = 1 or renderer is null').first<{ n: number }>())?.n ?? 0;

export async function renderFragmentsThroughCron(base: URL, d1: D1Database, log: (message: string) => void) {
  const trigger = triggerThroughEndpoint(base.origin);
  const started = performance.now();
  const before = await staleFragments(d1);
  let left = before;
  let runs = 0;
  while (left > 0 && runs < maxCronRuns(before)) {
    const outcome = await trigger('* * * * *', Date.now());
    runs++;
    if (outcome !== 'ok') throw new Error(`the scheduled handler ended with "${outcome}"`);
    // The renders run in the handler's waitUntil: wait (bounded) until this run's show up.
    for (let wait = 0; wait < 50 && (await staleFragments(d1)) === left; wait++) await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await staleFragments(d1);
    if (now === left) throw new Error(`a cron run rendered no article fragment (${left} still stale)`);
    left = now;
  }
  if (left > 0) throw new Error(`${left} article fragments still stale after ${runs} cron runs`);
  const seconds = (performance.now() - started) / 1000;
  log(`article fragments: ${before} rendered through the Worker's cron (${runs} runs) and render queue in ${seconds.toFixed(1)} s`);
  return { rendered: before, runs, seconds };
}

/** Every fragment stale, as right after a change to each story: readers get the full render. */
export const markFragmentsStale = (d1: D1Database) => d1.prepare('update article_renders set stale = 1, version = version + 1').run();
