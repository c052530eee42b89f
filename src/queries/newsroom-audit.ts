/**
 * The audit log as the newsroom's Audit log screen reads it: newest first, keyset-paged by
 * id, filtered by person, story or action, each entry with the person's name and the
 * story's headline.
 *
 * Each filter has its index: story (audit_log_article_idx), person (audit_log_token_idx,
 * through the person's tokens) and action (audit_log_action_idx, migration 0017).
 */
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { apiTokens, articles, auditLog, people } from '../db/schema';

export interface AuditFilter {
  personId?: number;
  articleId?: number;
  action?: string;
  /** Entries with ids below this (the "Older" cursor). */
  before?: number;
}

export interface AuditEntry {
  id: number;
  at: Date;
  action: string;
  /** The person behind the token, else the actor the entry recorded (a token's name, "cron"). */
  by: string;
  personId: number | null;
  articleId: number | null;
  articleTitle: string | null;
  details: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Cursor of the next page, or null at the start of the log. */
  older: number | null;
}

export async function listAuditEntries(db: Db, filter: AuditFilter, limit: number): Promise<AuditPage> {
  const where: SQL[] = [];
  if (filter.before !== undefined) where.push(lt(auditLog.id, filter.before));
  if (filter.articleId !== undefined) where.push(eq(auditLog.articleId, filter.articleId));
  if (filter.action !== undefined) where.push(eq(auditLog.action, filter.action));
  if (filter.personId !== undefined) {
    where.push(inArray(auditLog.tokenId, db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.personId, filter.personId))));
  }
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actor: auditLog.actor,
      personName: people.name,
      personId: people.id,
      articleId: auditLog.articleId,
      articleTitle: articles.title,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(apiTokens, eq(apiTokens.id, auditLog.tokenId))
    .leftJoin(people, eq(people.id, apiTokens.personId))
    .leftJoin(articles, eq(articles.id, auditLog.articleId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit).map((r) => ({
    id: r.id, at: r.at, action: r.action, by: r.personName ?? r.actor, personId: r.personId, articleId: r.articleId, articleTitle: r.articleTitle, details: r.details,
  }));
  return { entries, older: rows.length > limit ? entries.at(-1)!.id : null };
}

/** People to filter by, by name (the newsroom has tens of people, not thousands). */
export function listPeopleForFilter(db: Db) {
  return db.select({ id: people.id, name: people.name }).from(people).orderBy(people.name).limit(1_000);
}
