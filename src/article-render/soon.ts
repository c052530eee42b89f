/**
 * Re-renders the article fragments a write made stale, right after it, in the background
 * (waitUntil), so a changed story is served from its fragment again within a second or so:
 * the written stories and the few that name them (fragments.writtenFragments), never a
 * backlog, and only as many as the invocation's D1 budget leaves (limits.ts). Renames of
 * sections, authors and tags and new site settings stale many pages at once: the render queue
 * takes those (backlog.ts). Nothing depends on this running: a stale fragment is never served.
 */
import { getDb } from '../db/client';

export function renderFragmentsSoon(
  env: { DB: D1Database; SITE_NAME: string; D1_QUERIES_PER_INVOCATION?: string },
  waitUntil: (p: Promise<unknown>) => void,
  articleIds: number[],
): void {
  if (articleIds.length === 0) return;
  waitUntil(
    import('./fragments')
      .then(({ renderWrittenFragments }) => renderWrittenFragments(getDb(env.DB), env, articleIds))
      .catch((error) => console.error('article fragments: render after write failed; the render queue retries', error)),
  );
}
