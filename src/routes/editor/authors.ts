/** /api/v1/editor/authors: everyone may list (to credit a story); admins manage. */
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { authors } from '../../db/schema';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { cacheTag } from '../../edge-cache/tags';
import { authorUsage, listAuthors } from '../../queries/editor-taxonomy';
import { createAuthorSchema, slugParamSchema, updateAuthorSchema } from '../../schemas/taxonomy';
import { jsonBody, params } from './request-body';
import { inUse, notFoundBySlug, writeWithPurge, slugFor, uniqueSlugWrite } from './taxonomy-writes';

const columns = { id: authors.id, slug: authors.slug, name: authors.name, bio: authors.bio, avatarUrl: authors.avatarUrl };

export const authorRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('contributor'), async (c) => c.json({ items: await listAuthors(c.get('db')) }))
  .post('/', requireRole('admin'), ...jsonBody(createAuthorSchema), async (c) => {
    const input = c.req.valid('json');
    const slug = slugFor(input);
    const [row] = await uniqueSlugWrite(c.get('db').insert(authors).values({ ...input, slug }).returning(columns), slug);
    return c.json(row!, 201);
  })
  .patch('/:slug', requireRole('admin'), params(slugParamSchema), ...jsonBody(updateAuthorSchema), async (c) => {
    const { slug } = c.req.valid('param');
    const input = c.req.valid('json');
    const statement = c.get('db').update(authors).set(input).where(eq(authors.slug, slug)).returning(columns);
    const [row] = await uniqueSlugWrite(writeWithPurge(c, statement, [cacheTag.author(slug), cacheTag.author(input.slug ?? slug)], `author ${slug} changed`), input.slug);
    if (!row) throw notFoundBySlug('author', slug);
    return c.json(row);
  })
  .delete('/:slug', requireRole('admin'), params(slugParamSchema), async (c) => {
    const { slug } = c.req.valid('param');
    const [found] = await c.get('db').select({ id: authors.id }).from(authors).where(eq(authors.slug, slug));
    if (!found) throw notFoundBySlug('author', slug);
    const used = await authorUsage(c.get('db'), found.id);
    if (used > 0) throw inUse('author', used);
    await c.get('db').delete(authors).where(eq(authors.id, found.id));
    return c.body(null, 204);
  });
