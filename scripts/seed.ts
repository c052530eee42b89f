/**
 * Migrates the local D1 and loads the sample newsroom when it has no articles yet, with its
 * photos in local R2 (seed/photos); used by
 * `npm run dev`, `preview`, `bench` and the tests. The command line is scripts/db-seed.ts.
 */
import { isEmpty, seedDatabase } from '../seed/seed-database';
import { applyMigrations, withLocalDb } from './local-d1';
import { seedPhotos } from '../seed/photos/seed-photos';

/** Migrates, then seeds only an empty database; returns whether it seeded. */
export async function prepareLocalDb(persistTo: string): Promise<boolean> {
  applyMigrations(persistTo);
  return withLocalDb(persistTo, async (db, env) => {
    const empty = await isEmpty(db);
    if (empty) {
      const counts = await seedDatabase(db);
      console.error(`Seeded ${counts.articles} articles in ${counts.sections} sections.`);
    }
    // Every time, idempotently: a database seeded before the photos existed gets them too.
    const photos = await seedPhotos(db, env.MEDIA);
    if (photos) console.error(`Seed photos: ${photos} stories now show a photo (seed/photos).`);
    return empty;
  });
}
