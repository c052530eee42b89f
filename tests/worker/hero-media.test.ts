/**
 * The editor API's lead image and inline images by media id (issue #13): library defaults,
 * alt required, unknown ids, external URLs for admins only, article_media written with
 * every article write, and bodies that cannot forge responsive markup.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleMedia, media } from '../../src/db/schema';
import { api, createDraft, tokenFor } from './editor-support';
import { db, seedSampleNewsroom } from './support';

/** A library row as the upload API would leave it (tests insert media directly: the upload API is M1's). */
async function insertMedia(id: string, fields: Partial<typeof media.$inferInsert> = {}) {
  await db()
    .insert(media)
    .values({ id, sha256: id.padEnd(64, '0'), format: 'jpeg', width: 2400, height: 1600, bytes: 512_000, ...fields })
    .onConflictDoNothing();
}

const PORT = 'a1'.repeat(16);
const NO_ALT = 'b2'.repeat(16);
const SMALL = 'c3'.repeat(16);
const UNKNOWN = 'd4'.repeat(16);

let editor: string;
let admin: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  admin = (await tokenFor('admin')).secret;
  await insertMedia(PORT, { alt: 'Prom „Wisła” przy nabrzeżu w Gdańsku o świcie', caption: 'Poranny kurs na Westerplatte', credit: 'Fot. Anna Kowalczyk' });
  await insertMedia(NO_ALT, { caption: 'Kyiv at night 🌃' });
  await insertMedia(SMALL, { width: 800, height: 600, alt: 'Вулиця Хрещатик у Києві взимку' });
}, 60_000);

const fieldsOf = async (res: Response) => ((await res.json()) as { error: { details: { fields: Record<string, string[]> } } }).error.details.fields;
const articleMediaOf = (articleId: number) => db().select().from(articleMedia).where(eq(articleMedia.articleId, articleId));

describe('heroImage by media id', () => {
  it('takes alt, caption and credit from the library unless given, and stores the 16:9 copy', async () => {
    const draft = await createDraft(editor, { title: 'Gdańsk ferries run again after the winter storm “Ingrid”', heroImage: { mediaId: PORT } });
    const res = await api(`/articles/${draft.id}`);
    expect(res.status).toBe(401);
    const article = (await (await api(`/articles/${draft.id}`, { token: editor })).json()) as { heroImage: Record<string, unknown> };
    expect(article.heroImage).toEqual({
      mediaId: PORT,
      url: `/media/${PORT}/16x9/1280.jpg`,
      alt: 'Prom „Wisła” przy nabrzeżu w Gdańsku o świcie',
      caption: 'Poranny kurs na Westerplatte',
      credit: 'Fot. Anna Kowalczyk',
      external: false,
    });
    expect(await articleMediaOf(draft.id)).toEqual([{ articleId: draft.id, mediaId: PORT, role: 'hero' }]);

    const own = await createDraft(editor, { heroImage: { mediaId: PORT, alt: 'Ferry at the quay', caption: null, credit: 'Reuters' } });
    const ownArticle = (await (await api(`/articles/${own.id}`, { token: editor })).json()) as { heroImage: Record<string, unknown> };
    expect(ownArticle.heroImage).toMatchObject({ alt: 'Ferry at the quay', caption: null, credit: 'Reuters' });
  });

  it('never links a copy wider than the original', async () => {
    const draft = await createDraft(editor, { heroImage: { mediaId: SMALL } });
    const article = (await (await api(`/articles/${draft.id}`, { token: editor })).json()) as { heroImage: { url: string } };
    expect(article.heroImage.url).toBe(`/media/${SMALL}/16x9/640.jpg`);
  });

  it('answers 400 naming the field for an unknown id, a malformed id, or no alt text anywhere', async () => {
    const unknown = await api('/articles', { token: editor, json: { title: 'T', body: 'B', section: 'world', heroImage: { mediaId: UNKNOWN } } });
    expect(unknown.status).toBe(400);
    expect(Object.keys(await fieldsOf(unknown))).toEqual(['heroImage.mediaId']);

    const malformed = await api('/articles', { token: editor, json: { title: 'T', body: 'B', section: 'world', heroImage: { mediaId: '../../etc' } } });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(await fieldsOf(malformed))).toContain('heroImage');

    const noAlt = await api('/articles', { token: editor, json: { title: 'T', body: 'B', section: 'world', heroImage: { mediaId: NO_ALT } } });
    expect(noAlt.status).toBe(400);
    expect(Object.keys(await fieldsOf(noAlt))).toEqual(['heroImage.alt']);

    const withAlt = await api('/articles', { token: editor, json: { title: 'T', body: 'B', section: 'world', heroImage: { mediaId: NO_ALT, alt: 'Київ вночі' } } });
    expect(withAlt.status).toBe(201);
  });

  it('lets only admins use another site’s image, marked external', async () => {
    const external = { url: 'https://upload.wikimedia.org/harbour.jpg', alt: 'Harbour' };
    const byEditor = await api('/articles', { token: editor, json: { title: 'T', body: 'B', section: 'world', heroImage: external } });
    expect(byEditor.status).toBe(403);
    expect(Object.keys(await fieldsOf(byEditor))).toEqual(['heroImage.url']);

    const byAdmin = await api('/articles', { token: admin, json: { title: 'T', body: 'B', section: 'world', heroImage: external } });
    expect(byAdmin.status).toBe(201);
    const article = (await byAdmin.json()) as { id: number; heroImage: Record<string, unknown> };
    expect(article.heroImage).toMatchObject({ mediaId: null, url: external.url, external: true });
    expect(await articleMediaOf(article.id)).toEqual([]);
  });

  it('forgets the library link when the lead image is removed', async () => {
    const draft = await createDraft(editor, { heroImage: { mediaId: PORT } });
    const res = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { heroImage: null }, headers: { 'if-match': draft.etag } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { heroImage: unknown }).heroImage).toBeNull();
    expect(await articleMediaOf(draft.id)).toEqual([]);
  });
});

describe('inline images by media id', () => {
  it('renders ![alt](media:<id> "caption") into a responsive figure and records the use', async () => {
    const body = `Rano prom wypłynął o 6:40.\n\n![Prom przy nabrzeżu](media:${PORT} "Kurs „Wisły” na Westerplatte")\n\nІ знову: ![](media:${SMALL})`;
    const draft = await createDraft(editor, { body });
    const article = (await (await api(`/articles/${draft.id}`, { token: editor })).json()) as { bodyHtml: string };
    const html = article.bodyHtml;
    expect(html).toContain(`<figure class="media" data-lite-link="/media/${PORT}/original/1280.jpg" data-lite-alt="Prom przy nabrzeżu">`);
    expect(html).toContain(`<source type="image/avif" srcset="/media/${PORT}/original/320.avif 320w, /media/${PORT}/original/640.avif 640w`);
    expect(html).toContain(`/media/${PORT}/original/2048.webp 2048w`);
    expect(html).toContain(`<img src="/media/${PORT}/original/1280.jpg"`);
    expect(html).toContain('width="1280" height="853" alt="Prom przy nabrzeżu" loading="lazy" decoding="async"');
    expect(html).toContain('<figcaption>Kurs „Wisły” na Westerplatte <span class="credit">Fot. Anna Kowalczyk</span></figcaption>');
    // No alt in the body: the library's; the figure never sits inside a paragraph when alone.
    expect(html).toContain(`alt="Вулиця Хрещатик у Києві взимку"`);
    expect(html).not.toMatch(/<p><figure/);
    expect(html).toContain(`srcset="/media/${SMALL}/original/320.jpg 320w, /media/${SMALL}/original/640.jpg 640w"`);
    const rows = await articleMediaOf(draft.id);
    expect(rows.map((r) => `${r.role}:${r.mediaId}`).sort()).toEqual([`inline:${PORT}`, `inline:${SMALL}`]);
  });

  it('refuses unknown ids and images without alt text, naming the body', async () => {
    const unknown = await api('/articles', { token: editor, json: { title: 'T', section: 'world', body: `![x](media:${UNKNOWN})` } });
    expect(unknown.status).toBe(400);
    expect((await fieldsOf(unknown)).body?.[0]).toContain(`media:${UNKNOWN}`);
    const noAlt = await api('/articles', { token: editor, json: { title: 'T', section: 'world', body: `<p>x</p><img src="media:${NO_ALT}">`, bodyFormat: 'html' } });
    expect(noAlt.status).toBe(400);
    expect((await fieldsOf(noAlt)).body?.[0]).toContain('alt text');
  });

  it('keeps editors from forging responsive markup or smuggling other hosts into srcset', async () => {
    const forged = [
      '<picture><source srcset="https://evil.example/x.avif 1x"><img src="https://evil.example/x.jpg" srcset="https://evil.example/y.jpg 2x" sizes="100vw" alt="x"></picture>',
      `<img src="/media/${PORT}/original/1280.jpg" alt="relative">`,
      'media-00000000000000000000000000000000-0-end',
    ].join('\n');
    const draft = await createDraft(editor, { body: forged, bodyFormat: 'html' });
    const { bodyHtml } = (await (await api(`/articles/${draft.id}`, { token: editor })).json()) as { bodyHtml: string };
    expect(bodyHtml).not.toMatch(/<picture|<source|srcset|evil\.example\/y|src="\/media/);
    expect(bodyHtml).toContain('media-00000000000000000000000000000000-0-end');
    expect(await articleMediaOf(draft.id)).toEqual([]);
  });
});
