import type { Bindings } from '../env';

export interface PurgeResult {
  /** The cache tags that were invalidated. */
  tags: string[];
}

/**
 * Invalidates every cached response carrying any of `tags`. Every write path (editor API,
 * cron, scripts) calls this through the publishing code path.
 * The edge-cache issue replaces this body with the real local + global purge.
 */
export async function purgeCacheTags(_env: Bindings, _waitUntil: (p: Promise<unknown>) => void, tags: string[]): Promise<PurgeResult> {
  return { tags: [...new Set(tags)] };
}
