/** /api/v1/editor/tokens (admin): create (the secret is returned once), list, revoke. */
import { Hono } from 'hono';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { HttpError } from '../../http/errors';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { createToken, listTokens, revokeToken, type TokenListing } from '../../queries/editor-tokens';
import { findTaxonomy } from '../../queries/editor-articles';
import { idParamSchema } from '../../schemas/common';
import { createTokenSchema } from '../../schemas/taxonomy';
import { jsonBody, params } from './request-body';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const toTokenJson = (t: TokenListing) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) });

/** Creates a token from the API's input (author by slug; 400 naming `author` if unknown); the newsroom's Tokens screen uses it too. */
export async function createTokenWithAuthor(db: Db, input: z.output<typeof createTokenSchema>, personId: number | null = null) {
  let authorId: number | null = null;
  if (input.author) {
    const { author } = await findTaxonomy(db, undefined, input.author, []);
    if (!author) throw new HttpError(400, 'validation_error', 'Unknown author', { fields: { author: [`no author "${input.author}"`] } });
    authorId = author.id;
  }
  return createToken(db, { name: input.name, role: input.role, authorId, personId });
}

export const tokenRoutes = new Hono<EditorEnv>()
  .use(requireRole('admin'))
  .get('/', async (c) => c.json({ items: (await listTokens(c.get('db'))).map(toTokenJson) }))
  .post('/', ...jsonBody(createTokenSchema), async (c) => {
    const { row, secret } = await createTokenWithAuthor(c.get('db'), c.req.valid('json'));
    return c.json({ ...toTokenJson(row), token: secret }, 201);
  })
  .post('/:id/revoke', params(idParamSchema), async (c) => {
    const row = await revokeToken(c.get('db'), c.req.valid('param').id, Date.now());
    if (!row) throw new HttpError(404, 'not_found', 'Token not found');
    return c.json(toTokenJson(row));
  });
