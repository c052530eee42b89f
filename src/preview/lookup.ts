/**
 * The reader side of preview links (src/routes/preview.tsx): finding what a token opens.
 * Kept apart from links.ts, which writes (and loads the publishing code's audit helper):
 * readers' startup never pays for the newsroom's side.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, previewLinks } from '../db/schema';
import { hashToken } from '../model/tokens';

/** The paths of a link: the full edition, and its lite twin (views/edition's /lite prefix). */
export const previewPaths = (token: string) => ({ full: `/preview/${token}`, lite: `/lite/preview/${token}` });

/**
 * What a token opens, in one indexed read (the unique token_hash index, then the story by
 * primary key): null for an unknown or expired link. Revoked links are returned too, with
 * `revokedAt`: previewOutcome decides what they still do.
 */
export async function findPreviewLink(db: Db, token: string, now = Date.now()) {
  const [row] = await db
    .select({
      articleId: previewLinks.articleId, expiresAt: previewLinks.expiresAt, revokedAt: previewLinks.revokedAt,
      slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt, deletedAt: articles.deletedAt,
    })
    .from(previewLinks)
    .innerJoin(articles, eq(articles.id, previewLinks.articleId))
    .where(and(eq(previewLinks.tokenHash, await hashToken(token)), sql`${previewLinks.expiresAt} > ${now}`));
  return row ?? null;
}

type FoundLink = NonNullable<Awaited<ReturnType<typeof findPreviewLink>>>;

/**
 * What a link does. Publishing or trashing the story revokes its links for good (in the
 * same batch as the change: publishing/write-change), so unpublishing or restoring never
 * brings them back. While the story is public, a link revoked by its publication (at or
 * after the first publication time) still leads to the public page: a link shared before
 * publication lands readers on the story. Everything else is gone (404).
 */
export function previewOutcome(link: FoundLink | null): 'show' | 'public-page' | 'gone' {
  if (!link || link.deletedAt !== null) return 'gone';
  if (link.status === 'published') {
    const revokedByPublication = link.revokedAt === null || (link.publishedAt !== null && link.revokedAt >= link.publishedAt);
    return revokedByPublication ? 'public-page' : 'gone';
  }
  return link.revokedAt === null ? 'show' : 'gone';
}
