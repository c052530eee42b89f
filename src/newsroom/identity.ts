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
import type { Db } from '../db/client';
import { apiTokens, authors } from '../db/schema';
import type { EditorIdentity } from '../middleware/editor-auth';
import type { Actor } from '../publishing';
import { generateApiToken, hashToken } from '../model/tokens';
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

/** The person's identity, created on first use; its role is brought in line with the person's. */
export async function newsroomIdentity(db: Db, person: Pick<SignedInPerson, 'id' | 'name' | 'role'>): Promise<EditorIdentity> {
  let [row] = await identityRow(db, person.id);
  if (!row) {
    await db.insert(apiTokens).values({
      name: `newsroom: ${person.name}`,
      role: person.role,
      tokenHash: await hashToken(generateApiToken()),
      tokenPrefix: NEWSROOM_TOKEN_PREFIX,
      personId: person.id,
    });
    [row] = await identityRow(db, person.id);
  } else if (row.role !== person.role) {
    await db.update(apiTokens).set({ role: person.role }).where(eq(apiTokens.id, row.id));
  }
  // Stories made with any of the person's tokens (their scripts' too) are theirs, as in the Stories list.
  const own = await db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.personId, person.id));
  return { tokenId: row!.id, name: person.name, role: person.role, authorId: row!.authorId, authorSlug: row!.authorSlug, ownTokenIds: own.map((t) => t.id) };
}

export const newsroomActor = (identity: EditorIdentity): Actor => ({ tokenId: identity.tokenId, name: identity.name });
