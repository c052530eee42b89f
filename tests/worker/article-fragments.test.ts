/**
 * Article pages served from fragments rendered at publish time (src/article-render): the page
 * from a fresh fragment is byte for byte the page the full render makes, for the sample
 * newsroom and the corpus of issue #10 (Polish, Ukrainian, emoji, 300-character headlines,
 * images, tables, related stories) plus a story with embed cards and one with a correction;
 * drafts never leak; a reader's miss writes nothing.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { storedPieces } from '../../src/article-render/fragments';
import { renderArticlePieces, withLiveEntries } from '../../src/article-render/pieces';
import { articles, embeds } from '../../src/db/schema';
import { findPublicArticle } from '../../src/queries/articles';
import { readSiteSettings } from '../../src/site/settings';
import { articles as sample } from '../../seed/content';
import { corpus, corpusAuthors, corpusTags, toEditorJson } from '../corpus';
import { ENTRIES } from './live-support';
import { tokenFor } from './editor-support';
import { PROVIDER_LINKS } from './embeds-fixtures';
import { api, createDraft, markAllStale, page, renderAll, renderRow, renderTableState, stubOutboundFetch } from './article-fragments-support';
import { db, jsonLd, seedSampleNewsroom } from './support';

const slugs: string[] = [];
let embedSlug = '';
let correctedSlug = '';
const liveStory = { id: 0, slug: '' };
let admin = '';
/** Admin tokens for the corpus: each stays under the per-token write limit (120 a minute). */
const desks: string[] = [];
let writes = 0;
const desk = () => desks[writes++ % desks.length]!;

async function publish(token: string, json: Record<string, unknown>) {
  const draft = await createDraft(token, json);
  const res = await api(`/articles/${draft.id}/publish`, { token, method: 'POST' });
  expect(res.status).toBe(200);
  return { id: draft.id, slug: (await res.json<{ slug: string }>()).slug };
}

/** The corpus through the editor API, in order (a follow-up needs the id of what it follows). */
async function publishCorpus() {
  for (const tag of corpusTags) await api('/tags', { token: admin, json: { name: tag.name, ...(tag.slug ? { slug: tag.slug } : {}) } });
  for (const author of corpusAuthors) await api('/authors', { token: admin, json: { name: author.name, bio: author.bio, ...(author.slug ? { slug: author.slug } : {}) } });
  const ids = new Map<number, number>();
  for (let i = 0; i < corpus.length; i += 8) {
    await Promise.all(
      corpus.slice(i, i + 8).map(async (story) => {
        if (story.previously.some((p) => !ids.has(p))) return;
        const res = await api('/articles', { token: desk(), json: toEditorJson(story, (p) => ids.get(p)!) });
        if (res.status !== 201) return;
        const draft = await res.json<{ id: number }>();
        ids.set(story.index, draft.id);
      }),
    );
  }
  for (const id of ids.values()) {
    const res = await api(`/articles/${id}/publish`, { token: desk(), method: 'POST' });
    if (res.status === 200) slugs.push((await res.json<{ slug: string }>()).slug);
  }
}

beforeAll(async () => {
  stubOutboundFetch();
  await seedSampleNewsroom();
  admin = (await tokenFor('admin')).secret;
  for (let i = 0; i < 5; i++) desks.push((await tokenFor('admin', `desk-${i}`)).secret);
  slugs.push(...sample.filter((a) => a.status === 'published').map((a) => a.slug));
  await publishCorpus();
  const embedStory = await publish(admin, {
    title: 'Zełenski w Warszawie: „Nie ustąpimy” — Зеленський у Варшаві 🇺🇦🇵🇱, what the "deal" means',
    body: ['Prezydent przyjechał rano:', ...PROVIDER_LINKS.map(([, link]) => link)].join('\n\n'),
    language: 'pl',
  });
  embedSlug = embedStory.slug;
  // Metadata one provider already sent: the card shows its title (filled in per request).
  const canonical = (await page(`/articles/${embedSlug}`)).html.match(/data-provider="youtube" data-url="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  const metadata = { status: 'ok' as const, title: 'Przemówienie w Sejmie — 🇵🇱', fetchedAt: new Date() };
  // Over the failure the background lookup may already have stored (the providers are stubbed away).
  await db().insert(embeds).values({ url: canonical, provider: 'youtube', ...metadata }).onConflictDoUpdate({ target: embeds.url, set: metadata });
  const corrected = await publish(admin, { title: 'Most na Wiśle zamknięty do piątku', body: '| dzień | objazd |\n| --- | --- |\n| pon | Most Łazienkowski |', language: 'pl' });
  correctedSlug = corrected.slug;
  expect((await api(`/articles/${corrected.id}/corrections`, { token: admin, json: { kind: 'correction', text: 'Most jest zamknięty do **piątku**, nie czwartku.' } })).status).toBe(201);
  // A live story: its fragment holds the page, its entries are filled in per request.
  const live = await publish(admin, { title: 'Na żywo: strajk na przejściu w Dorohusku — Наживо: страйк на кордоні 🚛, kolejka ma 12 km', live: true, language: 'pl' });
  for (const [body, flags] of [[ENTRIES.en, { keyEvent: true }], [ENTRIES.pl, { pinned: true }], [ENTRIES.uk, {}]] as const) {
    expect((await api(`/articles/${live.id}/entries`, { token: admin, json: { body, ...flags } })).status).toBe(201);
  }
  Object.assign(liveStory, live);
  slugs.push(embedSlug, correctedSlug, live.slug);
  await renderAll();
}, 300_000);

afterAll(() => {
  vi.restoreAllMocks();
});


describe('a page served from its fragment', () => {
  it('is byte for byte the full render, full and lite, for every published story', async () => {
    expect(slugs.length).toBeGreaterThan(100);
    await markAllStale();
    const paths = slugs.flatMap((slug) => [`/articles/${slug}`, `/lite/articles/${slug}`]);
    const fallback = new Map<string, Awaited<ReturnType<typeof page>>>();
    for (const path of paths) {
      const res = await page(path);
      expect(res.status, path).toBe(200);
      // The fragment read found nothing fresh: the full render, from the lookup and embed cards read in the same batch.
      expect(res.roundTrips, path).toBe(1);
      expect(res.fromFragment, path).toBe(false);
      fallback.set(path, res);
    }
    await renderAll();
    let fromFragments = 0;
    for (const path of paths) {
      const res = await page(path);
      const before = fallback.get(path)!;
      expect(res.html, path).toBe(before.html);
      for (const header of ['last-modified', 'content-security-policy', 'cache-control']) expect(res.headers.get(header), `${path} ${header}`).toBe(before.headers.get(header));
      if (res.fromFragment && res.roundTrips === 1) fromFragments++;
    }
    // Every story came from its fragment, live ones too (their entries filled in per request).
    const live = await db().select({ slug: articles.slug }).from(articles).where(eq(articles.live, true));
    expect(slugs.filter((slug) => live.some((l) => l.slug === slug)).length).toBeGreaterThan(0);
    expect(fromFragments).toBe(paths.length);
  }, 300_000);

  it('shows embed metadata, the correction and the table from the fragment', async () => {
    const embed = await page(`/articles/${embedSlug}`);
    // The fragment and the embed metadata, in one batch.
    expect([embed.roundTrips, embed.fromFragment]).toEqual([1, true]);
    expect(embed.html).toContain('Przemówienie w Sejmie — 🇵🇱');
    expect(embed.headers.get('content-security-policy')).toContain('https://www.youtube-nocookie.com');
    const corrected = await page(`/articles/${correctedSlug}`);
    expect([corrected.roundTrips, corrected.fromFragment]).toEqual([1, true]);
    expect(corrected.html).toContain('<strong>piątku</strong>');
    expect(corrected.html).toContain('<table>');
  });

  it('puts the origin of the request where the fragment has its placeholder (npm run dev: no SITE_ORIGIN)', async () => {
    const site = await readSiteSettings(db(), env);
    const liveSlugs = (await db().select({ slug: articles.slug }).from(articles).where(eq(articles.live, true))).map((a) => a.slug).filter((s) => slugs.includes(s));
    expect(liveSlugs.length).toBeGreaterThan(0);
    for (const slug of [...slugs.slice(0, 20), embedSlug, correctedSlug, ...liveSlugs]) {
      const lookup = await findPublicArticle(db(), slug);
      if (lookup.kind !== 'found') throw new Error(slug);
      const origin = 'http://127.0.0.1:8787';
      const placeholder = 'https://o0123456789abcdef.invalid';
      const direct = await renderArticlePieces(lookup.record, origin, site);
      const stored = await renderArticlePieces(lookup.record, placeholder, site);
      expect(stored.article + stored.head).not.toContain(origin);
      const served = storedPieces({ headHtml: stored.head, articleHtml: stored.article, pageMeta: JSON.stringify({ ...stored.meta, origin: placeholder }) }, origin)!;
      // A live story's pieces hold markers (random per render) until its entries are filled in.
      const noEntries = { entries: [], keyEvents: [], olderBefore: null };
      expect(await withLiveEntries(served, noEntries, origin, site.timeZone), slug).toEqual(await withLiveEntries(direct, noEntries, origin, site.timeZone));
    }
  });
});

describe('a live story', () => {
  it('is served from its fragment with its entries read in the same batch: a new entry shows at once, the fragment stays fresh', async () => {
    await renderAll();
    const version = (await renderRow(liveStory.id))!.version;
    const text = 'Straż Graniczna: „odprawa wznowiona o 14:05” — Прикордонники: рух відновлено ✅';
    expect((await api(`/articles/${liveStory.id}/entries`, { token: admin, json: { body: text, keyEvent: true } })).status).toBe(201);
    expect(await renderRow(liveStory.id)).toMatchObject({ version, stale: 0 });
    const path = `/articles/${liveStory.slug}`;
    const res = await page(path);
    expect([res.roundTrips, res.fromFragment]).toEqual([1, true]);
    expect(res.html).toContain(text);
    expect(res.html).not.toMatch(/<!--live-/);
    expect(jsonLd(res.html)[0].liveBlogUpdate).toHaveLength(4);
    // The same bytes as the full render, and the "older entries" page from the fragment too.
    await markAllStale();
    const full = await page(path);
    expect([full.roundTrips, full.fromFragment]).toEqual([1, false]);
    expect(full.html).toBe(res.html);
    expect(full.headers.get('last-modified')).toBe(res.headers.get('last-modified'));
    await renderAll();
    const older = await page(`${path}?before=${2 ** 40}`);
    expect([older.roundTrips, older.fromFragment]).toEqual([1, true]);
    expect(older.html).toContain(text);
  });
});

describe('drafts and readers', () => {
  it('never serves the fragment of a story that is not public, even one holding markup', async () => {
    const hidden = sample.filter((a) => a.status !== 'published');
    expect(hidden.length).toBeGreaterThan(0);
    const [donor] = await db().select({ id: articles.id }).from(articles).where(eq(articles.slug, slugs[0]!));
    const donorRow = await env.DB.prepare('select head_html, article_html, page_meta from article_renders where article_id = ?').bind(donor!.id).first<Record<string, string>>();
    for (const story of hidden) {
      const [row] = await db().select({ id: articles.id }).from(articles).where(eq(articles.slug, story.slug));
      // A fresh row with a page in it, which no render would store for a draft.
      await env.DB.prepare('update article_renders set stale = 0, head_html = ?, article_html = ?, page_meta = ? where article_id = ?')
        .bind(donorRow!.head_html, donorRow!.article_html, donorRow!.page_meta, row!.id)
        .run();
      for (const path of [`/articles/${story.slug}`, `/lite/articles/${story.slug}`]) {
        const res = await page(path);
        expect(res.status, path).toBe(404);
        expect(res.html).not.toContain(story.title);
      }
    }
  });

  it('removes an unpublished story at once, before any render', async () => {
    const story = await publish(admin, { title: 'Wycofany tekst: „to się nie wydarzyło” 🙈', body: 'Treść.' });
    await renderAll();
    expect((await page(`/articles/${story.slug}`)).fromFragment).toBe(true);
    expect((await api(`/articles/${story.id}/unpublish`, { token: admin, method: 'POST' })).status).toBe(200);
    const res = await page(`/articles/${story.slug}`);
    expect(res.status).toBe(410);
    expect(res.html).not.toContain('Wycofany');
  });

  it('writes nothing on a reader miss, fresh fragment or not', async () => {
    await renderAll();
    const fresh = await renderTableState();
    expect(fresh).toMatchObject({ stale: 0 });
    for (const slug of slugs.slice(0, 10)) expect((await page(`/articles/${slug}`)).fromFragment).toBe(true);
    expect(await renderTableState()).toEqual(fresh);
    await markAllStale();
    const stale = await renderTableState();
    for (const slug of slugs.slice(0, 10)) expect((await page(`/lite/articles/${slug}`)).fromFragment).toBe(false);
    expect(await renderTableState()).toEqual(stale);
    const [first] = await db().select({ id: articles.id }).from(articles).where(eq(articles.slug, slugs[0]!));
    expect(await renderRow(first!.id)).toMatchObject({ stale: 1 });
  });
});
