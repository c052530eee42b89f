/** What authors, sections and tags routes share: slug defaults, 409s, cache purges. */
import type { Context } from 'hono';
import { HttpError } from '../../http/errors';
import type { EditorEnv } from '../../middleware/editor-auth';
import { cacheTag } from '../../edge-cache/tags';
import { slugify } from '../../model/slug';
import { purgeCacheTags } from '../../edge-cache/purge';
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

/** Taxonomy pages and lists show names: purge them and the pages of the item itself. */
export function purgeTaxonomy(c: Context<EditorEnv>, ...itemTags: string[]) {
  return purgeCacheTags(c.env, (p) => c.executionCtx.waitUntil(p), [cacheTag.taxonomy(), ...itemTags]);
}
