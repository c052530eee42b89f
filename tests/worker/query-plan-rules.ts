/**
 * What a reader query's plan may do on an archive-sized database. A plan may SEARCH any
 * table; it may SCAN only the small tables listed here, a MATCH of the search index, or a
 * subquery (whose own reads are further lines of the same plan, checked by the same rules);
 * and it may sort (a temporary B-tree) only a set bounded by something other than the
 * archive, listed here by the statement it belongs to.
 */

/** Tables that grow with the archive. */
export const GROWING_TABLES = ['articles', 'article_tags', 'related_articles', 'slug_history', 'revisions', 'article_sources', 'articles_fts', 'articles_headline_fts'];

/** Tables that stay small whatever the archive, and may be scanned. */
export const ALLOWED_SCANS: { table: string; line: RegExp; reason: string }[] = [
  { table: 'sections', line: /^SCAN sections$/, reason: 'the navigation and the taxonomy sitemap read every section: a few dozen rows at most' },
  {
    table: 'tags',
    line: /^SCAN tags USING (COVERING )?INDEX tags_slug_unique$/,
    reason: 'the tag directory walks the slug index up to its LIMIT; the taxonomy sitemap lists every used tag: that list is its output',
  },
  {
    table: 'authors',
    line: /^SCAN authors USING (COVERING )?INDEX authors_slug_unique$/,
    reason: 'the author directory walks the slug index up to its LIMIT; the taxonomy sitemap lists every credited author: that list is its output',
  },
  {
    table: 'front_slots',
    line: /^SCAN front_slots$/,
    reason: 'curated fronts (docs/fronts.md): at most 13 slots for home and each section; with statistics the planner may read them all',
  },
  { table: 'articles_fts', line: /^SCAN articles_fts VIRTUAL TABLE INDEX \d+:\S*M/, reason: 'an FTS5 MATCH reads only the entries of the words searched' },
  {
    table: 'articles_headline_fts',
    line: /^SCAN articles_headline_fts VIRTUAL TABLE INDEX \d+:\S*M\S*>/,
    reason: 'search ranking: a MATCH of the headline index, walked down to the oldest match of the search window only',
  },
  {
    table: 'corrections',
    line: /^SCAN corrections USING INDEX corrections_listing_idx$/,
    reason: "/corrections' first page walks its newest-first partial index up to its LIMIT (later pages SEARCH it from the cursor)",
  },
];

/** Statements allowed to sort, each a set bounded by something other than the archive. */
export const BOUNDED_SORTS: { sql: RegExp; reason: string }[] = [
  { sql: /^select [^]* from "sections" order by "sections"."position"/, reason: 'every section, in menu order: a few dozen rows at most' },
  { sql: /from "article_tags" inner join "tags" [^]* where "article_tags"."article_id" = \(select/, reason: "one article's tags, by name" },
  {
    sql: /where "article(s|_tags)"."(id|article_id)" in \(select "id" from "articles" [^]* limit \?\)/,
    reason: "a feed: its FEED_SIZE stories (and their tags), newest first",
  },
  { sql: /\) "newest"/, reason: "the front page's boundary: the oldest of the latest list's few stories" },
  {
    sql: /^select "network", sum\("count"\) from "share_clicks" where "share_clicks"."article_id" in \(select "id" from "articles" where \("articles"."slug" = \?/,
    reason: "one article's click counters, a row per network and day (queries/shares.ts could compare with `=` and read them in primary-key order)",
  },
  { sql: /from \(select "match_id" from \(select "match_id", "strong" from \(select "articles_headline_fts"\.rowid/, reason: 'search: at most 2 x SEARCH_CANDIDATES matches, then the page shown' },
];

/**
 * Index searches that are scans in disguise: the only constraint is the status, so they walk
 * every article of that status (the scheduling cron's index, which readers never need). The
 * status index ordered by published_at is fine for reading the newest N; rows read show it.
 */
const STATUS_WALK = /^SEARCH \w+ USING (COVERING )?INDEX articles_scheduled_idx \(status=\?\)$/;

/** Table names that `sql` gives another name (`"articles" "recent"`), alias -> table. */
function aliasesIn(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [, table, alias] of sql.matchAll(/"(\w+)" (?:as )?"(\w+)"/g)) aliases.set(alias!, table!);
  return aliases;
}

/** Everything wrong with a plan; empty when it reads only what it shows. */
export function planProblems(sql: string, plan: string[], tables: ReadonlySet<string>): string[] {
  const aliases = aliasesIn(sql);
  const problems: string[] = [];
  for (const line of plan) {
    const scanned = /^SCAN (\w+)/.exec(line)?.[1];
    if (scanned && scanned !== 'CONSTANT') {
      const table = aliases.get(scanned) ?? scanned;
      // Not a table: a subquery or CTE, read in full, but bounded by its own plan lines.
      const isTable = tables.has(table);
      if (isTable && !ALLOWED_SCANS.some((allowed) => allowed.table === table && allowed.line.test(line.replace(scanned, table)))) {
        problems.push(`${line}${GROWING_TABLES.includes(table) ? ' (a table that grows with the archive)' : ''}`);
      }
    }
    if (STATUS_WALK.test(line)) problems.push(`${line} (every article of one status)`);
    if (/USE TEMP B-TREE/.test(line) && !BOUNDED_SORTS.some((sort) => sort.sql.test(sql))) problems.push(line);
  }
  return problems;
}
