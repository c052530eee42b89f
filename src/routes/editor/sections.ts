/** /api/v1/editor/sections: everyone may list (to file a story); admins manage. */
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { sections } from '../../db/schema';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { cacheTag } from '../../edge-cache/tags';
import { sectionUsage, listSections } from '../../queries/editor-taxonomy';
import { createSectionSchema, slugParamSchema, updateSectionSchema } from '../../schemas/taxonomy';
import { jsonBody, params } from './request-body';
import { inUse, notFoundBySlug, writeWithPurge, slugFor, uniqueSlugWrite } from './taxonomy-writes';

const columns = { id: sections.id, slug: sections.slug, name: sections.name, description: sections.description, position: sections.position };

export const sectionRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('contributor'), async (c) => c.json({ items: await listSections(c.get('db')) }))
  .post('/', requireRole('admin'), ...jsonBody(createSectionSchema), async (c) => {
    const input = c.req.valid('json');
    const slug = slugFor(input);
    const [row] = await uniqueSlugWrite(writeWithPurge(c, c.get('db').insert(sections).values({ ...input, slug }).returning(columns), [cacheTag.section(slug)], `section ${slug} created`), slug);
    return c.json(row!, 201);
  })
  .patch('/:slug', requireRole('admin'), params(slugParamSchema), ...jsonBody(updateSectionSchema), async (c) => {
    const { slug } = c.req.valid('param');
    const input = c.req.valid('json');
    const statement = c.get('db').update(sections).set(input).where(eq(sections.slug, slug)).returning(columns);
    const [row] = await uniqueSlugWrite(writeWithPurge(c, statement, [cacheTag.section(slug), cacheTag.section(input.slug ?? slug)], `section ${slug} changed`), input.slug);
    if (!row) throw notFoundBySlug('section', slug);
    return c.json(row);
  })
  .delete('/:slug', requireRole('admin'), params(slugParamSchema), async (c) => {
    const { slug } = c.req.valid('param');
    const [found] = await c.get('db').select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
    if (!found) throw notFoundBySlug('section', slug);
    const used = await sectionUsage(c.get('db'), found.id);
    if (used > 0) throw inUse('section', used);
    await writeWithPurge(c, c.get('db').delete(sections).where(eq(sections.id, found.id)), [cacheTag.section(slug)], `section ${slug} deleted`);
    return c.body(null, 204);
  });
