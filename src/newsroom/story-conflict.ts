/**
 * A save against an old revision writes nothing; the person is told who saved the newer one,
 * when, and which fields differ from the revision they started from (or, when that
 * revision's snapshot was compacted, from what they sent), with the current values.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { apiTokens, revisions } from '../db/schema';
import type { ArticleState } from '../publishing';
import { findRevisionSnapshot } from '../queries/editor-articles';
import { changedFields, storyFormValues, type StoryField, type StoryFormValues } from './story-form';

export interface StoryConflict {
  revision: number;
  savedAt: Date;
  savedBy: string | null;
  changed: StoryField[];
  fields: StoryFormValues;
}

/** Name of the person (or token) who wrote revision `revision` of the story. */
export async function revisionAuthor(db: Db, articleId: number, revision: number): Promise<string | null> {
  const [row] = await db
    .select({ name: sql<string>`coalesce((select p.name from people p where p.id = ${apiTokens.personId}), ${apiTokens.name})` })
    .from(revisions)
    .innerJoin(apiTokens, eq(apiTokens.id, revisions.tokenId))
    .where(and(eq(revisions.articleId, articleId), eq(revisions.revision, revision)));
  return row?.name ?? null;
}

/** A stored snapshot as a full state (tags may be stored as slugs by old writers). */
function snapshotState(current: ArticleState, snapshot: Partial<ArticleState>): ArticleState {
  const merged = { ...current, ...snapshot } as ArticleState;
  const tags = (snapshot.tags ?? current.tags) as unknown[];
  merged.tags = tags.map((t) => (typeof t === 'string' ? { id: 0, slug: t } : (t as { id: number; slug: string })));
  return merged;
}

export async function describeConflict(db: Db, current: ArticleState, baseRevision: number | null, sent: StoryFormValues): Promise<StoryConflict> {
  const fields = storyFormValues(current);
  const base = baseRevision ? await findRevisionSnapshot(db, current.id, baseRevision) : null;
  const compare = base && !base.compacted ? storyFormValues(snapshotState(current, base.snapshot)) : sent;
  return {
    revision: current.revision,
    savedAt: new Date(current.updatedAt),
    savedBy: await revisionAuthor(db, current.id, current.revision),
    changed: changedFields(compare, fields),
    fields,
  };
}

/** The 412 body's `details.current` (contract: autosave). */
export const conflictJson = (conflict: StoryConflict) => ({
  current: { revision: conflict.revision, savedAt: conflict.savedAt.toISOString(), savedBy: conflict.savedBy, changed: conflict.changed, fields: conflict.fields },
});
