/** /api/v1/editor/tags: everyone may list; editors create and rename, admins delete. */
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { tags } from '../../db/schema';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { cacheTag } from '../../edge-cache/tags';
import { tagUsage, listTags } from '../../queries/editor-taxonomy';
import { createTagSchema, slugParamSchema, updateTagSchema } from '../../schemas/taxonomy';
import { jsonBody, params } from './request-body';
import { inUse, notFoundBySlug, writeWithPurge, slugFor, uniqueSlugWrite } from './taxonomy-writes';

const columns = { id: tags.id, slug: tags.slug, name: tags.name };

export const tagRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('contributor'), async (c) => c.json({ items: await listTags(c.get('db')) }))
  .post('/', requireRole('editor'), ...jsonBody(createTagSchema), async (c) => {
    const input = c.req.valid('json');
    const slug = slugFor(input);
    const [row] = await uniqueSlugWrite(c.get('db').insert(tags).values({ ...input, slug }).returning(columns), slug);
    return c.json(row!, 201);
  })
  .patch('/:slug', requireRole('editor'), params(slugParamSchema), ...jsonBody(updateTagSchema), async (c) => {
    const { slug } = c.req.valid('param');
    const input = c.req.valid('json');
    const statement = c.get('db').update(tags).set(input).where(eq(tags.slug, slug)).returning(columns);
    const [row] = await uniqueSlugWrite(writeWithPurge(c, statement, [cacheTag.tag(slug), cacheTag.tag(input.slug ?? slug)], `tag ${slug} changed`), input.slug);
    if (!row) throw notFoundBySlug('tag', slug);
    return c.json(row);
  })
  .delete('/:slug', requireRole('admin'), params(slugParamSchema), async (c) => {
    const { slug } = c.req.valid('param');
    const [found] = await c.get('db').select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
    if (!found) throw notFoundBySlug('tag', slug);
    const used = await tagUsage(c.get('db'), found.id);
    if (used > 0) throw inUse('tag', used);
    await c.get('db').delete(tags).where(eq(tags.id, found.id));
    return c.body(null, 204);
  });
