/**
 * A stand-in for Workers Cache in the bench's production-cache-path preview (preview-server.ts).
 * Nothing local emulates Workers Cache (../shared/PLATFORM-NOTES.md), so the Worker is handed
 * this as `EDGE_CACHE_WORKERS_CACHE`, the binding src/edge-cache/workers-cache.ts looks for
 * first: with it, every request the Worker sees is a miss that it only labels (no Cache API
 * read or store, no tag-index write), as behind Workers Cache in production.
 *
 * It is bound as an RPC service binding to this entrypoint: Miniflare 5 (the one inside
 * wrangler 4.16x) has no `wrappedBindings` option any more, and an RPC stub offers the same
 * `purge({ tags })` call. It only counts purges; the bench's reads never make one.
 */
import { WorkerEntrypoint } from 'cloudflare:workers';

let purges = 0;

export default class WorkersCacheStub extends WorkerEntrypoint {
  /** Workers Cache's `cache.purge({ tags })`: accepted and counted, nothing stored to purge. */
  async purge(options) {
    purges++;
    return { success: true, errors: [], tags: options?.tags ?? [] };
  }

  /** `GET /purges`: how many purges the Worker asked for (for a check by hand). */
  async fetch() {
    return Response.json({ purges });
  }
}
