/** /api/v1/editor/articles: list, create, read and update (If-Match) articles. */
import { Hono } from 'hono';
import { HttpError } from '../../http/errors';
import { hasRole, requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { encodeCursor, parseCursorParam } from '../../model/cursor';
import { createArticle, updateArticle } from '../../publishing';
import { listEditorArticleIds, loadArticleState, loadArticleStates } from '../../queries/editor-articles';
import { createArticleSchema, listArticlesQuerySchema, updateArticleSchema } from '../../schemas/article';
import { idParamSchema } from '../../schemas/common';
import { actorOf, assertCanRead, assertContributorMaySet, canEditGuard, depsOf } from './access';
import { articleEtag, expectedRevisionFromIfMatch, toEditorArticle } from './article-response';
import { idempotent } from './idempotency';
import { asHttp } from './publishing-errors';
import { jsonBody, params, query } from './request-body';

const DEFAULT_PAGE = 20;

export const articleRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('contributor'), query(listArticlesQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const cursor = parseCursorParam(q.cursor);
    if (!cursor.ok) throw new HttpError(400, 'validation_error', 'The cursor is not one this API issued', { fields: { cursor: ['invalid cursor'] } });
    const editor = c.get('editor');
    const limit = q.limit ?? DEFAULT_PAGE;
    const filters = {
      status: q.status,
      sectionSlug: q.section,
      authorSlug: q.author,
      createdByTokenId: hasRole(editor.role, 'editor') ? undefined : editor.tokenId,
    };
    const rows = await listEditorArticleIds(c.get('db'), filters, limit + 1, cursor.cursor);
    const page = rows.slice(0, limit);
    const states = await loadArticleStates(c.get('db'), page.map((r) => r.id));
    const last = page.at(-1);
    return c.json({
      items: states.map((s) => toEditorArticle(s, c.get('origin'))),
      nextCursor: rows.length > limit && last ? encodeCursor({ publishedAt: last.updatedAt.getTime(), id: last.id }) : null,
    });
  })
  .post('/', requireRole('contributor'), ...jsonBody(createArticleSchema), (c) =>
    idempotent(c, async () => {
      const editor = c.get('editor');
      assertContributorMaySet(editor, c.req.valid('json'));
      const state = await asHttp(
        createArticle(c.get('db'), depsOf(c), actorOf(c), c.req.valid('json'), { createdByTokenId: editor.tokenId, defaultAuthorSlug: editor.authorSlug }),
      );
      return { status: 201, body: toEditorArticle(state, c.get('origin')) };
    }),
  )
  .get('/:id', requireRole('contributor'), params(idParamSchema), async (c) => {
    const state = await loadArticleState(c.get('db'), c.req.valid('param').id);
    if (!state) throw new HttpError(404, 'not_found', 'Article not found');
    assertCanRead(c.get('editor'), state);
    c.header('ETag', articleEtag(state));
    return c.json(toEditorArticle(state, c.get('origin')));
  })
  .patch('/:id', requireRole('contributor'), params(idParamSchema), ...jsonBody(updateArticleSchema), async (c) => {
    const { id } = c.req.valid('param');
    assertContributorMaySet(c.get('editor'), c.req.valid('json'));
    const ifMatch = c.req.header('if-match');
    const state = await asHttp(
      updateArticle(c.get('db'), depsOf(c), actorOf(c), id, c.req.valid('json'), {
        guard: (before) => {
          canEditGuard(c.get('editor'))(before);
          expectedRevisionFromIfMatch(ifMatch, before);
        },
      }),
    );
    c.header('ETag', articleEtag(state));
    return c.json(toEditorArticle(state, c.get('origin')));
  });
