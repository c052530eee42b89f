/**
 * Reads of live entries. Reader statements start from the story's slug through `isPublic()`,
 * so entries of a draft, an embargoed or a trashed story are never read for a reader.
 * Every statement is one range of an index on (article_id, ...): no sort, whatever the size
 * of the story (tests/worker/query-plans-at-scale).
 */
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { BatchResponse } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { liveEntries, type LiveEntry } from '../db/schema';
import { publicIdBySlug } from './articles';

/** Pinned entries shown on a page (an editor pins a handful). */
export const PINNED_LIMIT = 10;
/** Entries a page renders server-side; older ones are one "Older entries" link away. */
export const PAGE_ENTRIES = 50;
/** Entries in the polling JSON: more than a newsroom posts between two polls. */
export const FEED_ENTRIES = 20;
export const KEY_EVENTS_LIMIT = 20;

/**
 * Statements for the same batch as the article (one D1 round trip): pinned entries, the
 * newest unpinned ones (before entry `before` on an "older entries" page; one more than
 * shown, to know whether older ones exist), and the key events.
 */
export function liveEntryStatements(db: Db, slug: string, options: { before?: number; recent?: number } = {}) {
  const articleId = publicIdBySlug(db, slug);
  const recent = options.recent ?? PAGE_ENTRIES;
  const ofArticle = sql`${liveEntries.articleId} = ${articleId}`;
  return [
    db.select().from(liveEntries).where(and(ofArticle, eq(liveEntries.pinned, true))).orderBy(desc(liveEntries.id)).limit(options.before ? 0 : PINNED_LIMIT),
    db
      .select()
      .from(liveEntries)
      .where(and(ofArticle, eq(liveEntries.pinned, false), options.before ? lt(liveEntries.id, options.before) : undefined))
      .orderBy(desc(liveEntries.id))
      .limit(recent + 1),
    db
      .select({ id: liveEntries.id, bodyText: liveEntries.bodyText, pinned: liveEntries.pinned, createdAt: liveEntries.createdAt })
      .from(liveEntries)
      .where(and(ofArticle, eq(liveEntries.keyEvent, true)))
      .orderBy(desc(liveEntries.id))
      .limit(KEY_EVENTS_LIMIT),
  ] as const;
}

export type LiveEntryResults = BatchResponse<ReturnType<typeof liveEntryStatements>>;

export interface LiveEntriesRecord {
  /** Pinned first, then newest first. */
  entries: LiveEntry[];
  keyEvents: Pick<LiveEntry, 'id' | 'bodyText' | 'pinned' | 'createdAt'>[];
  /** Id to continue from on the "older entries" page; null when these are the oldest. */
  olderBefore: number | null;
  /** True on an "older entries" page (`?before=`). */
  olderPage?: boolean;
}

export function toLiveEntries([pinned, recentRows, keyEvents]: LiveEntryResults, recent = PAGE_ENTRIES): LiveEntriesRecord {
  const shown = recentRows.slice(0, recent);
  return { entries: [...pinned, ...shown], keyEvents, olderBefore: recentRows.length > recent ? (shown.at(-1)?.id ?? null) : null };
}

/** One entry of article `articleId` (any status: the editor API), or null. */
export async function findLiveEntry(db: Db, articleId: number, entryId: number): Promise<LiveEntry | null> {
  const [row] = await db.select().from(liveEntries).where(and(eq(liveEntries.id, entryId), eq(liveEntries.articleId, articleId)));
  return row ?? null;
}
