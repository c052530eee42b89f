/**
 * The newsroom acts through the same rules as the editor API: a signed-in person works as
 * an EditorIdentity, so canEditGuard, assertContributorMaySet, the publishing path and the
 * audit log treat a click in the browser exactly like a call with a token.
 *
 * Each person has one "newsroom identity" row in api_tokens (token_prefix 'newsroom',
 * person_id set). It is not a credential: its hash is of a random value that is thrown
 * away, so no bearer token matches it. It gives the person's stories an owner
 * (created_by_token_id, how contributors' ownership already works) and names the person in
 * revisions and the audit log. Its role follows the person's; its author_id is the
 * person's byline (set by admins on the People screen).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Db } from '../db/client';
import { apiTokens, authors } from '../db/schema';
import type { EditorIdentity } from '../middleware/editor-auth';
import type { Actor } from '../publishing';
import { generateApiToken, hashToken } from '../model/tokens';
import type { NewsroomEnv } from './env';
import type { SignedInPerson } from './sessions';

export const NEWSROOM_TOKEN_PREFIX = 'newsroom';

const identityRow = (db: Db, personId: number) =>
  db
    .select({ id: apiTokens.id, role: apiTokens.role, authorId: apiTokens.authorId, authorSlug: authors.slug })
    .from(apiTokens)
    .leftJoin(authors, eq(authors.id, apiTokens.authorId))
    .where(and(eq(apiTokens.personId, personId), eq(apiTokens.tokenPrefix, NEWSROOM_TOKEN_PREFIX), isNull(apiTokens.revokedAt)))
    .orderBy(apiTokens.id)
    .limit(1);

const ownTokenIds = (db: Db, personId: number) => db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.personId, personId));

/** The two reads an identity needs, as statements a screen can put in its own db.batch. */
export const identityReads = (db: Db, personId: number) => [identityRow(db, personId), ownTokenIds(db, personId)] as const;
export type IdentityRows = readonly [Awaited<ReturnType<typeof identityRow>>, Awaited<ReturnType<typeof ownTokenIds>>];

type IdentityPerson = Pick<SignedInPerson, 'id' | 'name' | 'role'>;

/** The identity from the rows of identityReads: created on first use, its role brought in line with the person's. */
async function identityFrom(db: Db, person: IdentityPerson, [rows, own]: IdentityRows): Promise<EditorIdentity> {
  let row = rows[0];
  if (!row) {
    await db.insert(apiTokens).values({
      name: `newsroom: ${person.name}`,
      role: person.role,
      tokenHash: await hashToken(generateApiToken()),
      tokenPrefix: NEWSROOM_TOKEN_PREFIX,
      personId: person.id,
    });
    // Read back (lowest id first): two first requests at once still settle on one row.
    [[row], own] = await db.batch(identityReads(db, person.id));
  } else if (row.role !== person.role) {
    await db.update(apiTokens).set({ role: person.role }).where(eq(apiTokens.id, row.id));
  }
  // Stories made with any of the person's tokens (their scripts' too) are theirs, as in the Stories list.
  return { tokenId: row!.id, name: person.name, role: person.role, authorId: row!.authorId, authorSlug: row!.authorSlug, ownTokenIds: own.map((t) => t.id) };
}

/** The person's identity (one round trip once it exists). Screens use personIdentity, which reads it once per request. */
export async function newsroomIdentity(db: Db, person: IdentityPerson): Promise<EditorIdentity> {
  return identityFrom(db, person, await db.batch(identityReads(db, person.id)));
}

export const newsroomActor = (identity: EditorIdentity): Actor => ({ tokenId: identity.tokenId, name: identity.name });

/**
 * The signed-in person's identity, worked out once per request and kept on the context
 * (c.var.identity), so a guard and an actor in one request cost one read. A screen that
 * batches its own reads passes its batch, which starts with identityReads' statements.
 */
export function personIdentity(c: Context<NewsroomEnv>, batch?: Promise<readonly [...IdentityRows, ...unknown[]]>): Promise<EditorIdentity> {
  const identity = c.var.identity ?? (batch ? batch.then(([rows, own]) => identityFrom(c.var.db, c.var.person, [rows, own])) : newsroomIdentity(c.var.db, c.var.person));
  c.set('identity', identity);
  return identity;
}

/** Who the audit log and revisions name for this request: the signed-in person. */
export const personActor = async (c: Context<NewsroomEnv>): Promise<Actor> => newsroomActor(await personIdentity(c));
