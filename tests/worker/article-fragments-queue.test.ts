/**
 * The backlog of the article fragments (src/article-render/backlog.ts) as the cron renders it
 * without a render queue: what it picks and in which order, what a failing render leaves,
 * what a render stores when the story changed under it, its D1 query cost against the
 * per-invocation budget, and the reader's page when a stored fragment cannot be used. The
 * queue itself: article-fragments-render-queue.test.ts.
 */
import { env } from 'cloudflare:workers';
import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { outdatedFragmentsQuery, renderStaleFragments, staleFragmentsQuery } from '../../src/article-render/backlog';
import { renderArticleFragment, storedPieces } from '../../src/article-render/fragments';
import { idsPerMessage, QUERIES_PER_RENDER, queriesPerInvocation, rendersBesideOtherWork } from '../../src/article-render/limits';
import { FAILED_RENDERER, RENDERER } from '../../src/article-render/renderer';
import { getDb } from '../../src/db/client';
import { articles } from '../../src/db/schema';
import { tokenFor } from './editor-support';
import { countingD1, createDraft, markAllStale, page, renderAll, renderRow } from './article-fragments-support';
import { db, seedSampleNewsroom } from './support';

const published = async () =>
  db().select({ id: articles.id, slug: articles.slug }).from(articles).where(eq(articles.status, 'published')).orderBy(desc(articles.id));
const fragmentRow = (id: number) =>
  env.DB.prepare('select stale, renderer, article_html as html, page_meta as meta from article_renders where article_id = ?').bind(id).first<{ stale: number; renderer: string; html: string | null; meta: string | null }>();

beforeAll(async () => {
  await seedSampleNewsroom();
  const admin = (await tokenFor('admin')).secret;
  // A draft: its row is empty and must never be re-rendered after a deploy.
  await createDraft(admin, { title: 'Szkic: „niegotowe” — чернетка 📝' });
  await renderAll();
}, 60_000);

describe('the backlog picks', () => {
  it('stale fragments newest first (the most read stories)', async () => {
    await markAllStale();
    const all = await env.DB.prepare('select article_id as id from article_renders order by article_id desc limit 5').all<{ id: number }>();
    expect((await staleFragmentsQuery(db(), 5)).map((r) => r.id)).toEqual(all.results.map((r) => r.id));
    await renderAll();
  });

  it('after a deploy, only fragments with markup (not the empty rows of drafts)', async () => {
    await env.DB.prepare("update article_renders set renderer = '0.old'").run();
    const withMarkup = await env.DB.prepare('select article_id as id from article_renders where article_html is not null').all<{ id: number }>();
    const empty = await env.DB.prepare('select count(*) as n from article_renders where article_html is null').first<{ n: number }>();
    expect(empty!.n).toBeGreaterThan(0);
    const picked = await outdatedFragmentsQuery(db(), 10_000);
    expect(picked.map((r) => r.id).sort()).toEqual(withMarkup.results.map((r) => r.id).sort());
    await renderAll();
    expect(await outdatedFragmentsQuery(db(), 10)).toEqual([]);
  });
});

describe('a render that throws', () => {
  it('is stored as failed, so the queue moves on; a change or deploy retries it', async () => {
    const [a, b, c, older] = (await published()).slice(0, 4) as { id: number; slug: string }[];
    // A time past the largest Date: rendering it throws (the editor API never stores one).
    const times = await env.DB.prepare('select id, published_at as at from articles').all<{ id: number; at: number }>();
    const broken = (id: number) => env.DB.prepare('update articles set published_at = 9e15, updated_at = 9e15 where id = ?').bind(id).run();
    const mended = (id: number) => {
      const at = times.results.find((t) => t.id === id)!.at;
      return env.DB.prepare('update articles set published_at = ?, updated_at = ? where id = ?').bind(at, at, id).run();
    };
    for (const { id } of [a!, b!, c!]) await broken(id);
    await env.DB.prepare('update article_renders set stale = 1, version = version + 1 where article_id = ?').bind(older!.id).run();
    expect(await renderStaleFragments(db(), env, 3)).toBe(0);
    expect(await fragmentRow(a!.id)).toMatchObject({ stale: 0, renderer: FAILED_RENDERER, html: null });
    // The next run reaches the older story instead of the same three failures.
    expect(await renderStaleFragments(db(), env, 3)).toBe(1);
    expect(await fragmentRow(older!.id)).toMatchObject({ stale: 0, renderer: RENDERER });
    // Fixed: the change marks it stale and it renders.
    await mended(a!.id);
    await renderAll();
    expect(await fragmentRow(a!.id)).toMatchObject({ stale: 0, renderer: RENDERER });
    // A deploy retries the others (a failure of an older renderer).
    for (const { id } of [b!, c!]) await mended(id);
    await renderAll();
    await env.DB.prepare("update article_renders set renderer = 'failed:0.old', stale = 0, article_html = null where article_id = ?").bind(b!.id).run();
    expect((await outdatedFragmentsQuery(db(), 10_000)).map((r) => r.id)).toContain(b!.id);
    await renderAll();
    expect(await fragmentRow(b!.id)).toMatchObject({ stale: 0, renderer: RENDERER });
  });
});

describe('a render whose story moved after the pick', () => {
  it('stores nothing at the old slug; the next pick renders it at the new one', async () => {
    const [story] = (await published()).slice(5, 6) as { id: number; slug: string }[];
    await env.DB.prepare("update articles set slug = slug || '-nowy' where id = ?").bind(story!.id).run();
    expect(await renderArticleFragment(db(), env, story!.id, story!.slug)).toBe(false);
    expect((await renderRow(story!.id))!.stale).toBe(1);
    await renderAll();
    expect(await renderRow(story!.id)).toMatchObject({ stale: 0, stored: 1 });
    expect((await page(`/articles/${story!.slug}-nowy`)).roundTrips).toBe(1);
  });
});

describe('query budget', () => {
  it('one render costs QUERIES_PER_RENDER D1 queries', async () => {
    const [story] = (await published()).slice(1, 2) as { id: number; slug: string }[];
    await env.DB.prepare('update article_renders set stale = 1, version = version + 1 where article_id = ?').bind(story!.id).run();
    const { db: counting, counter } = countingD1(env.DB);
    expect(await renderArticleFragment(getDb(counting), env, story!.id, story!.slug)).toBe(true);
    expect(counter.queries).toBe(QUERIES_PER_RENDER);
  });

  it('sizes every share from D1_QUERIES_PER_INVOCATION: Workers Paid (the default) and Free', () => {
    const paid = { D1_QUERIES_PER_INVOCATION: '1000' };
    const free = { D1_QUERIES_PER_INVOCATION: '50' };
    expect(queriesPerInvocation(env)).toBe(1000);
    expect(queriesPerInvocation({})).toBe(1000);
    expect(queriesPerInvocation({ D1_QUERIES_PER_INVOCATION: 'lots' })).toBe(1000);
    expect(queriesPerInvocation(free)).toBe(50);
    // The cron and a write keep half for their other work, two queries to pick the rows.
    expect(rendersBesideOtherWork(paid)).toBe(38);
    expect(rendersBesideOtherWork(free)).toBe(1);
    expect(2 + rendersBesideOtherWork(free) * QUERIES_PER_RENDER).toBeLessThanOrEqual(25);
    // A queue message: what one invocation renders after the query that reads which are stale.
    expect(idsPerMessage(paid)).toBe(76);
    expect(idsPerMessage(free)).toBe(3);
    expect(1 + idsPerMessage(free) * QUERIES_PER_RENDER).toBeLessThanOrEqual(50);
    expect(1 + idsPerMessage(paid) * QUERIES_PER_RENDER).toBeLessThanOrEqual(1000);
  });
});

describe('a stored fragment that cannot be used', () => {
  it('is not served for an origin that is not a plain scheme, host and port', async () => {
    const [story] = (await published()).slice(2, 3) as { id: number; slug: string }[];
    const row = await fragmentRow(story!.id);
    const fragment = { headHtml: '', articleHtml: row!.html, pageMeta: row!.meta };
    expect(storedPieces(fragment, 'https://news.example')).not.toBeNull();
    expect(storedPieces(fragment, 'http://localhost:8787')).not.toBeNull();
    expect(storedPieces(fragment, new URL('http://a"onfocus=x.com/').origin)).toBeNull();
  });

  it('falls back to the full render when filling it throws (a live marker missing), never a 500', async () => {
    const [story] = (await published()).slice(3, 4) as { id: number; slug: string }[];
    const full = await page(`/articles/${story!.slug}`);
    expect(full.roundTrips).toBe(1);
    const live = { slot: 'live-gone', slug: story!.slug, live: true, coverageStartedAt: Date.UTC(2026, 10, 20, 6), coverageEndedAt: null, language: 'en', url: 'https://news.example/x', updatedAt: '2026-11-20T09:30:00.000Z' };
    await env.DB.prepare("update article_renders set page_meta = json_set(page_meta, '$.live', json(?)) where article_id = ?").bind(JSON.stringify(live), story!.id).run();
    const res = await page(`/articles/${story!.slug}`);
    expect(res.status).toBe(200);
    expect(res.html).toBe(full.html);
  });
});
