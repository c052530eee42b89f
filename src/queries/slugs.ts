/**
 * Which slugs are taken. Exact candidates through the slug indexes, never a LIKE on a
 * headline (D1 refuses patterns over 50 bytes, and a prefix scan grows with the archive).
 */
import { and, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, slugHistory } from '../db/schema';

/**
 * `public`: slugs readers have seen (articles ever published, and old slugs that still
 * redirect); what a draft is checked against, so a draft learns nothing about embargoed
 * or other people's unpublished stories. `reserved`: also scheduled ones; what publishing
 * and scheduling are checked against (the unique index covers exactly these).
 */
export type SlugScope = 'public' | 'reserved';

/** The `candidates` (at most 50) that another article holds in `scope`, now or in its slug history. */
export async function takenSlugs(db: Db, candidates: string[], exceptArticleId: number | null, scope: SlugScope): Promise<Set<string>> {
  const notThis = (column: typeof articles.id | typeof slugHistory.articleId) =>
    exceptArticleId === null ? undefined : sql`${column} <> ${exceptArticleId}`;
  const inScope = scope === 'public' ? isNotNull(articles.publishedAt) : ne(articles.status, 'draft');
  const [current, history] = await db.batch([
    db.select({ slug: articles.slug }).from(articles).where(and(inArray(articles.slug, candidates), inScope, notThis(articles.id))),
    db.select({ slug: slugHistory.slug }).from(slugHistory).where(and(inArray(slugHistory.slug, candidates), notThis(slugHistory.articleId))),
  ]);
  return new Set([...current, ...history].map((r) => r.slug));
}
