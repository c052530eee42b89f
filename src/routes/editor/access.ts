/** Who may touch which article: contributors only their own drafts; editors and admins all. */
import type { Context } from 'hono';
import { HttpError } from '../../http/errors';
import { hasRole, type EditorEnv, type EditorIdentity } from '../../middleware/editor-auth';
import { workerPublishingDeps, type Actor, type ArticleState, type Guard } from '../../publishing';

const isOwn = (editor: EditorIdentity, article: ArticleState) =>
  article.createdByTokenId !== null && (editor.ownTokenIds ?? [editor.tokenId]).includes(article.createdByTokenId);

/** May read: editors everything, contributors what they created. */
export function assertCanRead(editor: EditorIdentity, article: ArticleState) {
  if (!hasRole(editor.role, 'editor') && !isOwn(editor, article)) {
    throw new HttpError(403, 'forbidden', 'Contributors can only see the articles they created');
  }
}

/** May edit: editors everything, contributors their own drafts (not once published or scheduled). */
export const canEditGuard = (editor: EditorIdentity): Guard => (article) => {
  assertCanRead(editor, article);
  if (!hasRole(editor.role, 'editor') && (article.status !== 'draft' || article.deletedAt !== null)) {
    throw new HttpError(403, 'forbidden', 'Contributors can only edit their own drafts');
  }
};

/**
 * Fields that decide where readers and share links go, or whom a story credits: a
 * contributor's draft is published by an editor who may not spot them, so only editors set
 * them. A contributor may credit the story to their own author profile, nobody else.
 */
export function assertContributorMaySet(editor: EditorIdentity, input: { canonicalUrl?: string | null; author?: string | null; heroImage?: object | null }) {
  // Another site's image is hotlinked, unchecked and can change under us: admins only (docs/media.md).
  if (input.heroImage && 'url' in input.heroImage && !hasRole(editor.role, 'admin')) {
    throw new HttpError(403, 'forbidden', 'Only admins can use an image from another site; upload it to the media library', {
      fields: { 'heroImage.url': ['only admins can use an external image; send { mediaId } from POST /api/v1/editor/media'] },
    });
  }
  if (hasRole(editor.role, 'editor')) return;
  const fields: Record<string, string[]> = {};
  if (input.canonicalUrl !== undefined && input.canonicalUrl !== null) fields.canonicalUrl = ['only editors and admins can point a story elsewhere'];
  if (input.author !== undefined && input.author !== editor.authorSlug) {
    fields.author = [editor.authorSlug ? `contributors can only credit their own byline ("${editor.authorSlug}")` : 'only editors and admins can set the byline'];
  }
  if (Object.keys(fields).length) throw new HttpError(403, 'forbidden', 'Contributors cannot set these fields', { fields });
}

export const actorOf = (c: Context<EditorEnv>): Actor => ({ tokenId: c.get('editor').tokenId, name: c.get('editor').name });

export const depsOf = (c: Context<EditorEnv>) => workerPublishingDeps(c.env, (p) => c.executionCtx.waitUntil(p));
