/**
 * Full-text search over public articles: FTS5 (articles_fts holds only public articles)
 * joined to articles with isPublic() applied as well. Reader input never reaches FTS5
 * syntax: it becomes a list of quoted phrases, so `"`, `NEAR(`, `*` or `AND` are just words.
 *
 * Results are a bounded candidate set, then dates: FTS5 reads the SEARCH_WINDOW matches with
 * the highest rowids (the article ids: the most recently created, walked backwards in the
 * index's own order, no sort), ranks them by bm25 and keeps the best
 * SEARCH_CANDIDATES; those are listed newest first, keyset-paged on (published_at, id) like
 * every other listing. However large the archive and however common the words, a search
 * reads and sorts at most that many rows. (Ranking every match instead costs time in
 * proportion to the matches: a common word is in tens of thousands of stories.)
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, sections } from '../db/schema';
import type { ListCursor } from '../model/cursor';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../model/search-snippet';
import { isPublic } from './articles';
import { clampLimit, cutListingPage, navigationQuery, summaryColumns, type ArticleSummaryRow, type ListingOptions } from './listings';

/** The most recently created matches that are ranked; older ones are found by narrower words. */
export const SEARCH_WINDOW = 2_000;
/** The best-ranked matches of the window that a search lists (newest first, across pages). */
export const SEARCH_CANDIDATES = 200;

/** Longest query we read, and the most words we match: bounds the FTS work per request. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/**
 * Turns what a reader typed into an FTS5 query of quoted phrases (all must match), or null
 * when nothing searchable is left. Words without a letter or digit are dropped: the
 * tokenizer would ignore them anyway, and an empty phrase matches nothing.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\p{C}]/gu, ' ')
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS);
  return terms.length > 0 ? terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' ') : null;
}

/** A search result: a list item plus its title and a body passage with hits between marker characters (see model/search-snippet). */
export interface SearchHitRow extends ArticleSummaryRow {
  titleMarked: string;
  snippet: string;
}

export interface SearchResults {
  /** The FTS5 query actually run; null when the input had nothing searchable. */
  ftsQuery: string | null;
  items: SearchHitRow[];
  next: ListCursor | null;
}

/** Ids of the candidate set: the best-ranked SEARCH_CANDIDATES of the newest SEARCH_WINDOW matches. */
export function searchCandidatesQuery(db: Db, ftsQuery: string) {
  // Names unique in the whole query: Drizzle refers to a subquery's computed columns by bare name.
  const recentMatches = db
    .select({ id: sql<number>`articles_fts.rowid`.as('match_id'), score: sql<number>`bm25(articles_fts)`.as('match_score') })
    .from(sql`articles_fts`)
    .where(sql`articles_fts match ${ftsQuery}`)
    .orderBy(sql`articles_fts.rowid desc`)
    .limit(SEARCH_WINDOW)
    .as('recent_matches');
  // bm25() is lower for better matches; ties go to the newer story.
  return db.select({ id: recentMatches.id }).from(recentMatches).orderBy(asc(recentMatches.score), desc(recentMatches.id)).limit(SEARCH_CANDIDATES);
}

/** One page of the candidates, newest first, with one look-ahead row for the next-page check. */
function searchQuery(db: Db, ftsQuery: string, options: ListingOptions) {
  const { cursor } = options;
  const candidates = searchCandidatesQuery(db, ftsQuery).as('candidates');
  // CROSS JOIN: the candidates drive and each article is fetched by primary key; the planner
  // must not start from the status index and test every published story against the list.
  const page = db.$with('page').as(
    db
      .select(summaryColumns)
      .from(candidates)
      .crossJoin(articles)
      .crossJoin(sections)
      .where(
        and(
          eq(articles.id, candidates.id),
          eq(sections.id, articles.sectionId),
          isPublic(),
          cursor ? sql`(${articles.publishedAt}, ${articles.id}) < (${cursor.publishedAt}, ${cursor.id})` : undefined,
        ),
      )
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(clampLimit(options.limit) + 1),
  );
  // Title and passage with hits marked (column 0 is the title, 2 the body text), for the rows
  // shown only. FTS5 walks the matches between the page's lowest and highest id once: a
  // lookup of each row by id costs as much as walking hundreds of matches in order.
  const titleMarked = sql<string>`highlight(articles_fts, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE})`.as('title_marked');
  const snippet = sql<string>`snippet(articles_fts, 2, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 24)`.as('snippet');
  const shown = Object.fromEntries(Object.keys(summaryColumns).map((key) => [key, page[key as keyof typeof summaryColumns]])) as {
    [K in keyof typeof summaryColumns]: (typeof page)[K];
  };
  return db
    .with(page)
    .select({ ...shown, titleMarked, snippet })
    .from(sql`articles_fts`)
    .crossJoin(page)
    .where(
      and(
        sql`articles_fts match ${ftsQuery}`,
        sql`articles_fts.rowid between (select min(${page.id}) from ${page}) and (select max(${page.id}) from ${page})`,
        sql`articles_fts.rowid = ${page.id}`,
      ),
    )
    .orderBy(desc(page.publishedAt), desc(page.id));
}

/** Searches public articles for what a reader typed; one D1 round trip including navigation. */
export async function searchArticles(db: Db, input: string, options: ListingOptions) {
  const ftsQuery = toFtsQuery(input);
  if (!ftsQuery) return { navigation: await navigationQuery(db), results: { ftsQuery, items: [], next: null } as SearchResults };
  const [navigation, rows] = await db.batch([navigationQuery(db), searchQuery(db, ftsQuery, options)]);
  return { navigation, results: { ftsQuery, ...cutListingPage(rows, options.limit) } as SearchResults };
}
