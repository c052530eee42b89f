/**
 * `npm run seed:scale -- --count 100000 [--persist-to dir]`: migrates the local D1, loads the
 * sample newsroom when empty (sections, authors, tags), then tops the synthetic articles up
 * to `--count` (bench/scale-seed.ts generates them inside SQLite, a few thousand per statement).
 */
import { parseCommandLine } from './cli-args';
import { persistDir, persistToOption } from './local-state';

const { values } = parseCommandLine({
  command: 'npm run seed:scale',
  summary: 'Migrates and seeds the local D1 like db:seed, then adds synthetic articles until there are --count of them (for scale runs).',
  options: {
    count: { type: 'integer', min: 1, required: true, valueName: 'articles', description: 'synthetic articles wanted in all' },
    'persist-to': persistToOption,
  },
  examples: ['npm run seed:scale -- --count 100000 --persist-to /tmp/newsroom-100k'],
});
const count = values.count;
// Loaded after the arguments are read: wrangler takes seconds to load, --help should not wait.
const [{ countScaleArticles, seedScaleArticles }, { withLocalDb }, { prepareLocalDb }] = await Promise.all([
  import('../bench/scale-seed'),
  import('./local-d1'),
  import('./seed'),
]);

const persistTo = persistDir(values['persist-to']);
await prepareLocalDb(persistTo);
const started = Date.now();
await withLocalDb(persistTo, async (db) => {
  const d1 = db.$client as D1Database;
  const before = await countScaleArticles(d1);
  const total = await seedScaleArticles(d1, count, Date.now(), (done) => console.error(`  ${done} / ${count} synthetic articles`));
  console.error(`Seeded ${total - before} synthetic articles (${total} in all) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
