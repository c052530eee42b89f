/**
 * Slug allocation, as WordPress does it: a draft reserves nothing (two drafts may share a
 * slug), and the first article to be scheduled or published keeps it; the next one to go
 * out gets `-2`, `-3`... at that moment. Drafts are checked only against slugs readers have
 * seen, so a contributor cannot probe for other people's unpublished headlines.
 */
import type { Db } from '../db/client';
import { takenSlugs, type SlugScope } from '../queries/slugs';

/** Candidates per query: `base`, `base-2` ... `base-25`, then the next 25. */
const CANDIDATES_PER_QUERY = 25;

/** The first of `base`, `base-2`, `base-3`... that no other article holds in `scope`. */
export async function freeSlug(db: Db, base: string, exceptArticleId: number | null, scope: SlugScope): Promise<string> {
  for (let first = 1; ; first += CANDIDATES_PER_QUERY) {
    const candidates = Array.from({ length: CANDIDATES_PER_QUERY }, (_, i) => (first + i === 1 ? base : `${base}-${first + i}`));
    const taken = await takenSlugs(db, candidates, exceptArticleId, scope);
    const free = candidates.find((slug) => !taken.has(slug));
    if (free) return free;
  }
}

/** Whether `slug` is held by another article in `scope`. */
export async function isSlugTaken(db: Db, slug: string, exceptArticleId: number | null, scope: SlugScope): Promise<boolean> {
  return (await takenSlugs(db, [slug], exceptArticleId, scope)).has(slug);
}

/** Drafts are checked against what readers have seen; anything further along against all reserved slugs. */
export const slugScopeOf = (status: string): SlugScope => (status === 'draft' ? 'public' : 'reserved');
