/**
 * Revokes an editor API token in the local D1 (at once: the next request with it is a 401).
 *   npm run token:revoke -- --id <id> [--persist-to dir]
 *   npm run token:revoke -- --prefix <first 8 characters, e.g. enc_AbCd> [--persist-to dir]
 * In production, an admin revokes through the API: POST /api/v1/editor/tokens/:id/revoke.
 */
import { parseArgs } from 'node:util';
import { and, eq, isNull } from 'drizzle-orm';
import { apiTokens } from '../src/db/schema';
import { applyMigrations, persistDirFromArgs, withLocalDb } from './local-d1';

const { values } = parseArgs({ options: { id: { type: 'string' }, prefix: { type: 'string' }, 'persist-to': { type: 'string' } } });
const id = values.id === undefined ? null : Number(values.id);
if ((id === null) === (values.prefix === undefined) || (id !== null && !Number.isSafeInteger(id))) {
  console.error('usage: npm run token:revoke -- (--id <id> | --prefix <prefix>) [--persist-to dir]');
  process.exit(2);
}

const persistTo = persistDirFromArgs();
applyMigrations(persistTo);
const revoked = await withLocalDb(persistTo, async (db) => {
  const match = and(id !== null ? eq(apiTokens.id, id) : eq(apiTokens.tokenPrefix, values.prefix!), isNull(apiTokens.revokedAt));
  const candidates = await db.select({ id: apiTokens.id }).from(apiTokens).where(match);
  if (candidates.length > 1) {
    console.error(`${candidates.length} live tokens start with ${values.prefix}; revoke by --id (ids: ${candidates.map((c) => c.id).join(', ')}).`);
    process.exit(1);
  }
  return db.update(apiTokens).set({ revokedAt: new Date() }).where(match).returning({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role });
});
if (revoked.length === 0) {
  console.error('No live token matched.');
  process.exit(1);
}
for (const t of revoked) console.log(`Revoked token ${t.id} "${t.name}" (${t.role}).`);
