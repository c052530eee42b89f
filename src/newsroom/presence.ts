/**
 * "Who else has this story open": the editor's script reports every 20 s while its tab is
 * visible; a person counts as present for 60 s after their last report. One D1 batch per
 * report: stale rows out (an indexed range delete, so the table never outgrows the people
 * editing right now), this person's row upserted, the others read back.
 */
import { and, asc, eq, gte, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { people, storyPresence } from '../db/schema';

export const PRESENT_FOR_MS = 60_000;

export interface PresentPerson { name: string; since: Date }

const othersQuery = (db: Db, articleId: number, personId: number, now: number) =>
  db
    .select({ name: people.name, since: storyPresence.since })
    .from(storyPresence)
    .innerJoin(people, eq(people.id, storyPresence.personId))
    .where(and(eq(storyPresence.articleId, articleId), ne(storyPresence.personId, personId), gte(storyPresence.seenAt, new Date(now - PRESENT_FOR_MS))))
    .orderBy(asc(storyPresence.since))
    .limit(20);

/** Records that `personId` has story `articleId` open at `now`; answers who else does. */
export async function recordPresence(db: Db, articleId: number, personId: number, now = Date.now()): Promise<PresentPerson[]> {
  const at = new Date(now);
  const [, , others] = await db.batch([
    db.delete(storyPresence).where(lt(storyPresence.seenAt, new Date(now - PRESENT_FOR_MS))),
    db.insert(storyPresence).values({ articleId, personId, since: at, seenAt: at })
      .onConflictDoUpdate({ target: [storyPresence.articleId, storyPresence.personId], set: { seenAt: at } }),
    othersQuery(db, articleId, personId, now),
  ]);
  return others;
}

/** Who else has the story open, for the server-rendered page (no write). */
export const othersPresent = (db: Db, articleId: number, personId: number, now = Date.now()): Promise<PresentPerson[]> =>
  othersQuery(db, articleId, personId, now);
