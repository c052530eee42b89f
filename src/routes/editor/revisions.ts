/** An article's revision history, and bringing an earlier revision's content back. */
import { Hono } from 'hono';
import { HttpError } from '../../http/errors';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { findRevisionSnapshot, listRevisions, loadArticleState } from '../../queries/editor-articles';
import { idParamSchema } from '../../schemas/common';
import { revisionParamSchema } from '../../schemas/article';
import { actorOf, assertCanRead, depsOf } from './access';
import { articleEtag, toEditorArticle } from './article-response';
import { params } from './request-body';
import { restoreRevisionAs } from './restore-revision';

export const revisionRoutes = new Hono<EditorEnv>()
  .get('/:id/revisions', requireRole('contributor'), params(idParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    const state = await loadArticleState(c.get('db'), id);
    if (!state) throw new HttpError(404, 'not_found', 'Article not found');
    assertCanRead(c.get('editor'), state);
    const rows = await listRevisions(c.get('db'), id);
    return c.json({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) });
  })
  .get('/:id/revisions/:rev', requireRole('contributor'), params(revisionParamSchema), async (c) => {
    const { id, rev } = c.req.valid('param');
    const state = await loadArticleState(c.get('db'), id);
    if (!state) throw new HttpError(404, 'not_found', 'Article not found');
    assertCanRead(c.get('editor'), state);
    const found = await findRevisionSnapshot(c.get('db'), id, rev);
    if (!found) throw new HttpError(404, 'not_found', `Article ${id} has no revision ${rev}`);
    return c.json({ revision: rev, compacted: found.compacted, snapshot: { ...found.snapshot, id } });
  })
  .post('/:id/revisions/:rev/restore', requireRole('contributor'), params(revisionParamSchema), async (c) => {
    const { id, rev } = c.req.valid('param');
    const state = await restoreRevisionAs(c.get('db'), depsOf(c), c.get('editor'), actorOf(c), id, rev);
    c.header('ETag', articleEtag(state));
    return c.json(toEditorArticle(state, c.get('origin')));
  });
