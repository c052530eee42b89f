/**
 * Migrates the local D1 and loads the sample newsroom when it has no articles yet; used by
 * `npm run dev`, `preview`, `bench` and the tests. The command line is scripts/db-seed.ts.
 */
import { isEmpty, seedDatabase } from '../seed/seed-database';
import { applyMigrations, withLocalDb } from './local-d1';

/** Migrates, then seeds only an empty database; returns whether it seeded. */
export async function prepareLocalDb(persistTo: string): Promise<boolean> {
  applyMigrations(persistTo);
  return withLocalDb(persistTo, async (db) => {
    if (!(await isEmpty(db))) return false;
    const counts = await seedDatabase(db);
    console.error(`Seeded ${counts.articles} articles in ${counts.sections} sections.`);
    return true;
  });
}
