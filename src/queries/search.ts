/**
 * Full-text search over public articles: FTS5 (articles_fts holds only public articles)
 * joined to articles with isPublic() applied as well, newest first, keyset-paged on
 * (published_at, id) like every other listing. Reader input never reaches FTS5 syntax:
 * it becomes a list of quoted phrases, so `"`, `NEAR(`, `*` or `AND` are just words.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, sections } from '../db/schema';
import type { ListCursor } from '../model/cursor';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../model/search-snippet';
import { isPublic } from './articles';
import { clampLimit, cutListingPage, navigationQuery, summaryColumns, type ArticleSummaryRow, type ListingOptions } from './listings';

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

/** The matching rows, newest first, with one look-ahead row for the next-page check. */
function searchQuery(db: Db, ftsQuery: string, options: ListingOptions) {
  // Column 0 is the title, 2 the body text: the title with its hits marked, and the passage of the body that matches.
  const titleMarked = sql<string>`highlight(articles_fts, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE})`.as('title_marked');
  const snippet = sql<string>`snippet(articles_fts, 2, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 24)`.as('snippet');
  const { cursor } = options;
  return db
    .select({ ...summaryColumns, titleMarked, snippet })
    .from(sql`articles_fts`)
    .innerJoin(articles, sql`${articles.id} = articles_fts.rowid`)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(
      and(
        sql`articles_fts match ${ftsQuery}`,
        isPublic(),
        cursor ? sql`(${articles.publishedAt}, ${articles.id}) < (${cursor.publishedAt}, ${cursor.id})` : undefined,
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(clampLimit(options.limit) + 1);
}

/** Searches public articles for what a reader typed; one D1 round trip including navigation. */
export async function searchArticles(db: Db, input: string, options: ListingOptions) {
  const ftsQuery = toFtsQuery(input);
  if (!ftsQuery) return { navigation: await navigationQuery(db), results: { ftsQuery, items: [], next: null } as SearchResults };
  const [navigation, rows] = await db.batch([navigationQuery(db), searchQuery(db, ftsQuery, options)]);
  return { navigation, results: { ftsQuery, ...cutListingPage(rows, options.limit) } as SearchResults };
}
