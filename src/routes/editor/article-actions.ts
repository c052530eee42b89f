/**
 * Lifecycle of an article: publish (now or scheduled), unpublish, move to the trash and
 * restore. Editors and admins only: a contributor's draft goes live through an editor.
 */
import { Hono } from 'hono';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { PublishingError, publishArticle, restoreArticle, scheduleArticle, trashArticle, unpublishArticle } from '../../publishing';
import { publishSchema } from '../../schemas/article';
import { emptyBodySchema, idParamSchema } from '../../schemas/common';
import { actorOf, depsOf } from './access';
import { articleEtag, toEditorArticle } from './article-response';
import { idempotent } from './idempotency';
import { asHttp } from './publishing-errors';
import { jsonBody, params } from './request-body';

/** An `at` we can schedule at: parseable and in the future. */
function scheduleTime(at: string, now: number): number {
  const time = Date.parse(at);
  if (Number.isNaN(time)) throw new PublishingError('invalid_input', 'The publication time is not a valid date', { fields: { at: ['not a valid date'] } });
  if (time <= now) throw new PublishingError('invalid_input', 'The publication time must be in the future', { fields: { at: ['must be in the future'] } });
  return time;
}

export const articleActionRoutes = new Hono<EditorEnv>()
  .post('/:id/publish', requireRole('editor'), params(idParamSchema), ...jsonBody(publishSchema, { optional: true }), (c) =>
    idempotent(c, async () => {
      const { id } = c.req.valid('param');
      const { at } = c.req.valid('json');
      const deps = depsOf(c);
      const state = await asHttp(
        at === undefined
          ? publishArticle(c.get('db'), deps, actorOf(c), id)
          : Promise.resolve().then(() => scheduleArticle(c.get('db'), deps, actorOf(c), id, scheduleTime(at, deps.now()))),
      );
      return { status: 200, body: toEditorArticle(state, c.get('origin')) };
    }),
  )
  .post('/:id/unpublish', requireRole('editor'), params(idParamSchema), ...jsonBody(emptyBodySchema, { optional: true }), async (c) => {
    const state = await asHttp(unpublishArticle(c.get('db'), depsOf(c), actorOf(c), c.req.valid('param').id));
    c.header('ETag', articleEtag(state));
    return c.json(toEditorArticle(state, c.get('origin')));
  })
  .delete('/:id', requireRole('editor'), params(idParamSchema), async (c) => {
    const state = await asHttp(trashArticle(c.get('db'), depsOf(c), actorOf(c), c.req.valid('param').id));
    c.header('ETag', articleEtag(state));
    return c.json(toEditorArticle(state, c.get('origin')));
  })
  .post('/:id/restore', requireRole('editor'), params(idParamSchema), ...jsonBody(emptyBodySchema, { optional: true }), async (c) => {
    const state = await asHttp(restoreArticle(c.get('db'), depsOf(c), actorOf(c), c.req.valid('param').id));
    c.header('ETag', articleEtag(state));
    return c.json(toEditorArticle(state, c.get('origin')));
  });
