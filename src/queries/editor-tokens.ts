/** API tokens: lookup by hash, listing, creation and revocation. Secrets are never stored. */
import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { apiTokens, type TokenRole } from '../db/schema';
import { generateApiToken, hashToken } from '../model/tokens';

/**
 * The live (not revoked) token with this secret, or null. A token that belongs to a person
 * lives only while the person is active (deactivating someone stops their scripts too), and
 * `personRole` is the person's current role, which caps the token's (editor-auth).
 */
export async function findLiveToken(db: Db, secret: string) {
  const [row] = await db
    .select({
      id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, authorId: apiTokens.authorId, lastUsedAt: apiTokens.lastUsedAt,
      authorSlug: sql<string | null>`(select slug from authors where authors.id = ${apiTokens.authorId})`,
      personRole: sql<TokenRole | null>`(select role from people where people.id = ${apiTokens.personId})`,
    })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, await hashToken(secret)),
        isNull(apiTokens.revokedAt),
        sql`(${apiTokens.personId} is null or exists (select 1 from people where people.id = ${apiTokens.personId} and people.active = 1))`,
      ),
    );
  return row ?? null;
}

/** Records use, at most once per `granularityMs`, so reads do not turn into writes. */
export async function touchToken(db: Db, id: number, now: number, granularityMs = 60_000) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date(now) })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now - granularityMs)))));
}

const publicColumns = {
  id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, prefix: apiTokens.tokenPrefix, authorId: apiTokens.authorId,
  createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt,
};

export const listTokens = (db: Db) => db.select(publicColumns).from(apiTokens).orderBy(asc(apiTokens.id));

/** Creates a token; returns its row and the secret, which is shown once. */
export async function createToken(db: Db, input: { name: string; role: TokenRole; authorId: number | null; personId?: number | null }) {
  const secret = generateApiToken();
  const [row] = await db
    .insert(apiTokens)
    .values({ ...input, tokenHash: await hashToken(secret), tokenPrefix: secret.slice(0, 8) })
    .returning(publicColumns);
  return { row: row!, secret };
}

/** Revokes a token (idempotent); null when there is no such token. */
export async function revokeToken(db: Db, id: number, now: number) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, ${now})` })
    .where(eq(apiTokens.id, id))
    .returning(publicColumns);
  return row ?? null;
}

export type TokenListing = Awaited<ReturnType<typeof listTokens>>[number];
