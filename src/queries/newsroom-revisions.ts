/**
 * The Revisions screen's reads: an article's revisions with who made each (the token's
 * person, else the token's name, else the actor the audit log recorded: "cron", a script),
 * a page at a time, and two revisions' snapshots for a comparison.
 */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { apiTokens, auditLog, people, revisions } from '../db/schema';
import type { ArticleState } from '../publishing';

export interface RevisionEntry {
  revision: number;
  action: string;
  createdAt: Date;
  compacted: boolean;
  /** The person, token or process that made the change, as people know it. */
  by: string;
}

const entryColumns = {
  revision: revisions.revision,
  action: revisions.action,
  createdAt: revisions.createdAt,
  compacted: revisions.compacted,
  tokenId: revisions.tokenId,
  tokenName: apiTokens.name,
  personName: people.name,
};

const entriesOf = (db: Db) =>
  db.select(entryColumns).from(revisions).leftJoin(apiTokens, eq(apiTokens.id, revisions.tokenId)).leftJoin(people, eq(people.id, apiTokens.personId));

type EntryRow = { revision: number; tokenId: number | null; tokenName: string | null; personName: string | null };

/** Names who made each row: the token's person, the token, or the audit log's actor for token-less changes. */
async function bylines(db: Db, articleId: number, rows: EntryRow[]): Promise<Map<number, string>> {
  const untokened = rows.filter((r) => r.tokenId === null).map((r) => r.revision);
  const actors = untokened.length ? await actorsWithoutToken(db, articleId, untokened) : new Map<number, string>();
  return new Map(rows.map((r) => [r.revision, r.personName ?? r.tokenName ?? actors.get(r.revision) ?? 'script']));
}

/** Revisions of `articleId`, newest first, `limit` from `offset` (an article keeps at most KEEP_REVISION_ROWS). */
export async function listRevisionEntries(db: Db, articleId: number, limit: number, offset: number): Promise<RevisionEntry[]> {
  const rows = await entriesOf(db).where(eq(revisions.articleId, articleId)).orderBy(desc(revisions.revision)).limit(limit).offset(offset);
  const by = await bylines(db, articleId, rows);
  return rows.map((r) => ({ revision: r.revision, action: r.action, createdAt: r.createdAt, compacted: r.compacted, by: by.get(r.revision)! }));
}

/** Actor names the audit log recorded for token-less changes (the cron, scripts), by revision. */
async function actorsWithoutToken(db: Db, articleId: number, revisionNumbers: number[]): Promise<Map<number, string>> {
  const revisionOf = sql<number>`json_extract(${auditLog.details}, '$.revision')`;
  const rows = await db
    .select({ revision: revisionOf, actor: auditLog.actor })
    .from(auditLog)
    .where(and(eq(auditLog.articleId, articleId), isNull(auditLog.tokenId), inArray(revisionOf, revisionNumbers)));
  return new Map(rows.map((r) => [Number(r.revision), r.actor]));
}

export interface RevisionSnapshot extends RevisionEntry {
  snapshot: Partial<ArticleState>;
}

/** The given revisions of `articleId` (those that exist) with their snapshots, in one read plus bylines. */
export async function findRevisionSnapshots(db: Db, articleId: number, revisionNumbers: number[]): Promise<RevisionSnapshot[]> {
  const rows = await db
    .select({ ...entryColumns, snapshot: revisions.snapshot })
    .from(revisions)
    .leftJoin(apiTokens, eq(apiTokens.id, revisions.tokenId))
    .leftJoin(people, eq(people.id, apiTokens.personId))
    .where(and(eq(revisions.articleId, articleId), inArray(revisions.revision, revisionNumbers)));
  const by = await bylines(db, articleId, rows);
  return rows.map((r) => ({ revision: r.revision, action: r.action, createdAt: r.createdAt, compacted: r.compacted, by: by.get(r.revision)!, snapshot: r.snapshot as Partial<ArticleState> }));
}
