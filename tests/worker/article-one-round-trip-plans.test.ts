/**
 * The article page's one batch at 100,000 articles, with and without planner statistics: the
 * statements a miss really runs (query-plan-capture) for a page served from its fragment, one
 * rendered in full (stale fragment), an old slug, a withdrawn story, an unknown slug, the lite
 * edition and a page with an embed card. No plan may scan a growing table or sort
 * (query-plan-rules); when the fragment is served, each guarded lookup statement reads only its
 * guard's probe.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticleFragment } from '../../src/article-render/fragments';
import { RENDERER } from '../../src/article-render/renderer';
import { captureRoute, checkStatements } from './query-plan-capture';
import { planProblems } from './query-plan-rules';
import { SCALE_SECTIONS, scaleSample, seedScaleArchive } from './scale-seed';
import { db } from './support';

const ARTICLES = 100_000;
const s = scaleSample(ARTICLES);
/** A published story near the sample (scale-seed: n % 50 = 7 is a draft, 19 trashed). */
const EMBED = { id: s.id + 1, slug: `story-${s.id + 1}` };
const CARD =
  '<div class="embed" data-provider="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42" data-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42"><p class="embed-provider">YouTube</p><p class="embed-title"><a rel="noopener noreferrer" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42">https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42</a></p></div>';
let tables: Set<string>;

/** The statements of one miss on `path`, explained and run once more. */
async function missOn(path: string, status: number) {
  const route = await captureRoute(path);
  expect(route.status, path).toBe(status);
  const checked = await checkStatements(route.statements);
  for (const { sql, plan } of checked) expect(planProblems(sql, plan, tables), `${sql}\n${plan.join('\n')}`).toEqual([]);
  const guarded = checked.filter((c) => c.sql.includes('not exists (select 1 from "articles" cross join "article_renders"'));
  return { route, rowsRead: checked.reduce((sum, c) => sum + (c.rowsRead ?? 0), 0), guarded };
}

const renderFragmentOf = async (id: number, slug: string) => expect(await renderArticleFragment(db(), env, id, slug)).toBe(true);

beforeAll(async () => {
  await seedScaleArchive(env.DB, ARTICLES);
  // Every row fresh and of the current renderer, as after the backlog is rendered: a plan that
  // walked the renderer index would read all of them (rows without markup are never served).
  await env.DB.prepare('update article_renders set stale = 0, renderer = ?').bind(RENDERER).run();
  await env.DB.prepare(`update articles set body_html = body_html || ? where id = ?`).bind(CARD, EMBED.id).run();
  await env.DB.prepare(`insert into embeds (url, provider, status, title, fetched_at) values (?, 'youtube', 'ok', ?, ?)`)
    .bind('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42', 'Wojewoda o wałach — „spokojnie” 🇵🇱', Date.now())
    .run();
  const { results } = await env.DB.prepare(`select name from sqlite_schema where type = 'table'`).all<{ name: string }>();
  tables = new Set(results.map((r) => r.name));
}, 120_000);

describe.each([
  { state: 'a fresh database (no statistics)', prepare: async () => {} },
  { state: 'after ANALYZE', prepare: () => env.DB.exec('ANALYZE') },
])('the article page batch at 100,000 articles, $state', ({ prepare }) => {
  beforeAll(async () => {
    await prepare();
  });

  it('from a fresh fragment: the guarded lookup and the card walk read next to nothing', async () => {
    await renderFragmentOf(s.id, s.slug);
    const fresh = await missOn(`/articles/${s.slug}`, 200);
    const lite = await missOn(`/lite/articles/${s.slug}`, 200);
    // Each guarded statement costs its guard's probe (the slug index, the article, its render
    // row) and stops: about 4 rows each, some 40 for the batch, besides the navigation's few.
    // With statistics the section statement may walk the few sections first (query-plan-rules
    // allows it), guard or not.
    for (const miss of [fresh, lite]) {
      expect(miss.guarded).toHaveLength(9);
      for (const { rowsRead, sql, plan } of miss.guarded) expect(rowsRead, `${sql}\n${plan.join('\n')}`).toBeLessThanOrEqual(4 + SCALE_SECTIONS);
      expect(miss.rowsRead).toBeLessThanOrEqual(80);
    }
    await env.DB.prepare('update article_renders set stale = 1, version = version + 1 where article_id = ?').bind(s.id).run();
    const stale = await missOn(`/articles/${s.slug}`, 200);
    // Rendered in full from the same batch: the lookup's rows are read now.
    expect(stale.rowsRead).toBeGreaterThan(fresh.rowsRead);
    expect(stale.rowsRead).toBeLessThanOrEqual(100);
  });

  it('an old slug, a withdrawn story and an unknown slug', async () => {
    for (const [path, status] of [[`/articles/${s.oldSlug}`, 301], ['/articles/story-13', 410], ['/articles/no-such-story', 404], [`/lite/articles/${s.oldSlug}`, 301]] as const) {
      expect((await missOn(path, status)).rowsRead, path).toBeLessThanOrEqual(100);
    }
  });

  it("a page with an embed card: its link found in the body, its metadata by primary key", async () => {
    await renderFragmentOf(EMBED.id, EMBED.slug);
    const { route, rowsRead } = await missOn(`/articles/${EMBED.slug}`, 200);
    expect(route.body).toContain('Wojewoda o wałach — „spokojnie” 🇵🇱');
    // The walk's own rows count too: a few per card.
    expect(rowsRead).toBeLessThanOrEqual(100);
  });
});
