/**
 * Every reader query at 100,000 articles, with and without planner statistics. Each route
 * below is rendered, the statements it really ran are captured (query-plan-capture), and
 * each is explained: no plan may scan a table that grows with the archive or sort a set
 * that grows with it (query-plan-rules). Then the statements run once more and the rows
 * D1 reports reading must stay within a budget that does not grow with the archive.
 *
 * D1 keeps no statistics unless asked: a fresh database has no sqlite_stat1, and nothing
 * runs ANALYZE or `PRAGMA optimize` on its own (Cloudflare's docs recommend running
 * `PRAGMA optimize` after creating an index; it is not automatic). So every plan is checked
 * in three states: as a fresh database, after ANALYZE, and after the statistics are deleted
 * again (which takes `ANALYZE sqlite_schema` to reach the planner).
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/model/cursor';
import { encodeSlugCursor } from '../../src/model/slug-cursor';
import { SEARCH_CANDIDATES, SEARCH_WINDOW, searchCandidatesQuery } from '../../src/queries/search';
import { listArticleSitemapEntries, listArticleSitemapPages } from '../../src/queries/sitemaps';
import { captureRoute, checkStatements, explain } from './query-plan-capture';
import { planProblems } from './query-plan-rules';
import { publishedAt, scaleSample, seedScaleArchive } from './scale-seed';
import { db } from './support';

const ARTICLES = 100_000;
const NOW = Date.now();
const s = scaleSample(ARTICLES);
/** The cursor of a page that starts after story `id` (ids follow publication, the newest last). */
const after = (id: number) => encodeCursor({ publishedAt: publishedAt(ARTICLES, NOW, id), id });
/** Notes seeded below: one on every CORRECTED_EVERY-th story, a minute after it; correction n is on story n * CORRECTED_EVERY. */
const CORRECTED_EVERY = 50;
const correctionTime = (n: number) => publishedAt(ARTICLES, NOW, n * CORRECTED_EVERY) + 60_000;
/** A live story (docs/live.md) with LIVE_ENTRIES entries, seeded below; every other story gets one entry too. */
const LIVE = { id: s.id + 100, slug: `story-${s.id + 100}` };
const LIVE_ENTRIES = 3_000;
/** A search walks its window once (down to its oldest match), reads up to 2 x SEARCH_CANDIDATES matches, groups and sorts them, then the candidates' rows. */
const SEARCH_BUDGET = SEARCH_WINDOW + 10 * SEARCH_CANDIDATES;

/** Reader routes, the status each answers, and the most rows all its statements may read together. */
const ROUTES: [path: string, status: number, maxRowsRead: number][] = [
  // The article page batch (full and lite), its JSON twin, redirects of old slugs, withdrawn and unknown stories.
  [`/articles/${s.slug}`, 200, 100],
  [`/lite/articles/${s.slug}`, 200, 100],
  [`/articles/${s.oldSlug}`, 301, 100],
  ['/articles/story-13', 410, 100],
  ['/articles/no-such-story', 404, 100],
  [`/api/v1/articles/${s.slug}`, 200, 100],
  [`/api/v1/articles/${s.oldSlug}`, 301, 100],
  // Listings: first pages and pages deep in the archive.
  // The first pages of home and sections also read their curated slots (13 stories and the slot rows, docs/fronts.md).
  ['/', 200, 400],
  [`/?cursor=${after(40_000)}`, 200, 100],
  [`/sections/${s.section}`, 200, 150],
  [`/sections/${s.section}?cursor=${after(20_000)}`, 200, 100],
  [`/tags/${s.tag}`, 200, 150],
  [`/tags/${s.tag}?cursor=${after(20_000)}`, 200, 150],
  ['/tags/tag-77', 200, 150],
  [`/authors/${s.author}`, 200, 100],
  [`/authors/${s.author}?cursor=${after(20_000)}`, 200, 100],
  // The JSON lists, with every filter and combination.
  ['/api/v1/articles', 200, 100],
  [`/api/v1/articles?cursor=${after(30_000)}`, 200, 100],
  [`/api/v1/articles?section=${s.section}`, 200, 100],
  [`/api/v1/articles?tag=${s.tag}`, 200, 150],
  [`/api/v1/articles?author=${s.author}`, 200, 100],
  [`/api/v1/articles?section=section-2&tag=${s.tag}`, 200, 500],
  [`/api/v1/articles?author=author-5&tag=${s.tag}`, 200, 1_000],
  [`/api/v1/articles?author=${s.author}&section=${s.section}&tag=tag-77`, 200, 1_000],
  [`/api/v1/articles?author=${s.author}&section=${s.section}`, 200, 500],
  ['/api/v1/sections', 200, 50],
  ['/api/v1/tags', 200, 300],
  [`/api/v1/tags?cursor=${encodeSlugCursor('tag-500')}`, 200, 300],
  ['/api/v1/authors', 200, 300],
  // Feeds.
  ['/feed.xml', 200, 1_000],
  ['/atom.xml', 200, 1_000],
  ['/feed.json', 200, 1_000],
  [`/sections/${s.section}/feed.xml`, 200, 1_000],
  // Sitemaps: an article page reads its own output (up to SITEMAP_PAGE_SIZE entries), the
  // taxonomy sitemap a few rows per tag and author (SCALE_TAGS + SCALE_AUTHORS = 3,300).
  ['/sitemap.xml', 200, 20],
  ['/sitemaps/articles-1.xml', 200, 50_000],
  ['/sitemaps/news.xml', 200, 1_100],
  ['/sitemaps/taxonomy.xml', 200, 15_000],
  // Search: a common word, two words, a rare one, and later pages.
  ['/search?q=council', 200, SEARCH_BUDGET],
  [`/search?q=harbor+council&cursor=${after(ARTICLES - 300)}`, 200, SEARCH_BUDGET],
  ['/api/v1/search?q=lighthouse', 200, SEARCH_BUDGET],
  [`/api/v1/search?q=council&cursor=${after(ARTICLES - 100)}`, 200, SEARCH_BUDGET],
  // Share links, short links and their counts, oEmbed.
  [`/s/${s.shortCode}`, 301, 20],
  [`/share/${s.slug}/x`, 302, 20],
  [`/share/${s.oldSlug}/x`, 301, 100],
  [`/api/v1/articles/${s.slug}/shares`, 200, 20],
  [`/oembed?url=https://news.example/articles/${s.slug}`, 200, 100],
  [`/oembed?url=https://news.example/s/${s.shortCode}`, 200, 100],
  // Curated fronts (docs/fronts.md), seeded below: their JSON (the pages are '/' and the section above).
  ['/api/v1/fronts/home', 200, 100],
  [`/api/v1/fronts/${s.section}`, 200, 100],
  // Corrections (docs/corrections.md): the page, a page deep in it, and its feed.
  ['/corrections', 200, 100],
  [`/corrections?cursor=${encodeCursor({ publishedAt: correctionTime(1_000), id: 1_000 })}`, 200, 100],
  ['/corrections/atom.xml', 200, 100],
  // Live coverage: the page (pinned, newest 50, key events), an "older entries" page, the polling JSON.
  [`/articles/${LIVE.slug}`, 200, 250],
  [`/lite/articles/${LIVE.slug}`, 200, 250],
  [`/articles/${LIVE.slug}?before=1500`, 200, 250],
  [`/api/v1/articles/${LIVE.slug}/live`, 200, 100],
];

/** The article page's related stories, joined the way it once was: the planner's choice shows which statistics it sees. */
const STATISTICS_PROBE = `select "articles"."id" from "related_articles" inner join "articles" on "articles"."id" = "related_articles"."related_id"
  where "related_articles"."article_id" in (select "id" from "articles" where "slug" = ?1 and "status" = 'published' and "deleted_at" is null)
    and "articles"."status" = 'published' and "articles"."deleted_at" is null`;

let tables: Set<string>;
/** Routes render once; each state of the statistics explains the same statements again. */
const captured = new Map<string, ReturnType<typeof captureRoute>>();
const captureOnce = (path: string) => captured.get(path) ?? captured.set(path, captureRoute(path)).get(path)!;

beforeAll(async () => {
  await seedScaleArchive(env.DB, ARTICLES, NOW);
  // Curated fronts: home and the sample section each hold a lead and 12 top stories, every other one expiring.
  for (const front of [`'home'`, `(select 'section:' || id from sections where slug = '${s.section}')`]) {
    await env.DB.prepare(
      `insert into front_slots (front, position, article_id, expires_at)
       select ${front}, id - ${s.id}, id, case when id % 2 = 0 then ${NOW + 3_600_000} end from articles where id between ${s.id} and ${s.id + 12}`,
    ).run();
  }
  // Every 100th note is an update note, which /corrections does not list.
  await env.DB.prepare(
    `insert into corrections (article_id, kind, text_source, text_html, text_plain, published_at, updated_at)
     select id, case when id % ${2 * CORRECTED_EVERY} = 0 then 'update' else 'correction' end, 'Fixed.', 'Fixed.', 'Fixed.', published_at + 60000, published_at + 60000
     from articles where id % ${CORRECTED_EVERY} = 0 order by id`,
  ).run();
  // One entry on each of the first 1,000 stories, then the live story's (every 40th a key event, 5 pinned).
  await env.DB.batch([
    env.DB.prepare(`insert into live_entries (article_id, body_source, body_html, body_text, created_at, updated_at) select id, 'x', '<p>x</p>', 'x', ${NOW}, ${NOW} from articles where id <= 1000`),
    env.DB.prepare(`update articles set live = 1, coverage_started_at = ${NOW - 86_400_000} where id = ${LIVE.id}`),
    env.DB.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${LIVE_ENTRIES})
       insert into live_entries (article_id, body_source, body_html, body_text, pinned, key_event, created_at, updated_at)
       select ${LIVE.id}, 'Update ' || i, '<p>Update ' || i || '</p>', 'Update ' || i, i % 600 = 0, i % 40 = 0, ${NOW} - (${LIVE_ENTRIES} - i) * 1000, ${NOW} - (${LIVE_ENTRIES} - i) * 1000 from n`,
    ),
  ]);
  const { results } = await env.DB.prepare(`select name from sqlite_schema where type = 'table'`).all<{ name: string }>();
  tables = new Set(results.map((r) => r.name));
}, 60_000);

const STATES = [
  { state: 'on a fresh database (no statistics)', prepare: async () => {}, hasStatistics: false },
  { state: 'after ANALYZE', prepare: () => env.DB.exec('ANALYZE'), hasStatistics: true },
  {
    state: 'after the statistics are deleted',
    prepare: () => env.DB.batch([env.DB.prepare('DELETE FROM sqlite_stat1'), env.DB.prepare('ANALYZE sqlite_schema')]),
    hasStatistics: false,
  },
];

describe.each(STATES)('reader queries at 100,000 articles, $state', ({ prepare, hasStatistics }) => {
  beforeAll(async () => {
    await prepare();
  });

  it('the planner sees exactly these statistics', async () => {
    const stat1 = await env.DB.prepare(`select name from sqlite_schema where name = 'sqlite_stat1'`).first();
    const rows = stat1 ? (await env.DB.prepare('select count(*) as n from sqlite_stat1').first<{ n: number }>())!.n : 0;
    expect(rows > 0).toBe(hasStatistics);
    const [first] = await explain({ sql: STATISTICS_PROBE, params: [s.slug] });
    // Without statistics the old join started from the status index: every published story.
    if (hasStatistics) expect(first).toMatch(/^SEARCH related_articles/);
    else expect(first).toMatch(/^SEARCH articles USING INDEX articles_(scheduled|status_published)_idx \(status=\?\)/);
  });

  it.each(ROUTES)('%s reads only through indexes', async (path, status, maxRowsRead) => {
    const route = await captureOnce(path);
    expect(route.status).toBe(status);
    expect(route.statements.length).toBeGreaterThan(0);
    const checked = await checkStatements(route.statements);
    for (const { sql, plan } of checked) expect(planProblems(sql, plan, tables), `${sql}\n${plan.join('\n')}`).toEqual([]);
    expect(checked.reduce((sum, s) => sum + (s.rowsRead ?? 0), 0)).toBeLessThanOrEqual(maxRowsRead);
  });
});

describe('bounded reads at 100,000 articles', () => {
  it('search ranks a bounded window of a common word, however many stories match', async () => {
    const matches = await env.DB.prepare(`select count(*) as n from articles_fts where articles_fts match '"council"'`).first<{ n: number }>();
    expect(matches!.n).toBeGreaterThan(10 * SEARCH_WINDOW);
    const { sql, params } = searchCandidatesQuery(db(), '"council"').toSQL();
    const { results, meta } = await env.DB.prepare(sql).bind(...params).all();
    expect(results).toHaveLength(SEARCH_CANDIDATES);
    expect(meta.rows_read).toBeLessThanOrEqual(2 * SEARCH_WINDOW + SEARCH_CANDIDATES);
    // Readers page through exactly those candidates, newest first.
    const found: { slug: string; publishedAt: string }[] = [];
    for (let cursor: string | null = '', pages = 0; cursor !== null && pages < 10; pages++) {
      const page = JSON.parse((await captureRoute(`/api/v1/search?q=council&limit=50${cursor ? `&cursor=${cursor}` : ''}`)).body);
      found.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(new Set(found.map((item) => item.slug)).size).toBe(SEARCH_CANDIDATES);
    const dates = found.map((item) => Date.parse(item.publishedAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('the sitemap index gives each page its newest public change, from one index seek per page', async () => {
    const expected = await env.DB.prepare(
      `select (id - 1) / 50000 + 1 as page, max(updated_at) as newest from articles
       where status = 'published' and deleted_at is null group by page order by page`,
    ).all<{ page: number; newest: number }>();
    const pages = await listArticleSitemapPages(db());
    expect(pages.map((p) => [p.page, p.lastModified.getTime()])).toEqual(expected.results.map((r) => [r.page, r.newest]));
    const [checked] = await checkStatements((await captureRoute('/sitemap.xml')).statements);
    expect(checked!.plan).toContain('SEARCH articles USING COVERING INDEX articles_sitemap_page_idx (<expr>=?)');
    // The highest id, the page numbers, and a seek or two per page.
    expect(checked!.rowsRead).toBeLessThanOrEqual(4 * (pages.length + 1));
  });

  it('an article sitemap page reads one index entry per URL it lists', async () => {
    const entries = await listArticleSitemapEntries(db(), 2);
    const publicInPage = await env.DB.prepare(
      `select count(*) as n from articles where id > 50000 and id <= 100000 and status = 'published' and deleted_at is null`,
    ).first<{ n: number }>();
    expect(entries).toHaveLength(publicInPage!.n);
    const [statement] = (await captureRoute('/sitemaps/articles-2.xml')).statements;
    const [checked] = await checkStatements([statement!]);
    expect(checked!.plan.join('\n')).toMatch(/^SEARCH articles USING COVERING INDEX articles_sitemap_page_idx \(<expr>=\?\)$/);
    expect(checked!.rowsRead).toBeLessThanOrEqual(entries.length + 1);
  });
});
