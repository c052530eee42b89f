/**
 * Every miss on an article page is one D1 round trip (issue #11): the page's batch holds the
 * navigation, the stored fragment, the live entries, the full lookup (guarded: it reads
 * nothing when the fragment is served) and the embed cards' metadata. Counted through the
 * page's Server-Timing (`d1;desc="1 query, N statements"`), for each kind of miss: a fresh
 * fragment, a stale one, none at all, an old slug (301), a withdrawn story (410), an unknown
 * slug and a draft's (404, its title never shown), a live story and its older entries, the
 * lite edition and a page with embed cards. None of them writes.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articles, embeds } from '../../src/db/schema';
import { ENTRIES } from './live-support';
import { tokenFor } from './editor-support';
import { api, createDraft, markAllStale, page, renderAll, renderTableState, stubOutboundFetch } from './article-fragments-support';
import { db, seedSampleNewsroom } from './support';

const TITLE = 'Rada Miasta przyjęła budżet: „to rok inwestycji” — Міська рада ухвалила бюджет 🏗️, a opozycja mówi o „kreatywnej księgowości” i zapowiada skargę do RIO';
const LIVE_TITLE = 'Na żywo: powódź na Odrze — Наживо: повінь на Одрі 🌊, wały w Nysie pod obserwacją przez całą noc';
const EMBED_TITLE = 'Konferencja wojewody: „sytuacja opanowana” 📺 — what the "all clear" means for Opole';
let admin = '';
const story = { id: 0, slug: '' };
const live = { id: 0, slug: '' };
const embedStory = { id: 0, slug: '' };

async function publish(json: Record<string, unknown>) {
  const draft = await createDraft(admin, json);
  const res = await api(`/articles/${draft.id}/publish`, { token: admin, method: 'POST' });
  expect(res.status).toBe(200);
  return { id: draft.id, slug: (await res.json<{ slug: string }>()).slug };
}

beforeAll(async () => {
  stubOutboundFetch();
  await seedSampleNewsroom();
  admin = (await tokenFor('admin')).secret;
  Object.assign(story, await publish({ title: TITLE, body: 'Radni głosowali do północy.\n\n| dział | mln zł |\n| --- | --- |\n| drogi | 412 |', language: 'pl' }));
  Object.assign(live, await publish({ title: LIVE_TITLE, live: true, language: 'pl' }));
  for (const [body, flags] of [[ENTRIES.en, { keyEvent: true }], [ENTRIES.pl, { pinned: true }], [ENTRIES.uk, {}]] as const) {
    expect((await api(`/articles/${live.id}/entries`, { token: admin, json: { body, ...flags } })).status).toBe(201);
  }
  Object.assign(embedStory, await publish({ title: EMBED_TITLE, body: 'Zobacz nagranie:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ', language: 'pl' }));
  await renderAll();
  // Metadata the provider already sent: the card shows its title, read in the page's batch.
  const url = (await page(`/articles/${embedStory.slug}`)).html.match(/data-provider="youtube" data-url="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  const metadata = { status: 'ok' as const, title: 'Wojewoda o wałach — „spokojnie” 🇵🇱', fetchedAt: new Date() };
  await db().insert(embeds).values({ url, provider: 'youtube', ...metadata }).onConflictDoUpdate({ target: embeds.url, set: metadata });
}, 120_000);

afterAll(() => {
  vi.restoreAllMocks();
});

/** Expects one D1 round trip for `path`, and returns the page. */
async function oneRoundTrip(path: string, status = 200) {
  const res = await page(path);
  expect(res.status, path).toBe(status);
  expect(res.roundTrips, `${path}: ${res.headers.get('server-timing')}`).toBe(1);
  return res;
}

describe('an article miss is one D1 round trip', () => {
  it('from a fresh fragment, full and lite, no dearer than before the lookup joined the batch', async () => {
    await renderAll();
    for (const path of [`/articles/${story.slug}`, `/lite/articles/${story.slug}`]) {
      const res = await oneRoundTrip(path);
      expect(res.fromFragment, path).toBe(true);
      expect(res.html).toContain('„to rok inwestycji”');
    }
  });

  it('with a stale fragment and with none: the full render, byte for byte the page from the fragment', async () => {
    await renderAll();
    const paths = [`/articles/${story.slug}`, `/lite/articles/${story.slug}`, `/articles/${live.slug}`, `/articles/${embedStory.slug}`];
    const fresh = new Map<string, string>();
    for (const path of paths) fresh.set(path, (await oneRoundTrip(path)).html);
    await markAllStale();
    for (const path of paths) {
      const res = await oneRoundTrip(path);
      expect(res.fromFragment, path).toBe(false);
      expect(res.html, path).toBe(fresh.get(path));
    }
    await env.DB.prepare('delete from article_renders where article_id = ?').bind(story.id).run();
    const none = await oneRoundTrip(`/articles/${story.slug}`);
    expect(none.fromFragment).toBe(false);
    expect(none.html).toBe(fresh.get(`/articles/${story.slug}`));
    await env.DB.prepare('insert into article_renders (article_id) values (?)').bind(story.id).run();
  });

  it('for a live story and its older entries, from the fragment and in full', async () => {
    await renderAll();
    const path = `/articles/${live.slug}`;
    const [newest] = (await env.DB.prepare('select id from live_entries where article_id = ? order by id desc limit 1').bind(live.id).all<{ id: number }>()).results;
    for (const stale of [false, true]) {
      if (stale) await markAllStale();
      const res = await oneRoundTrip(path);
      expect(res.fromFragment).toBe(!stale);
      expect(res.html).toContain('Наживо');
      expect(res.html).not.toMatch(/<!--live-/);
      const older = await oneRoundTrip(`${path}?before=${newest!.id}`);
      expect(older.fromFragment).toBe(!stale);
    }
  });

  it('for a page with embed cards: their metadata comes in the same batch', async () => {
    await renderAll();
    const res = await oneRoundTrip(`/articles/${embedStory.slug}`);
    expect(res.fromFragment).toBe(true);
    expect(res.html).toContain('Wojewoda o wałach — „spokojnie” 🇵🇱');
    expect(res.headers.get('content-security-policy')).toContain('https://www.youtube-nocookie.com');
    // The lite edition shows plain links: nothing to read.
    expect((await oneRoundTrip(`/lite/articles/${embedStory.slug}`)).html).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });

  it('for an old slug (301), in the edition it was asked in', async () => {
    await renderAll();
    const moved = await publish({ title: 'Nowy przystanek na Bielanach: „wreszcie” 🚏 — Нова зупинка', body: 'Treść.', language: 'pl' });
    const etag = (await api(`/articles/${moved.id}`, { token: admin })).headers.get('etag')!;
    const patched = await api(`/articles/${moved.id}`, { token: admin, method: 'PATCH', json: { slug: `${moved.slug}-bielany` }, headers: { 'if-match': etag } });
    expect(patched.status).toBe(200);
    await renderAll();
    expect((await oneRoundTrip(`/articles/${moved.slug}`, 301)).headers.get('location')).toBe(`/articles/${moved.slug}-bielany`);
    expect((await oneRoundTrip(`/lite/articles/${moved.slug}`, 301)).headers.get('location')).toBe(`/lite/articles/${moved.slug}-bielany`);
  });

  it('for a withdrawn story (410) and an unknown slug (404), fragment rendered or not', async () => {
    const withdrawn = await publish({ title: 'Wycofany tekst: „to się nie wydarzyło” 🙈 — Відкликаний текст', body: 'Treść.' });
    await renderAll();
    expect((await api(`/articles/${withdrawn.id}/unpublish`, { token: admin, method: 'POST' })).status).toBe(200);
    for (const stale of [false, true]) {
      if (stale) await markAllStale();
      else await renderAll();
      const gone = await oneRoundTrip(`/articles/${withdrawn.slug}`, 410);
      expect(gone.html).not.toContain('Wycofany');
      await oneRoundTrip('/articles/nie-ma-takiego-tekstu-2026', 404);
      await oneRoundTrip('/lite/articles/nie-ma-takiego-tekstu-2026', 404);
    }
  });

  it("for a draft's slug: a 404 without its title, even over a fragment row holding a page", async () => {
    await renderAll();
    const draft = await createDraft(admin, { title: 'Embargo do 6:00: „nowy prezes” 🤫 — Ембарго', body: 'Tajne.' });
    const donor = await env.DB.prepare('select head_html, article_html, page_meta from article_renders where article_id = ?').bind(story.id).first<Record<string, string>>();
    await env.DB.prepare('update article_renders set stale = 0, renderer = (select renderer from article_renders where article_id = ?), head_html = ?, article_html = ?, page_meta = ? where article_id = ?')
      .bind(story.id, donor!.head_html, donor!.article_html, donor!.page_meta, draft.id)
      .run();
    for (const path of [`/articles/${draft.slug}`, `/lite/articles/${draft.slug}`]) {
      const res = await oneRoundTrip(path, 404);
      expect(res.html).not.toContain('Embargo');
      expect(res.html).not.toContain('„to rok inwestycji”');
    }
  });

  it('writes nothing on any of these misses', async () => {
    await renderAll();
    const [row] = await db().select({ slug: articles.slug }).from(articles).where(eq(articles.status, 'unpublished'));
    const paths = [`/articles/${story.slug}`, `/lite/articles/${live.slug}`, `/articles/${embedStory.slug}`, `/articles/${row!.slug}`, '/articles/nie-ma-takiego-tekstu-2026'];
    const fresh = await renderTableState();
    for (const path of paths) await page(path);
    expect(await renderTableState()).toEqual(fresh);
    await markAllStale();
    const stale = await renderTableState();
    for (const path of paths) await page(path);
    expect(await renderTableState()).toEqual(stale);
  });
});
