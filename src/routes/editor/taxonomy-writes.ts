/** What authors, sections and tags routes share: slug defaults, 409s, cache purges. */
import type { Context } from 'hono';
import { HttpError } from '../../http/errors';
import type { EditorEnv } from '../../middleware/editor-auth';
import { cacheTag } from '../../edge-cache/tags';
import { slugify } from '../../model/slug';
import type { BatchItem } from 'drizzle-orm/batch';
import { purgeOutboxInsert, runOutboxPurge } from '../../edge-cache/outbox';
import { isUniqueViolation } from '../../queries/editor-taxonomy';

export const slugFor = (input: { slug?: string; name: string }) => input.slug ?? slugify(input.name);

/** Runs a write; a taken slug becomes 409 instead of a 500. */
export async function uniqueSlugWrite<T>(work: Promise<T>, slug: string | undefined): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'slug_taken', `The slug "${slug}" is already in use`, { fields: { slug: ['already in use'] } });
    throw error;
  }
}

export const notFoundBySlug = (what: string, slug: string) => new HttpError(404, 'not_found', `No ${what} "${slug}"`);
export const inUse = (what: string, n: number) =>
  new HttpError(409, 'in_use', `This ${what} is used by ${n} article(s) or token(s); move them first`);

/**
 * Runs a taxonomy write and its purge-outbox row in one batch, then the purge: every page
 * shows the section navigation and names (`taxonomy`), plus the item's own pages. Tags and
 * authors nobody public uses are invisible to readers, so creating or deleting one (only
 * possible while unused) needs no purge at all; a rename does.
 */
export async function writeWithPurge<T>(c: Context<EditorEnv>, statement: BatchItem<'sqlite'> & PromiseLike<T>, itemTags: string[], reason: string): Promise<T> {
  const db = c.get('db');
  const tags = [cacheTag.taxonomy(), ...itemTags];
  const [result, outbox] = (await db.batch([statement, purgeOutboxInsert(db, tags, reason)])) as [T, { id: number }[]];
  await runOutboxPurge(c.env, (p) => c.executionCtx.waitUntil(p), outbox[0]!.id, tags);
  return result;
}
