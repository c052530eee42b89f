/**
 * Revokes an editor API token in the local D1 (at once: the next request with it is a 401).
 *   npm run token:revoke -- --id <id> [--persist-to dir]
 *   npm run token:revoke -- --prefix <first 8 characters, e.g. enc_AbCd> [--persist-to dir]
 * In production, an admin revokes through the API: POST /api/v1/editor/tokens/:id/revoke.
 */
import { parseCommandLine } from './cli-args';
import { persistDir, persistToOption } from './local-state';

const { values } = parseCommandLine({
  command: 'npm run token:revoke',
  summary: 'Revokes an editor API token in the local D1, chosen by --id or by --prefix; the next request with it is a 401. In production, an admin revokes through POST /api/v1/editor/tokens/:id/revoke.',
  options: {
    id: { type: 'integer', min: 1, description: 'the token id (as listed by the editor API)' },
    prefix: { type: 'string', valueName: 'enc_XXXX', description: 'the first 8 characters of the token' },
    'persist-to': persistToOption,
  },
  examples: ['npm run token:revoke -- --prefix enc_AbCd'],
  check: ({ values: { id, prefix } }) => ((id === undefined) === (prefix === undefined) ? 'give either --id <n> or --prefix <enc_XXXX>, not both or neither' : undefined),
});
const { id, prefix } = values;
// Loaded after the arguments are read: wrangler takes seconds to load, --help should not wait.
const [{ and, eq, isNull }, { apiTokens }, { applyMigrations, withLocalDb }] = await Promise.all([
  import('drizzle-orm'),
  import('../src/db/schema'),
  import('./local-d1'),
]);

const persistTo = persistDir(values['persist-to']);
applyMigrations(persistTo);
const revoked = await withLocalDb(persistTo, async (db) => {
  const match = and(id !== undefined ? eq(apiTokens.id, id) : eq(apiTokens.tokenPrefix, prefix!), isNull(apiTokens.revokedAt));
  const candidates = await db.select({ id: apiTokens.id }).from(apiTokens).where(match);
  if (candidates.length > 1) {
    console.error(`${candidates.length} live tokens start with ${prefix}; revoke by --id (ids: ${candidates.map((c) => c.id).join(', ')}).`);
    process.exit(1);
  }
  return db.update(apiTokens).set({ revokedAt: new Date() }).where(match).returning({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role });
});
if (revoked.length === 0) {
  console.error('No live token matched.');
  process.exit(1);
}
for (const t of revoked) console.log(`Revoked token ${t.id} "${t.name}" (${t.role}).`);
