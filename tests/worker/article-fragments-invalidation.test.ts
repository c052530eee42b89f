/**
 * Every change to something an article page shows makes its fragment stale in the same write
 * (the triggers of migrations/0018_article_renders.sql): right after the write the page shows
 * the new value, and once the fragments are rendered again it is served from its fragment,
 * with the new value. Embed metadata is not in fragments: it is filled in per request.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articles, embeds, siteSettings } from '../../src/db/schema';
import { tokenFor } from './editor-support';
import { api, createDraft, page, renderAll, renderRow, stubOutboundFetch } from './article-fragments-support';
import { db, seedSampleNewsroom } from './support';

let admin = '';
afterAll(() => {
  vi.restoreAllMocks();
});
const story = { id: 0, slug: '', path: '' };
const earlier = { id: 0, slug: '' };

beforeAll(async () => {
  stubOutboundFetch();
  await seedSampleNewsroom();
  admin = (await tokenFor('admin')).secret;
  expect((await api('/sections', { token: admin, json: { name: 'Region', slug: 'region' } })).status).toBe(201);
  expect((await api('/authors', { token: admin, json: { name: 'Ołena Kowalczuk', slug: 'olena-kowalczuk', bio: 'Reporterka.' } })).status).toBe(201);
  expect((await api('/tags', { token: admin, json: { name: 'Powódź', slug: 'powodz' } })).status).toBe(201);
  // A story still in draft that the page names as previously reported: invisible until published.
  const draft = await createDraft(admin, { title: 'Wały na Odrze: pierwsze pomiary', body: 'Pomiary.', section: 'region' });
  Object.assign(earlier, { id: draft.id, slug: draft.slug });
  const created = await createDraft(admin, {
    title: 'Powódź na Dolnym Śląsku: „woda opada” — Повінь у Польщі 🌊, what comes next for the 300 evacuated families',
    body: 'Woda opada od rana.\n\n| gmina | rodziny |\n| --- | --- |\n| Kłodzko | 120 |',
    section: 'region',
    author: 'olena-kowalczuk',
    tags: ['powodz'],
    related: [draft.id],
    language: 'pl',
  });
  const res = await api(`/articles/${created.id}/publish`, { token: admin, method: 'POST' });
  expect(res.status).toBe(200);
  Object.assign(story, { id: created.id, slug: created.slug, path: `/articles/${created.slug}` });
}, 60_000);

/**
 * Renders all fragments, checks the page comes from its own; runs `write`; checks the write
 * made the fragment stale (its version moved) and the page shows `shown`; renders again and
 * checks the page comes from the fragment with `shown` in it.
 */
async function expectRefreshed(write: () => Promise<unknown>, shown: string | RegExp, path = story.path) {
  await renderAll();
  const before = await page(path);
  expect([before.roundTrips, before.fromFragment]).toEqual([1, true]);
  expect(before.html).not.toMatch(shown);
  const version = (await renderRow(story.id))!.version;
  await write();
  expect((await renderRow(story.id))!.version).toBeGreaterThan(version);
  const right = await page(path);
  expect(right.status).toBe(200);
  expect(right.html).toMatch(shown);
  await renderAll();
  const after = await page(path);
  expect([after.roundTrips, after.fromFragment]).toEqual([1, true]);
  expect(after.html).toBe(right.html);
}

const ok = async (res: Promise<Response>, status = 200) => expect((await res).status).toBe(status);

describe('a fragment is refreshed when', () => {
  it('its author is renamed', () =>
    expectRefreshed(() => ok(api('/authors/olena-kowalczuk', { token: admin, method: 'PATCH', json: { name: 'Ołena Kowalczuk-Nowak' } })), 'Ołena Kowalczuk-Nowak'));

  it('its section is renamed', () =>
    expectRefreshed(() => ok(api('/sections/region', { token: admin, method: 'PATCH', json: { name: 'Regiony 🗺️' } })), 'Regiony 🗺️'));

  it('its tag is renamed', () => expectRefreshed(() => ok(api('/tags/powodz', { token: admin, method: 'PATCH', json: { name: 'Powódź 2026' } })), 'Powódź 2026'));

  it('a story it names as previously reported is published (it appears)', () =>
    expectRefreshed(() => ok(api(`/articles/${earlier.id}/publish`, { token: admin, method: 'POST' })), 'Wały na Odrze: pierwsze pomiary'));

  it("that story's headline changes", async () => {
    const etag = (await api(`/articles/${earlier.id}`, { token: admin })).headers.get('etag')!;
    await expectRefreshed(
      () => ok(api(`/articles/${earlier.id}`, { token: admin, method: 'PATCH', json: { title: 'Wały na Odrze: „nowe” pomiary ⚠️' }, headers: { 'if-match': etag } })),
      'Wały na Odrze: „nowe” pomiary ⚠️',
    );
  });

  it('a correction is added', () =>
    expectRefreshed(() => ok(api(`/articles/${story.id}/corrections`, { token: admin, json: { kind: 'correction', text: 'Ewakuowano 300 rodzin, nie 30.' } }), 201), 'Ewakuowano 300 rodzin, nie 30.'));

  it('the site time zone changes (every fragment)', async () => {
    const [row] = await db().select({ publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, story.id));
    const inTokyo = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(row!.publishedAt!);
    const settings = { name: env.SITE_NAME, timeZone: 'Asia/Tokyo', language: 'en' };
    await expectRefreshed(
      () => db().insert(siteSettings).values({ id: 1, ...settings, updatedAt: new Date() }).onConflictDoUpdate({ target: siteSettings.id, set: settings }),
      new RegExp(`<time datetime="[^"]+">[^<]*${inTokyo}`),
    );
  });

  it('a deploy changes the renderer (a fragment of another renderer is never served)', async () => {
    await renderAll();
    await env.DB.prepare("update article_renders set renderer = '0.old', article_html = replace(article_html, '</h1>', ' (old views)</h1>') where article_id = ?").bind(story.id).run();
    const res = await page(story.path);
    expect([res.roundTrips, res.fromFragment]).toEqual([1, false]);
    expect(res.html).not.toContain('(old views)');
    await renderAll();
    const after = await page(story.path);
    expect([after.roundTrips, after.fromFragment]).toEqual([1, true]);
    expect(after.html).toBe(res.html);
  });

  it('embed metadata arrives (filled in per request: the fragment stays fresh)', async () => {
    const draft = await createDraft(admin, { title: 'Konferencja: „na żywo” 📺', body: 'Zobacz:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ', section: 'region' });
    await ok(api(`/articles/${draft.id}/publish`, { token: admin, method: 'POST' }));
    await renderAll();
    const before = await page(`/articles/${draft.slug}`);
    expect([before.roundTrips, before.fromFragment]).toEqual([1, true]); // the fragment and the cards' metadata, in one batch
    const url = before.html.match(/data-provider="youtube" data-url="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    const metadata = { status: 'ok' as const, title: 'Konferencja wojewody — na żywo', fetchedAt: new Date() };
    await db().insert(embeds).values({ url, provider: 'youtube', ...metadata }).onConflictDoUpdate({ target: embeds.url, set: metadata });
    const res = await page(`/articles/${draft.slug}`);
    expect([res.roundTrips, res.fromFragment]).toEqual([1, true]);
    expect(res.html).toContain('Konferencja wojewody — na żywo');
    expect((await renderRow(draft.id))!.stale).toBe(0);
  });
});

describe('right after a write', () => {
  const staleIds = async () =>
    (await env.DB.prepare('select article_id as id from article_renders where stale = 1').all<{ id: number }>()).results.map((r) => r.id);

  it('renders the written story and the stories that name it, never the backlog (the cron renders that)', async () => {
    await renderAll();
    await env.DB.prepare('update article_renders set stale = 1, version = version + 1').run();
    const backlog = await staleIds();
    expect(backlog.length).toBeGreaterThan(10);
    // `earlier` (published above) is named by `story` as previously reported: its headline change re-renders both.
    const etag = (await api(`/articles/${earlier.id}`, { token: admin })).headers.get('etag')!;
    await ok(api(`/articles/${earlier.id}`, { token: admin, method: 'PATCH', json: { title: 'Wały na Odrze: pomiary z „czwartku” 📏' }, headers: { 'if-match': etag } }));
    expect((await staleIds()).sort()).toEqual(backlog.filter((id) => id !== earlier.id && id !== story.id).sort());
    const res = await page(story.path);
    expect([res.roundTrips, res.fromFragment]).toEqual([1, true]);
    expect(res.html).toContain('Wały na Odrze: pomiary z „czwartku” 📏');
  });
});

describe('a write that changes nothing a page shows leaves the fragments fresh', () => {
  const versions = async () => (await env.DB.prepare('select sum(version) as v from article_renders').first<{ v: number }>())!.v;

  it('a settings save without changes (an upsert: the trigger used to mark every fragment)', async () => {
    await renderAll();
    const [row] = await db().select().from(siteSettings);
    const before = await versions();
    const same = { name: row!.name, timeZone: row!.timeZone, language: row!.language };
    await db().insert(siteSettings).values({ id: 1, ...same, updatedAt: new Date() }).onConflictDoUpdate({ target: siteSettings.id, set: { ...same, updatedAt: new Date() } });
    expect(await versions()).toBe(before);
  });

  it("a section's description edit from a form that resends its name", async () => {
    await renderAll();
    const before = await versions();
    const { name } = (await env.DB.prepare("select name from sections where slug = 'region'").first<{ name: string }>())!;
    await ok(api('/sections/region', { token: admin, method: 'PATCH', json: { name, description: 'Wiadomości z województw — „z bliska” 🏘️' } }));
    expect(await versions()).toBe(before);
  });

  it('a minor save of a story named as previously reported (its own fragment only)', async () => {
    await renderAll();
    const own = (await renderRow(earlier.id))!.version;
    const naming = (await renderRow(story.id))!.version;
    const etag = (await api(`/articles/${earlier.id}`, { token: admin })).headers.get('etag')!;
    await ok(api(`/articles/${earlier.id}`, { token: admin, method: 'PATCH', json: { body: 'Pomiary co dwie godziny — „bez zmian” 📏.' }, headers: { 'if-match': etag } }));
    expect((await renderRow(earlier.id))!.version).toBeGreaterThan(own);
    expect((await renderRow(story.id))!.version).toBe(naming);
  });
});

describe('a fragment is refreshed when (more)', () => {
  /** Like expectRefreshed, for text that must disappear from the page. */
  async function expectRemoved(write: () => Promise<unknown>, text: string) {
    await renderAll();
    expect((await page(story.path)).html).toContain(text);
    await write();
    const right = await page(story.path);
    expect(right.status).toBe(200);
    expect(right.html).not.toContain(text);
    await renderAll();
    const after = await page(story.path);
    expect([after.roundTrips, after.fromFragment]).toEqual([1, true]);
    expect(after.html).toBe(right.html);
  }
  const earlierTitle = async () => (await db().select({ title: articles.title }).from(articles).where(eq(articles.id, earlier.id)))[0]!.title;

  it('a story it names as previously reported is unpublished (its headline disappears)', async () => {
    await expectRemoved(() => ok(api(`/articles/${earlier.id}/unpublish`, { token: admin, method: 'POST' })), await earlierTitle());
    await ok(api(`/articles/${earlier.id}/publish`, { token: admin, method: 'POST' }));
  });

  it('a story it names as previously reported is trashed (its headline disappears)', async () => {
    await expectRemoved(() => ok(api(`/articles/${earlier.id}`, { token: admin, method: 'DELETE' }), 200), await earlierTitle());
  });

  it('a tag is added to it, and removed', async () => {
    expect((await api('/tags', { token: admin, json: { name: 'Ewakuacja „2026”', slug: 'ewakuacja' } })).status).toBe(201);
    const save = async (tags: string[]) => {
      const etag = (await api(`/articles/${story.id}`, { token: admin })).headers.get('etag')!;
      await ok(api(`/articles/${story.id}`, { token: admin, method: 'PATCH', json: { tags }, headers: { 'if-match': etag } }));
    };
    await expectRefreshed(() => save(['powodz', 'ewakuacja']), 'Ewakuacja „2026”');
    await expectRemoved(() => save(['powodz']), 'Ewakuacja „2026”');
  });

  it('a correction is edited, and removed', async () => {
    const correction = await env.DB.prepare('select id from corrections where article_id = ? order by id desc limit 1').bind(story.id).first<{ id: number }>();
    const path = `/articles/${story.id}/corrections/${correction!.id}`;
    await expectRefreshed(() => ok(api(path, { token: admin, method: 'PATCH', json: { text: 'Ewakuowano 320 rodzin — „dane gminy”.' } })), 'Ewakuowano 320 rodzin — „dane gminy”.');
    await expectRemoved(() => ok(api(path, { token: admin, method: 'DELETE' })), 'Ewakuowano 320 rodzin — „dane gminy”.');
  });
});
