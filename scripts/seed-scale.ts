/**
 * `npm run seed:scale -- --count 100000 [--persist-to dir]`: migrates the local D1, loads the
 * sample newsroom when empty (sections, authors, tags), then tops the synthetic articles up
 * to `--count` (bench/scale-seed.ts generates them inside SQLite, a few thousand per statement).
 */
import { parseArgs } from 'node:util';
import { countScaleArticles, seedScaleArticles } from '../bench/scale-seed';
import { persistDirFromArgs, withLocalDb } from './local-d1';
import { prepareLocalDb } from './seed';

const { values } = parseArgs({ options: { count: { type: 'string' }, 'persist-to': { type: 'string' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run seed:scale -- --count <articles> [--persist-to dir]');
  process.exit(2);
}

const persistTo = persistDirFromArgs();
await prepareLocalDb(persistTo);
const started = Date.now();
await withLocalDb(persistTo, async (db) => {
  const d1 = db.$client as D1Database;
  const before = await countScaleArticles(d1);
  const total = await seedScaleArticles(d1, count, Date.now(), (done) => console.error(`  ${done} / ${count} synthetic articles`));
  console.error(`Seeded ${total - before} synthetic articles (${total} in all) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
