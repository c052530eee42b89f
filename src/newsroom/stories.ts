/**
 * The newsroom's Stories list: newest change first, keyset-paged on (updated_at, id) like
 * the editor API's list, filtered by status (trash is its own status here), section,
 * author and headline words. Contributors see only what their person's tokens created
 * (their newsroom identity included), as the editor API shows a contributor only their own.
 *
 * Filters on status, section and author are written `+column = ?`: the unary plus keeps
 * SQLite from starting at a low-selectivity index and sorting; articles_updated_idx drives
 * the walk in the list's own order and the walk stops after one page.
 */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { apiTokens, articles, revisions, sections, type ArticleStatus } from '../db/schema';
import { hasRole, type EditorIdentity } from '../middleware/editor-auth';

export const STORIES_PAGE_SIZE = 50;
export const STORY_LIST_STATUSES = ['draft', 'scheduled', 'published', 'unpublished', 'trash'] as const;
export type StoryListStatus = (typeof STORY_LIST_STATUSES)[number];

export interface StoryFilters {
  status?: StoryListStatus;
  section?: string;
  author?: string;
  /** Headline words, each matched as a prefix ("powódź" finds "Powodzie"), all required. */
  text?: string;
}

export interface StoryCursor { updatedAt: number; id: number }

export interface StoryRow {
  id: number;
  title: string;
  status: ArticleStatus;
  trashed: boolean;
  section: string;
  updatedAt: Date;
  /** Name of the person (or token) behind the latest revision, if known. */
  changedBy: string | null;
}

const MAX_TEXT_TERMS = 8;

/** Headline words as an FTS5 query of quoted prefix phrases; null when nothing searchable is left. */
export function headlineQuery(input: string): string | null {
  const terms = input
    .slice(0, 200)
    .replace(/[\p{C}]/gu, ' ')
    .split(/[\s\p{P}]+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TEXT_TERMS);
  return terms.length ? terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(' ') : null;
}

/**
 * Up to this many headline matches, the list fetches them by id and sorts them; above it,
 * matches are common enough that walking articles_updated_idx finds a page sooner (at 2,000
 * matches in 100,000 stories, a page is ~2,500 rows down the index).
 */
export const HEADLINE_LOOKUP_MAX = 2_000;

/** How many stories match, counted up to HEADLINE_LOOKUP_MAX + 1 (a bounded read of the FTS index). */
export async function countHeadlineMatches(db: Db, query: string): Promise<number> {
  const [row] = await db.all<{ n: number }>(
    sql`select count(*) as n from (select 1 from story_titles_fts where story_titles_fts match ${query} limit ${HEADLINE_LOOKUP_MAX + 1})`,
  );
  return row?.n ?? 0;
}

export type HeadlineStrategy = 'lookup' | 'walk';

/** The query of one page plus one look-ahead row (exported for the query-plan test). */
export function storiesQuery(db: Db, ownTokenIds: number[] | null, filters: StoryFilters, cursor: StoryCursor | null, strategy: HeadlineStrategy = 'lookup') {
  const text = filters.text ? headlineQuery(filters.text) : null;
  const where: (SQL | undefined)[] = [
    filters.status === 'trash' ? sql`${articles.deletedAt} is not null` : sql`${articles.deletedAt} is null`,
    filters.status && filters.status !== 'trash' ? sql`+${articles.status} = ${filters.status}` : undefined,
    filters.section ? sql`+${articles.sectionId} = (select id from sections where slug = ${filters.section})` : undefined,
    filters.author ? sql`+${articles.authorId} = (select id from authors where slug = ${filters.author})` : undefined,
    // `+id` keeps the walk on articles_updated_idx; plain `id` lets SQLite fetch the few matches by rowid.
    text ? sql`${strategy === 'walk' ? sql`+${articles.id}` : articles.id} in (select rowid from story_titles_fts where story_titles_fts match ${text})` : undefined,
    // One token (the usual case: the newsroom identity) is an equality that articles_created_by_idx
    // serves in list order; several sort the person's own stories, never the archive.
    ownTokenIds === null ? undefined : ownTokenIds.length === 1 ? eq(articles.createdByTokenId, ownTokenIds[0]!) : inArray(articles.createdByTokenId, ownTokenIds),
    cursor ? sql`(${articles.updatedAt}, ${articles.id}) < (${cursor.updatedAt}, ${cursor.id})` : undefined,
  ];
  return db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      deletedAt: articles.deletedAt,
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
    .limit(STORIES_PAGE_SIZE + 1);
}

/**
 * Whose stories the person sees: null for editors and admins (everyone's); for contributors
 * the ids of their tokens, their newsroom identity included (what the editor API calls
 * "own"), as their identity already lists them.
 */
export const storyOwners = (identity: Pick<EditorIdentity, 'role' | 'tokenId' | 'ownTokenIds'>): number[] | null =>
  hasRole(identity.role, 'editor') ? null : [...(identity.ownTokenIds ?? [identity.tokenId])];

/** One page of the list of the stories of `ownTokenIds` (null: everyone's), and the cursor of the next (older) one. */
export async function listStories(db: Db, ownTokenIds: number[] | null, filters: StoryFilters, cursor: StoryCursor | null) {
  const text = filters.text ? headlineQuery(filters.text) : null;
  if (filters.text && !text) return { stories: [], next: null };
  if (ownTokenIds?.length === 0) return { stories: [], next: null };
  const strategy = text && (await countHeadlineMatches(db, text)) > HEADLINE_LOOKUP_MAX ? 'walk' : 'lookup';
  const rows = await storiesQuery(db, ownTokenIds, filters, cursor, strategy);
  const page = rows.slice(0, STORIES_PAGE_SIZE);
  const last = page.at(-1);
  const stories: StoryRow[] = page.map(({ deletedAt, ...row }) => ({ ...row, trashed: deletedAt !== null }));
  return { stories, next: rows.length > STORIES_PAGE_SIZE && last ? { updatedAt: last.updatedAt.getTime(), id: last.id } : null };
}

/** The "Older" link's cursor: "<updated ms>.<id>", opaque enough, checked on the way in. */
export const encodeStoryCursor = (cursor: StoryCursor) => `${cursor.updatedAt}.${cursor.id}`;

export function decodeStoryCursor(value: string | undefined): StoryCursor | null | 'invalid' {
  if (!value) return null;
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(value);
  return match ? { updatedAt: Number(match[1]), id: Number(match[2]) } : 'invalid';
}
