/**
 * Migrates the local D1 and loads the sample newsroom when it has no articles yet.
 *   npm run db:seed [-- --persist-to dir]
 */
import { isEmpty, seedDatabase } from '../seed/seed-database';
import { applyMigrations, persistDirFromArgs, withLocalDb } from './local-d1';

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

if (import.meta.main ?? process.argv[1]?.endsWith('seed.ts')) {
  const seeded = await prepareLocalDb(persistDirFromArgs());
  if (!seeded) console.error('The local database already has articles; nothing seeded.');
}
