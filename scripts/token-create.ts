/**
 * Creates an editor API token and prints it alone on the last line.
 *   npm run token:create -- --name <name> --role <contributor|editor|admin> [--persist-to dir]
 *   npm run token:create -- --name <name> --role admin --remote   # the production D1
 * The secret is shown once; only its SHA-256 is stored.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { apiTokens, TOKEN_ROLES } from '../src/db/schema';
import { generateApiToken, hashToken } from '../src/model/tokens';
import { parseCommandLine } from './cli-args';
import { persistDir, persistToOption, projectRoot } from './local-state';

const { values } = parseCommandLine({
  command: 'npm run token:create',
  summary: 'Creates an editor API token in the local D1 (or the production one with --remote) and prints it alone on the last line. It is shown once; only its SHA-256 is stored.',
  options: {
    name: { type: 'string', required: true, valueName: 'name', description: 'who or what the token is for: up to 80 letters, digits, spaces and . @ - _' },
    role: { type: 'string', required: true, choices: TOKEN_ROLES, description: 'what the token may do' },
    'persist-to': persistToOption,
    remote: { type: 'boolean', description: 'write to the production D1 named in wrangler.toml (wrangler d1 execute --remote)' },
  },
  examples: ['npm run token:create -- --name "Ada Lovelace" --role editor'],
  // The name goes into SQL for --remote: allow only plain words, so quoting is never an issue.
  check: ({ values: { name } }) => (/^[\w .@-]{1,80}$/.test(name) ? undefined : '--name takes up to 80 letters, digits, spaces and . @ - _'),
});
const { name, role } = values;

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
  const persistTo = persistDir(values['persist-to']);
  // Loaded after the arguments are read: wrangler takes seconds to load, --help should not wait.
  const { applyMigrations, withLocalDb } = await import('./local-d1');
  applyMigrations(persistTo);
  await withLocalDb(persistTo, (db) => db.insert(apiTokens).values(row));
}
console.error(`Created ${role} token "${name}". It is shown once; store it now.`);
console.log(token);
