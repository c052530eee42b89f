/**
 * Full-text search over public articles: FTS5 (articles_fts holds only public articles)
 * joined to articles with isPublic() applied as well. Reader input never reaches FTS5
 * syntax: it becomes a list of quoted words, so `"`, `NEAR(`, `*` or `AND` are just words.
 *
 * Rank then date, over a bounded window. A search considers the SEARCH_WINDOW matches with
 * the highest rowids (the article ids: the most recently created, walked backwards in the
 * index's own order, no sort). Of those it keeps SEARCH_CANDIDATES: first the ones with
 * every word in the headline or the summary (articles_headline_fts, migration 0019), then
 * the newest others; they are listed newest first, keyset-paged on (published_at, id) like
 * every other listing. A reader gets the recent stories about the words before the recent
 * stories that mention them in passing, newest first, with the hits marked.
 *
 * Why not bm25(): for every query FTS5 counts the stories holding each word by walking the
 * word's whole posting list (a common word is in tens of thousands of stories), then reads
 * every ranked row's size. At 100,000 stories that made a two-word search 3-4x slower in D1
 * than at 1,000. Here a search walks its window once, the headline index down to the
 * window's oldest match (headline words are few: a short walk), the newest
 * SEARCH_CANDIDATES matches, and the page's rows: nothing grows with the archive. What it
 * gives up: among more passing mentions than it lists, it keeps the newest, not the
 * densest, and words side by side rank no higher than words apart. A word in fewer than
 * SEARCH_CANDIDATES stories finds all of them, however old (in fewer than SEARCH_WINDOW, the
 * headline matches and the newest of them); stories older than the window of
 * a common word are found by adding words that narrow the search.
 */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { articles, sections } from '../db/schema';
import type { ListCursor } from '../model/cursor';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../model/search-snippet';
import { isPublic } from './articles';
import { clampLimit, cutListingPage, navigationQuery, summaryColumns, type ArticleSummaryRow, type ListingOptions } from './listings';

/** The most recently created matches a search considers; older ones are found by narrower words. */
export const SEARCH_WINDOW = 1_000;
/** The matches of the window a search lists (headline matches first, then the newest; shown newest first across pages). */
export const SEARCH_CANDIDATES = 200;

/** Longest query we read, and the most words we match: bounds the FTS work per request. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/**
 * Turns what a reader typed into an FTS5 query of quoted words (all must match), or null
 * when nothing searchable is left. Words are cut where the tokenizer cuts them (anything
 * but letters, digits and combining marks), so each quoted word is one token: a term like
 * `a-the-a-the-…` would otherwise be one FTS5 phrase of dozens of common tokens, whose
 * posting lists FTS5 walks in full whatever the window, a cost a reader could grow with
 * the archive and the query's length. At most MAX_TERMS tokens are matched.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .slice(0, MAX_QUERY_LENGTH)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS);
  return terms.length > 0 ? terms.map((term) => `"${term}"`).join(' ') : null;
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

/** Ids of the candidate set: of the newest SEARCH_WINDOW matches, the headline matches, then the newest, SEARCH_CANDIDATES in all. */
export function searchCandidatesQuery(db: Db, ftsQuery: string) {
  // Names unique in the whole query: Drizzle refers to a subquery's computed columns by bare name.
  const newestMatches = (index: 'articles_fts' | 'articles_headline_fts', limit: number, strong: 0 | 1, where?: SQL) =>
    db
      .select({ id: sql<number>`${sql.identifier(index)}.rowid`.as('match_id'), strong: sql<number>`${sql.raw(String(strong))}`.as('strong') })
      .from(sql`${sql.identifier(index)}`)
      .where(and(sql`${sql.identifier(index)} match ${ftsQuery}`, where))
      .orderBy(sql`${sql.identifier(index)}.rowid desc`)
      .limit(limit);
  // The window's oldest match. Headline matches are walked from the newest down to it only
  // (FTS5 seeks to the rowid bound): rare headline matches never walk the whole archive.
  const window = newestMatches('articles_fts', SEARCH_WINDOW, 0).as('search_window');
  const inWindow = sql`"articles_headline_fts".rowid >= (select min(${window.id}) from ${window})`;
  const headline = newestMatches('articles_headline_fts', SEARCH_CANDIDATES, 1, inWindow).as('headline_matches');
  const newest = newestMatches('articles_fts', SEARCH_CANDIDATES, 0).as('newest_matches');
  const both = unionAll(db.select().from(headline), db.select().from(newest)).as('candidate_matches');
  // A headline match is often among the newest too: one row per story, headline matches first.
  return db
    .select({ id: both.id })
    .from(both)
    .groupBy(sql`${both.id}`)
    .orderBy(sql`max(${both.strong}) desc`, desc(both.id))
    .limit(SEARCH_CANDIDATES);
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
