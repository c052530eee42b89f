/**
 * Invites a person to the newsroom (or sends an existing one a recovery link) and prints
 * the one-time link alone on the last line. docs/newsroom.md.
 *   npm run newsroom:invite -- --email ada@example.com --name "Ada Lovelace" --role admin
 *   npm run newsroom:invite -- --email ada@example.com --recovery
 *   npm run newsroom:invite -- ... --remote --origin https://news.example   # the production D1
 * Only the SHA-256 of the link's token is stored; the link works once, for 72 hours.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PERSON_ROLES } from '../src/db/schema-newsroom';
import { invitationPath, newInvitation, normalizeEmail } from '../src/newsroom/invitations';
import { exitWithUsageError, parseCommandLine } from './cli-args';
import { persistDir, persistToOption, projectRoot } from './local-state';

const COMMAND = 'npm run newsroom:invite';
const EMAIL = /^[^\s@'"\\]{1,64}@[^\s@'"\\]{1,190}\.[^\s@'"\\]{2,}$/;

const { values } = parseCommandLine({
  command: COMMAND,
  summary: 'Invites a person to the newsroom (or, with --recovery, issues a new sign-in link to someone already in it) and prints the one-time link alone on the last line. It works once, for 72 hours; only its SHA-256 is stored.',
  options: {
    email: { type: 'string', required: true, valueName: 'address', description: 'their email address (unique, case-insensitively)' },
    name: { type: 'string', valueName: 'name', description: 'their name as the newsroom shows it (required for an invitation)' },
    role: { type: 'string', choices: PERSON_ROLES, description: 'what they may do (required for an invitation)' },
    recovery: { type: 'boolean', description: 'a recovery link for an existing person, to register a new passkey' },
    origin: { type: 'string', valueName: 'url', default: 'http://localhost:8787', description: 'the site the link points to (passkeys need a domain name: localhost, not 127.0.0.1)' },
    'persist-to': persistToOption,
    remote: { type: 'boolean', description: 'write to the production D1 named in wrangler.toml (wrangler d1 execute --remote); pass --origin too' },
  },
  examples: [
    `${COMMAND} -- --email ada@example.com --name "Ada Lovelace" --role admin`,
    `${COMMAND} -- --email ada@example.com --recovery`,
  ],
  check: ({ values: v }) => {
    if (!EMAIL.test(v.email)) return `--email must be an email address (got '${v.email}')`;
    if (v.recovery && (v.name !== undefined || v.role !== undefined)) return '--recovery takes only --email: the person exists already';
    if (!v.recovery && (v.name === undefined || v.role === undefined)) return 'an invitation needs --name <name> and --role <contributor|editor|admin>';
    if (v.name !== undefined && (!v.name.trim() || v.name.length > 120 || /[\p{Cc}]/u.test(v.name))) return '--name takes 1 to 120 characters, no control characters';
    if (!/^https?:\/\/[^/?#\s]+$/.test(v.origin)) return `--origin must be a bare origin such as https://news.example (got '${v.origin}')`;
    return undefined;
  },
});

const origin = values.origin;
let token: string;

if (values.remote) {
  // Production: the same rows through wrangler. Strings are SQL literals with quotes
  // doubled (the only escape SQLite has); the check above already refused control characters.
  const q = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const invitation = await newInvitation();
  token = invitation.token;
  const email = normalizeEmail(values.email);
  const statements = [
    values.recovery ? '' : `INSERT INTO people (name, email, role) VALUES (${q(values.name!)}, ${q(email)}, ${q(values.role!)});`,
    `INSERT INTO invitations (token_hash, person_id, purpose, expires_at) SELECT ${q(invitation.tokenHash)}, id, ${q(values.recovery ? 'recovery' : 'invite')}, ${invitation.expiresAt.getTime()} FROM people WHERE email = ${q(email)} AND active = 1;`,
  ];
  execFileSync(resolve(projectRoot, 'node_modules/.bin/wrangler'), ['d1', 'execute', 'DB', '--remote', '--command', statements.join(' ')], {
    cwd: projectRoot,
    stdio: ['inherit', 'ignore', 'inherit'],
  });
} else {
  const persistTo = persistDir(values['persist-to']);
  // Loaded after the arguments are read: wrangler takes seconds to load, --help should not wait.
  const { applyMigrations, withLocalDb } = await import('./local-d1');
  const { invitePerson, issueRecovery } = await import('../src/newsroom/invitations');
  applyMigrations(persistTo);
  const outcome = await withLocalDb(persistTo, (db) =>
    values.recovery ? issueRecovery(db, values.email) : invitePerson(db, { name: values.name!.trim(), email: values.email, role: values.role! }),
  );
  if (typeof outcome !== 'string') exitWithUsageError(COMMAND, outcome.error);
  token = outcome;
}
console.error(values.recovery ? `Recovery link for ${values.email} (works once, for 72 hours):` : `Invited ${values.name} (${values.role}). Their link works once, for 72 hours:`);
console.log(`${origin}${invitationPath(token)}`);
