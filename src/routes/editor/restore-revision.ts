/**
 * "Restore this revision", shared by the editor API (POST /articles/{id}/revisions/{rev}/restore)
 * and the newsroom's Revisions screen: one set of rules, one publishing call, so a restore
 * from the browser writes the same row, revision and audit entry as one through a token.
 */
import type { Db } from '../../db/client';
import { HttpError } from '../../http/errors';
import type { EditorIdentity } from '../../middleware/editor-auth';
import { restoreRevision, type Actor, type ArticleState, type PublishingDeps } from '../../publishing';
import { KEEP_FULL_SNAPSHOTS } from '../../publishing/revision-retention';
import { findRevisionSnapshot } from '../../queries/editor-articles';
import { assertContributorMaySet, canEditGuard } from './access';
import { asHttp } from './publishing-errors';

/** Restores revision `rev` of article `id` as `editor`; HttpErrors for missing, compacted or forbidden. */
export async function restoreRevisionAs(db: Db, deps: PublishingDeps, editor: EditorIdentity, actor: Actor, id: number, rev: number): Promise<ArticleState> {
  const found = await findRevisionSnapshot(db, id, rev);
  if (!found) throw new HttpError(404, 'not_found', `Article ${id} has no revision ${rev}`);
  if (found.compacted) {
    throw new HttpError(410, 'revision_compacted', `Revision ${rev} is too old to restore: only the newest ${KEEP_FULL_SNAPSHOTS} revisions keep their content`, { revision: rev });
  }
  const guard = (before: ArticleState) => {
    canEditGuard(editor)(before);
    // Restoring must not let a contributor bring back a byline or canonical URL they could not set.
    const { canonicalUrl, authorSlug } = found.snapshot;
    assertContributorMaySet(editor, {
      canonicalUrl: canonicalUrl !== undefined && canonicalUrl !== before.canonicalUrl ? canonicalUrl : undefined,
      author: authorSlug !== undefined && authorSlug !== before.authorSlug ? authorSlug : undefined,
    });
  };
  return asHttp(restoreRevision(db, deps, actor, id, found.snapshot, { guard }));
}
