/**
 * `npm run db:seed [-- --persist-to dir]`: migrates the local D1 and loads the sample
 * newsroom when it has no articles yet.
 */
import { parseCommandLine } from './cli-args';
import { persistDir, persistToOption } from './local-state';

const { values } = parseCommandLine({
  command: 'npm run db:seed',
  summary: 'Applies pending migrations to the local D1, then loads the sample newsroom if it has no articles.',
  options: { 'persist-to': persistToOption },
  examples: ['npm run db:seed -- --persist-to /tmp/newsroom'],
});
// Loaded after the arguments are read: wrangler takes seconds to load, --help should not wait.
const { prepareLocalDb } = await import('./seed');
const seeded = await prepareLocalDb(persistDir(values['persist-to']));
if (!seeded) console.error('The local database already has articles; nothing seeded.');
