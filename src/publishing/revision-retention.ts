/**
 * How much history an article keeps, so storage per article is bounded however often it is
 * saved (an autosaving editor writes a revision every few seconds). The newest revisions keep
 * full snapshots and can be restored; older ones are thinned to who/when/what (title, slug,
 * status); the oldest rows go. The audit log still records every change.
 *
 * Bound: KEEP_FULL_SNAPSHOTS x (the largest snapshot, < 1.5 MB) + KEEP_REVISION_ROWS x ~0.5 KB.
 */
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { revisions } from '../db/schema';

/** Revisions whose full content is kept (restorable). */
export const KEEP_FULL_SNAPSHOTS = 20;
/** Revision rows kept at all (listed in the history). */
export const KEEP_REVISION_ROWS = 200;

/**
 * Statements for the write that creates revision `newest`: each touches at most a row or
 * two through the (article_id, revision) index, so they add almost nothing to a save.
 */
export function retentionStatements(db: Db, articleId: number, newest: number) {
  return [
    db
      .update(revisions)
      .set({
        snapshot: sql`json_object('title', json_extract(${revisions.snapshot}, '$.title'), 'slug', json_extract(${revisions.snapshot}, '$.slug'), 'status', json_extract(${revisions.snapshot}, '$.status'))`,
        compacted: true,
      })
      .where(and(eq(revisions.articleId, articleId), lte(revisions.revision, newest - KEEP_FULL_SNAPSHOTS), eq(revisions.compacted, false))),
    db.delete(revisions).where(and(eq(revisions.articleId, articleId), lte(revisions.revision, newest - KEEP_REVISION_ROWS))),
  ];
}
