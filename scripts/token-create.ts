/**
 * Creates an editor API token and prints it alone on the last line.
 *   npm run token:create -- --name <name> --role <contributor|editor|admin> [--persist-to dir]
 *   npm run token:create -- --name <name> --role admin --remote   # the production D1
 * The secret is shown once; only its SHA-256 is stored.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { apiTokens, TOKEN_ROLES, type TokenRole } from '../src/db/schema';
import { generateApiToken, hashToken } from '../src/model/tokens';
import { applyMigrations, persistDirFromArgs, projectRoot, withLocalDb } from './local-d1';

const { values } = parseArgs({
  options: { name: { type: 'string' }, role: { type: 'string' }, 'persist-to': { type: 'string' }, remote: { type: 'boolean' } },
});
const role = values.role as TokenRole;
const name = values.name ?? '';
// The name goes into SQL for --remote: allow only plain words, so quoting is never an issue.
if (!/^[\w .@-]{1,80}$/.test(name) || !TOKEN_ROLES.includes(role)) {
  console.error(`usage: npm run token:create -- --name <name: letters, digits, " .@-_"> --role <${TOKEN_ROLES.join('|')}> [--remote]`);
  process.exit(2);
}

const token = generateApiToken();
const row = { name, role, tokenHash: await hashToken(token), tokenPrefix: token.slice(0, 8) };

if (values.remote) {
  // Production: the same row, written by wrangler to the D1 named in wrangler.toml.
  const sql = `INSERT INTO api_tokens (name, role, token_hash, token_prefix) VALUES ('${row.name}', '${row.role}', '${row.tokenHash}', '${row.tokenPrefix}')`;
  execFileSync(resolve(projectRoot, 'node_modules/.bin/wrangler'), ['d1', 'execute', 'DB', '--remote', '--command', sql], {
    cwd: projectRoot,
    stdio: ['inherit', 'ignore', 'inherit'],
  });
} else {
  const persistTo = persistDirFromArgs();
  applyMigrations(persistTo);
  await withLocalDb(persistTo, (db) => db.insert(apiTokens).values(row));
}
console.error(`Created ${role} token "${name}". It is shown once; store it now.`);
console.log(token);
