/** @jsxImportSource hono/jsx */
/**
 * /newsroom/tokens (admins; docs/newsroom.md "People and tokens"): list, create (the secret
 * shown once) and revoke API tokens, through the editor API's own functions
 * (routes/editor/tokens createTokenWithAuthor, queries/editor-tokens revokeToken). The
 * newsroom identity rows (identity.ts) are not tokens anyone holds: not listed, not revocable here.
 */
import { and, desc, eq, ne } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import type { Db } from '../db/client';
import { apiTokens, authors, people } from '../db/schema';
import { HttpError } from '../http/errors';
import { auditEntry } from '../publishing/write-change';
import { revokeToken } from '../queries/editor-tokens';
import { fieldDetails } from '../routes/editor/request-body';
import { createTokenWithAuthor } from '../routes/editor/tokens';
import { createTokenSchema } from '../schemas/taxonomy';
import { readSiteSettings } from '../site/settings';
import type { NewsroomEnv } from './env';
import { NEWSROOM_TOKEN_PREFIX, personActor } from './identity';
import { findPersonByEmail } from './invitations';
import type { PageState } from './people-views';
import { renderNewsroom, requirePersonRole, type RenderOptions } from './render';
import { authorChoices } from './taxonomy-kinds';
import { PAGE_SIZE, pageNumber } from './taxonomy';
import { TokenCreatedPage, TokensPage } from './tokens-views';

/** API tokens, newest first, with their owner's and byline's names. */
const listApiTokens = (db: Db, limit: number, offset: number) =>
  db
    .select({
      id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, prefix: apiTokens.tokenPrefix, createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt, ownerName: people.name, authorName: authors.name,
    })
    .from(apiTokens)
    .leftJoin(people, eq(people.id, apiTokens.personId))
    .leftJoin(authors, eq(authors.id, apiTokens.authorId))
    .where(ne(apiTokens.tokenPrefix, NEWSROOM_TOKEN_PREFIX))
    .orderBy(desc(apiTokens.id))
    .limit(limit)
    .offset(offset);
export type TokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const DONE: Record<string, string> = { revoked: 'Token revoked: it no longer works.' };

async function tokensPage(c: Context<NewsroomEnv>, page: number, state?: PageState, status?: RenderOptions['status']) {
  const [rows, authorList, settings] = await Promise.all([listApiTokens(c.var.db, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE), authorChoices(c.var.db), readSiteSettings(c.var.db, c.env)]);
  const body = (
    <TokensPage tokens={rows.slice(0, PAGE_SIZE)} page={page} hasNext={rows.length > PAGE_SIZE} authors={authorList} csrf={c.var.person.csrfToken} settings={settings} state={state} message={DONE[c.req.query('done') ?? '']} />
  );
  return renderNewsroom(c, 'API tokens', body, { person: c.var.person, status });
}

export const tokenScreens = new Hono<NewsroomEnv>()
  .use(requirePersonRole('admin'))
  .get('/', (c) => tokensPage(c, pageNumber(c.req.query('page'))))
  .post('/', async (c) => {
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const refuse = (errors: Record<string, string[]> | undefined, message: string, status: 400 | 409) =>
      tokensPage(c, 1, { values: form, errors, message, error: true }, status);
    const parsed = createTokenSchema.safeParse({ name: text(form.name), role: text(form.role), author: text(form.author) || null });
    if (!parsed.success) return refuse(fieldDetails(parsed.error).fields, 'Check the fields marked below.', 400);
    let ownerId: number | null = null;
    if (text(form.owner)) {
      const owner = await findPersonByEmail(c.var.db, text(form.owner));
      if (!owner) return refuse({ owner: ['nobody with this email is in the newsroom'] }, 'Check the fields marked below.', 400);
      ownerId = owner.id;
    }
    try {
      const { row, secret } = await createTokenWithAuthor(c.var.db, parsed.data, ownerId);
      await auditEntry(c.var.db, await personActor(c), 'token.create', null, { tokenId: row.id, name: row.name, role: row.role, ownerId });
      return renderNewsroom(c, 'Token created', <TokenCreatedPage name={row.name} secret={secret} />, { person: c.var.person });
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 400) throw error;
      return refuse((error.details as { fields?: Record<string, string[]> }).fields, error.message, 400);
    }
  })
  .post('/:id/revoke', async (c) => {
    const raw = c.req.param('id');
    const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : 0;
    const [token] = id ? await c.var.db.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.id, id), ne(apiTokens.tokenPrefix, NEWSROOM_TOKEN_PREFIX))) : [];
    if (!token) throw new HttpError(404, 'not_found', 'No such API token', { field: 'id' });
    await revokeToken(c.var.db, id, Date.now());
    await auditEntry(c.var.db, await personActor(c), 'token.revoke', null, { tokenId: id });
    return c.redirect('/newsroom/tokens?done=revoked', 303);
  });
