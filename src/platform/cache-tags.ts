import type { Context } from 'hono';
import type { AppEnv } from '../env';

/**
 * Declares what the response being built depends on. Every public GET handler calls this
 * with the tags of everything it shows (names from model/cache-tags); the edge cache
 * stores the response under them and a write purges them.
 */
export function addCacheTags(c: Context<AppEnv>, ...tags: string[]) {
  const current = c.get('cacheTags');
  for (const tag of tags) if (!current.includes(tag)) current.push(tag);
}
