/**
 * The fragment statements at 100,000 articles, with and without planner statistics: the
 * page's fragment read, the cron's pick of stale fragments, and the stale marking the
 * triggers of migrations/0018_article_renders.sql run on each write. None may scan a table
 * that grows with the archive, except the one marking that means every fragment (site
 * settings). Rows read stay within a budget that does not grow with the archive.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimStaleStatement, inFlightCount, outdatedFragmentsQuery, renderStaleFragments, staleFragmentsQuery, staleOutdatedStatement } from '../../src/article-render/backlog';
import { fragmentBySlug, writtenFragmentsStatements } from '../../src/article-render/fragments';
import { stillStaleQuery } from '../../src/article-render/render-queue';
import { scaleSample, seedScaleArchive } from './scale-seed';
import { db, request } from './support';

const ARTICLES = 100_000;
const s = scaleSample(ARTICLES);
const GROWING = ['articles', 'article_renders', 'related_articles', 'article_tags'];

/** What each trigger runs for one write, with a real id (migrations/0018_article_renders.sql). */
const MARKINGS: [name: string, sql: string, param: number][] = [
  ['article', 'update article_renders set stale = 1, version = version + 1 where article_id = ?', s.id],
  ['related stories', 'update article_renders set stale = 1, version = version + 1 where article_id in (select article_id from related_articles where related_id = ?)', s.id],
  ['author', 'update article_renders set stale = 1, version = version + 1 where article_id in (select id from articles where author_id = ?)', 5],
  ['section', 'update article_renders set stale = 1, version = version + 1 where article_id in (select id from articles where section_id = ?)', 2],
  ['tag', 'update article_renders set stale = 1, version = version + 1 where article_id in (select article_id from article_tags where tag_id = ?)', 77],
];

async function plan(sql: string, params: unknown[]) {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
  return results.map((r) => r.detail);
}

/** Plan lines that walk a growing table: a SCAN, except of the partial index of stale rows. */
const scans = (lines: string[]) =>
  lines.filter((line) => /^SCAN (\w+)/.test(line) && GROWING.includes(/^SCAN (\w+)/.exec(line)![1]!) && !line.includes('article_renders_stale_idx'));

beforeAll(async () => {
  await seedScaleArchive(env.DB, ARTICLES);
}, 120_000);

describe.each([
  { state: 'a fresh database (no statistics)', prepare: async () => {} },
  { state: 'after ANALYZE', prepare: () => env.DB.exec('ANALYZE') },
])('fragment statements at 100,000 articles, $state', ({ prepare }) => {
  beforeAll(async () => {
    await prepare();
  });

  it('reads the fragment by the slug index and the primary key', async () => {
    const { sql, params } = fragmentBySlug(db(), s.slug).toSQL();
    const lines = await plan(sql, params);
    expect(scans(lines), lines.join('\n')).toEqual([]);
    expect(lines.join('\n')).toMatch(/articles_slug|sqlite_autoindex_articles/);
    const run = await env.DB.prepare(sql).bind(...params).run();
    expect(run.meta.rows_read).toBeLessThanOrEqual(5);
  });

  it('picks stale fragments from their partial index', async () => {
    const { sql, params } = staleFragmentsQuery(db(), 25).toSQL();
    const lines = await plan(sql, params);
    expect(scans(lines), lines.join('\n')).toEqual([]);
    expect(lines.join('\n')).toContain('article_renders_stale_idx');
    // Newest first straight from the index: no sort of every stale row.
    expect(lines.join('\n')).not.toContain('TEMP B-TREE');
    const run = await env.DB.prepare(sql).bind(...params).run();
    expect(run.meta.rows_read).toBeLessThanOrEqual(60);
  });

  it('claims stale fragments for the render queue from their partial index, newest first, in one statement', async () => {
    const { sql, params } = claimStaleStatement(db(), 76, Date.now()).toSQL();
    const lines = await plan(sql, params);
    expect(scans(lines), lines.join('\n')).toEqual([]);
    expect(lines.join('\n')).toContain('article_renders_stale_idx');
    expect(lines.join('\n')).not.toContain('FOR ORDER BY');
    const run = await env.DB.prepare(sql).bind(...params).run();
    expect(run.results).toHaveLength(76);
    // This file's two runs: the second skips the 76 the first left in flight.
    expect(run.meta.rows_read).toBeLessThanOrEqual(600);
  });

  it('counts what is in flight and finds outdated fragments by the renderer index', async () => {
    for (const statement of [inFlightCount(db(), Date.now()), staleOutdatedStatement(db(), 76)]) {
      const { sql, params } = statement.toSQL();
      const lines = await plan(sql, params);
      expect(scans(lines), lines.join('\n')).toEqual([]);
      expect(lines.join('\n')).toContain('article_renders_renderer_idx');
    }
  });

  it('reads which ids of a render message are still stale by primary key', async () => {
    const { sql, params } = stillStaleQuery(db(), [s.id, s.id - 1, s.id - 2]).toSQL();
    const lines = await plan(sql, params);
    expect(scans(lines), lines.join('\n')).toEqual([]);
    const run = await env.DB.prepare(sql).bind(...params).run();
    expect(run.meta.rows_read).toBeLessThanOrEqual(15);
  });

  it('finds fragments of an older renderer by the renderer index', async () => {
    const { sql, params } = outdatedFragmentsQuery(db(), 25).toSQL();
    const lines = await plan(sql, params);
    expect(scans(lines), lines.join('\n')).toEqual([]);
    expect(lines.join('\n')).toContain('article_renders_renderer_idx');
  });

  it('finds what a write made stale (its stories, the stories naming them) by primary key and the related index', async () => {
    for (const statement of writtenFragmentsStatements(db(), [s.id])) {
      const { sql, params } = statement.toSQL();
      const lines = await plan(sql, params);
      expect(scans(lines), lines.join('\n')).toEqual([]);
      const run = await env.DB.prepare(sql).bind(...params).run();
      expect(run.meta.rows_read).toBeLessThanOrEqual(20);
    }
  });

  it.each(MARKINGS)('marks stale by an index: %s', async (_name, sql, param) => {
    const lines = await plan(sql, [param]);
    expect(scans(lines), lines.join('\n')).toEqual([]);
  });
});

describe('at 100,000 articles', () => {
  it('renders a bounded number of fragments per run, and serves the page from one', async () => {
    await env.DB.prepare('update article_renders set stale = 0 where article_id <> ?').bind(s.id).run();
    expect(await renderStaleFragments(db(), env)).toBe(1);
    const res = await request(`/articles/${s.slug}`);
    expect(res.status).toBe(200);
    // One batch: the navigation, the fragment, the embed cards, the live entry statements
    // (empty for other stories) and the full lookup (reading nothing: the fragment is served).
    expect(res.headers.get('server-timing')).toMatch(/article;desc="fragment"/);
    expect(res.headers.get('server-timing')).toMatch(/desc="1 query, 15 statements"/);
  });
});
