/**
 * The newsroom's Stories list: newest change first, trash left out. Contributors see only
 * what their own API tokens created (as in the editor API); editors and admins see all.
 */
import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { apiTokens, articles, revisions, sections, type ArticleStatus } from '../db/schema';
import type { SignedInPerson } from './sessions';

export const STORIES_PAGE_SIZE = 50;

export interface StoryRow {
  id: number;
  title: string;
  status: ArticleStatus;
  section: string;
  updatedAt: Date;
  /** Name of the token (or its person) behind the latest revision, if known. */
  changedBy: string | null;
}

export function listStories(db: Db, person: Pick<SignedInPerson, 'id' | 'role'>, status?: ArticleStatus): Promise<StoryRow[]> {
  const where: (SQL | undefined)[] = [
    isNull(articles.deletedAt),
    status ? eq(articles.status, status) : undefined,
    person.role === 'contributor'
      ? inArray(articles.createdByTokenId, db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.personId, person.id)))
      : undefined,
  ];
  return db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      section: sections.name,
      updatedAt: articles.updatedAt,
      changedBy: sql<string | null>`(select coalesce((select p.name from people p where p.id = t.person_id), t.name)
        from ${revisions} r join ${apiTokens} t on t.id = r.token_id
        where r.article_id = ${articles.id} order by r.revision desc limit 1)`.as('changed_by'),
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(...where))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(STORIES_PAGE_SIZE);
}
