/**
 * Share counts in the editor API, `GET /api/v1/editor/articles/:id/shares` (mounted by
 * routes/editor, behind its bearer auth and `private, no-store`): the same all-time counts
 * readers see, for any article the token may read, published or not.
 */
import { Hono } from 'hono';
import { HttpError } from '../http/errors';
import { requireRole, type EditorEnv } from '../middleware/editor-auth';
import { loadArticleState } from '../queries/editor-articles';
import { getShareCounts } from '../queries/shares';
import { idParamSchema } from '../schemas/common';
import { assertCanRead } from './editor/access';
import { params } from './editor/request-body';
import { countsWithZeros } from './share-counts';

export const editorShareCountRoutes = new Hono<EditorEnv>().get('/:id/shares', requireRole('contributor'), params(idParamSchema), async (c) => {
  const { id } = c.req.valid('param');
  const state = await loadArticleState(c.get('db'), id);
  if (!state) throw new HttpError(404, 'not_found', 'Article not found');
  assertCanRead(c.get('editor'), state);
  const counts = await getShareCounts(c.get('db'), id);
  return c.json({ id, slug: state.slug, ...countsWithZeros(counts) });
});
