/**
 * Signed preview links (docs/newsroom.md "Preview links"): /preview/{token} shows a draft or
 * scheduled story in the reader's design to whoever holds the link. The token is 256 random
 * bits; D1 keeps only its SHA-256 (like invitations and sessions), so a leaked database
 * hands out no working links. Links expire (chosen on creation), can be revoked, and stop
 * working when the story is published (the real URL takes over) or trashed.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { people, previewLinks } from '../db/schema';
import { hashToken } from '../model/tokens';
import { randomSecret } from '../newsroom/secrets';
import { auditEntry, type Actor } from '../publishing/write-change';

const HOUR_MS = 60 * 60 * 1000;

/** The lifetimes a link may be given, by the value the form sends; '7d' unless chosen. */
export const PREVIEW_LIFETIMES = {
  '1h': { label: '1 hour', ms: HOUR_MS },
  '1d': { label: '1 day', ms: 24 * HOUR_MS },
  '7d': { label: '7 days', ms: 7 * 24 * HOUR_MS },
  '30d': { label: '30 days', ms: 30 * 24 * HOUR_MS },
} as const;
export type PreviewLifetime = keyof typeof PREVIEW_LIFETIMES;
export const DEFAULT_PREVIEW_LIFETIME: PreviewLifetime = '7d';

export const isPreviewLifetime = (value: unknown): value is PreviewLifetime => typeof value === 'string' && Object.hasOwn(PREVIEW_LIFETIMES, value);

/** Creates a link; the token is returned here once and never stored. */
export async function createPreviewLink(db: Db, actor: Actor, input: { articleId: number; personId: number; lifetime: PreviewLifetime; now?: number }) {
  const now = input.now ?? Date.now();
  const token = randomSecret();
  const expiresAt = new Date(now + PREVIEW_LIFETIMES[input.lifetime].ms);
  const [inserted] = await db.batch([
    db
      .insert(previewLinks)
      .values({ tokenHash: await hashToken(token), articleId: input.articleId, createdBy: input.personId, createdAt: new Date(now), expiresAt })
      .returning({ id: previewLinks.id }),
    auditEntry(db, actor, 'preview-link.create', input.articleId, { lifetime: input.lifetime, expiresAt: expiresAt.toISOString() }),
  ]);
  return { id: inserted[0]!.id, token, expiresAt };
}

/** Revokes link `linkId` of story `articleId`; false when there is no such live link. */
export async function revokePreviewLink(db: Db, actor: Actor, articleId: number, linkId: number, now = Date.now()): Promise<boolean> {
  const revoked = await db
    .update(previewLinks)
    .set({ revokedAt: new Date(now) })
    .where(and(eq(previewLinks.id, linkId), eq(previewLinks.articleId, articleId), isNull(previewLinks.revokedAt)))
    .returning({ id: previewLinks.id });
  if (!revoked.length) return false;
  // Audited after the fact (D1 batches cannot make a row conditional on the update): if this
  // insert failed, the link would still be revoked, which is the safe way to fail.
  await auditEntry(db, actor, 'preview-link.revoke', articleId, { linkId });
  return true;
}

export interface PreviewLinkRow {
  id: number;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  creator: string | null;
}

/** A story's links, newest first, one page (limit + 1 rows: the caller shows "Older"). */
export function listPreviewLinks(db: Db, articleId: number, options: { limit: number; offset: number }): Promise<PreviewLinkRow[]> {
  return db
    .select({ id: previewLinks.id, createdAt: previewLinks.createdAt, expiresAt: previewLinks.expiresAt, revokedAt: previewLinks.revokedAt, creator: people.name })
    .from(previewLinks)
    .leftJoin(people, eq(people.id, previewLinks.createdBy))
    .where(eq(previewLinks.articleId, articleId))
    .orderBy(desc(previewLinks.id))
    .limit(options.limit + 1)
    .offset(options.offset);
}
