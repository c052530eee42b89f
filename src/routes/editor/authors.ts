/** /api/v1/editor/authors: everyone may list (to credit a story); admins manage. */
import { Hono } from 'hono';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { listAuthors } from '../../queries/editor-taxonomy';
import { createAuthorSchema, slugParamSchema, updateAuthorSchema } from '../../schemas/taxonomy';
import { jsonBody, params } from './request-body';
import { createAuthor, deleteAuthor, updateAuthor, writeScope } from './taxonomy-writes';

export const authorRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('contributor'), async (c) => c.json({ items: await listAuthors(c.get('db')) }))
  .post('/', requireRole('admin'), ...jsonBody(createAuthorSchema), async (c) => c.json(await createAuthor(writeScope(c), c.req.valid('json')), 201))
  .patch('/:slug', requireRole('admin'), params(slugParamSchema), ...jsonBody(updateAuthorSchema), async (c) =>
    c.json(await updateAuthor(writeScope(c), c.req.valid('param').slug, c.req.valid('json'))),
  )
  .delete('/:slug', requireRole('admin'), params(slugParamSchema), async (c) => {
    await deleteAuthor(writeScope(c), c.req.valid('param').slug);
    return c.body(null, 204);
  });
