/**
 * Creates an editor API token in the local D1 and prints it alone on the last line.
 *   npm run token:create -- --name <name> --role <contributor|editor|admin> [--persist-to dir]
 * The secret is shown once; only its SHA-256 is stored.
 */
import { parseArgs } from 'node:util';
import { apiTokens, TOKEN_ROLES, type TokenRole } from '../src/db/schema';
import { generateApiToken, hashToken } from '../src/model/tokens';
import { applyMigrations, persistDirFromArgs, withLocalDb } from './local-d1';

const { values } = parseArgs({
  options: { name: { type: 'string' }, role: { type: 'string' }, 'persist-to': { type: 'string' } },
});
const role = values.role as TokenRole;
if (!values.name || !TOKEN_ROLES.includes(role)) {
  console.error(`usage: npm run token:create -- --name <name> --role <${TOKEN_ROLES.join('|')}>`);
  process.exit(2);
}

const persistTo = persistDirFromArgs();
applyMigrations(persistTo);
const token = generateApiToken();
await withLocalDb(persistTo, async (db) => {
  await db.insert(apiTokens).values({
    name: values.name!,
    role,
    tokenHash: await hashToken(token),
    tokenPrefix: token.slice(0, 8),
  });
});
console.error(`Created ${role} token "${values.name}". It is shown once; store it now.`);
console.log(token);
