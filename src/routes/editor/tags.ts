/** /api/v1/editor/tags: everyone may list; editors create and rename, admins delete. */
import { Hono } from 'hono';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { listTags } from '../../queries/editor-taxonomy';
import { createTagSchema, slugParamSchema, updateTagSchema } from '../../schemas/taxonomy';
import { jsonBody, params } from './request-body';
import { createTag, deleteTag, updateTag, writeScope } from './taxonomy-writes';

export const tagRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('contributor'), async (c) => c.json({ items: await listTags(c.get('db')) }))
  .post('/', requireRole('editor'), ...jsonBody(createTagSchema), async (c) => c.json(await createTag(writeScope(c), c.req.valid('json')), 201))
  .patch('/:slug', requireRole('editor'), params(slugParamSchema), ...jsonBody(updateTagSchema), async (c) =>
    c.json(await updateTag(writeScope(c), c.req.valid('param').slug, c.req.valid('json'))),
  )
  .delete('/:slug', requireRole('admin'), params(slugParamSchema), async (c) => {
    await deleteTag(writeScope(c), c.req.valid('param').slug);
    return c.body(null, 204);
  });
