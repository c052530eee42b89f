/** /api/v1/editor/sections: everyone may list (to file a story); admins manage. */
import { Hono } from 'hono';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { listSections } from '../../queries/editor-taxonomy';
import { createSectionSchema, slugParamSchema, updateSectionSchema } from '../../schemas/taxonomy';
import { jsonBody, params } from './request-body';
import { createSection, deleteSection, updateSection, writeScope } from './taxonomy-writes';

export const sectionRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('contributor'), async (c) => c.json({ items: await listSections(c.get('db')) }))
  .post('/', requireRole('admin'), ...jsonBody(createSectionSchema), async (c) => c.json(await createSection(writeScope(c), c.req.valid('json')), 201))
  .patch('/:slug', requireRole('admin'), params(slugParamSchema), ...jsonBody(updateSectionSchema), async (c) =>
    c.json(await updateSection(writeScope(c), c.req.valid('param').slug, c.req.valid('json'))),
  )
  .delete('/:slug', requireRole('admin'), params(slugParamSchema), async (c) => {
    await deleteSection(writeScope(c), c.req.valid('param').slug);
    return c.body(null, 204);
  });
