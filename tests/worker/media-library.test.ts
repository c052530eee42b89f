/** The media library API: words, focal point, listing and search, deletion rules (docs/media.md). */
import { env } from 'cloudflare:workers';
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleMedia, articles } from '../../src/db/schema';
import { api, tokenFor } from './editor-support';
import { db, request, seedSampleNewsroom } from './support';
import { r2Keys, SMALL, upload, uniquePng, type UploadedMedia } from './media-support';

let owner: { secret: string; id: number };
let otherContributor: string;
let editor: string;
let admin: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  owner = await tokenFor('contributor');
  otherContributor = (await tokenFor('contributor')).secret;
  editor = (await tokenFor('editor')).secret;
  admin = (await tokenFor('admin')).secret;
}, 60_000);

async function uploadNew(token: string, seed: number, words: Record<string, string> = {}) {
  const res = await upload(token, await uniquePng(seed), { type: 'image/png', query: new URLSearchParams(words).toString() });
  expect(res.status).toBe(201);
  return res.json<UploadedMedia>();
}

describe('changing words and focal point', () => {
  it('lets the uploader and editors change an image, not another contributor', async () => {
    const image = await uploadNew(owner.secret, 11);
    const patch = (token: string, json: unknown) => api(`/media/${image.id}`, { token, method: 'PATCH', json });
    expect((await patch(otherContributor, { alt: 'Not mine' })).status).toBe(403);
    const mine = await patch(owner.secret, { alt: 'Strażacy gaszą pożar hali w Łodzi, 29 listopada', credit: 'Fot. Jan Kowalski' });
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ alt: 'Strażacy gaszą pożar hali w Łodzi, 29 listopada', credit: 'Fot. Jan Kowalski', caption: '' });
    const edited = await patch(editor, { focalX: 0.25, focalY: 0.75, licence: 'CC BY 4.0' });
    expect(await edited.json()).toMatchObject({ focalX: 0.25, focalY: 0.75, licence: 'CC BY 4.0', alt: 'Strażacy gaszą pożar hali w Łodzi, 29 listopada' });
  });

  it('refuses a focal point outside 0..1, unknown fields and an empty change, naming the field', async () => {
    const image = await uploadNew(owner.secret, 12);
    const bad = await api(`/media/${image.id}`, { token: editor, method: 'PATCH', json: { focalX: 1.5, colour: 'red' } });
    expect(bad.status).toBe(400);
    const { fields } = ((await bad.json()) as { error: { details: { fields: Record<string, string[]> } } }).error.details;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['focalX', 'colour']));
    expect((await api(`/media/${image.id}`, { token: editor, method: 'PATCH', json: {} })).status).toBe(400);
    expect((await api(`/media/${'f'.repeat(32)}`, { token: editor, method: 'PATCH', json: { alt: 'x' } })).status).toBe(404);
    expect((await api('/media/not-an-id', { token: editor, method: 'PATCH', json: { alt: 'x' } })).status).toBe(400);
  });

  it('drops the stored crops when the focal point moves, keeping the original-ratio copies', async () => {
    const image = await uploadNew(owner.secret, 13);
    for (const path of ['1x1/320.jpg', 'original/320.jpg']) expect((await request(`/media/${image.id}/${path}`)).status).toBe(200);
    expect((await r2Keys(`derived/${image.id}/`)).sort()).toEqual([`derived/${image.id}/1x1/320.jpg`, `derived/${image.id}/original/320.jpg`]);
    await api(`/media/${image.id}`, { token: editor, method: 'PATCH', json: { focalY: 0.1 } });
    expect(await r2Keys(`derived/${image.id}/`)).toEqual([`derived/${image.id}/original/320.jpg`]);
    // The edge's copy of the crop was purged too: the next request makes it again.
    expect((await request(`/media/${image.id}/1x1/320.jpg`)).headers.get('cache-status')).not.toMatch(/hit/);
  });
});

describe('listing and search', () => {
  it('lists newest first, pages by cursor without repeats, and searches alt, caption and credit', async () => {
    const a = await uploadNew(owner.secret, 21, { alt: 'Powódź w Kłodzku: woda zalała rynek' });
    const b = await uploadNew(owner.secret, 22, { caption: 'Київ після нічної атаки дронів, 100% знеструмлено' });
    const c = await uploadNew(owner.secret, 23, { credit: 'Reuters/Kacper Pempel' });
    const page1 = await (await api('/media?limit=2', { token: owner.secret })).json<{ items: UploadedMedia[]; nextCursor: string }>();
    expect(page1.items.map((i) => i.id)).toEqual([c.id, b.id]);
    const page2 = await (await api(`/media?limit=2&cursor=${page1.nextCursor}`, { token: owner.secret })).json<{ items: UploadedMedia[] }>();
    expect(page2.items[0]!.id).toBe(a.id);
    const search = async (q: string) => (await (await api(`/media?q=${encodeURIComponent(q)}`, { token: owner.secret })).json<{ items: UploadedMedia[] }>()).items.map((i) => i.id);
    expect(await search('Kłodzku')).toEqual([a.id]);
    expect(await search('нічної')).toEqual([b.id]);
    expect(await search('pempel')).toEqual([c.id]);
    expect(await search('100%')).toEqual([b.id]); // % is a literal, not a wildcard
    expect(await search('%')).toEqual([b.id]);
    expect((await api('/media?cursor=garbage', { token: owner.secret })).status).toBe(400);
  });

  it('reads one image', async () => {
    const image = await uploadNew(owner.secret, 24, { alt: 'Tram in Gdańsk' });
    const res = await api(`/media/${image.id}`, { token: otherContributor });
    expect(await res.json()).toMatchObject({ id: image.id, alt: 'Tram in Gdańsk', format: 'png', uploadedByTokenId: owner.id });
  });
});

describe('deleting', () => {
  it('lets editors and admins delete, not contributors', async () => {
    const image = await uploadNew(owner.secret, 31);
    expect((await api(`/media/${image.id}`, { token: owner.secret, method: 'DELETE' })).status).toBe(403);
    expect((await api(`/media/${image.id}`, { token: admin, method: 'DELETE' })).status).toBe(204);
    expect((await api(`/media/${image.id}`, { token: editor, method: 'DELETE' })).status).toBe(404);
  });

  it('removes the original and every copy, from R2 and from the edge cache', async () => {
    const image = await uploadNew(owner.secret, 32);
    for (const path of ['original/320.jpg', 'original/320.webp', '16x9/320.avif']) expect((await request(`/media/${image.id}/${path}`)).status).toBe(200);
    expect((await request(`/media/${image.id}/original/320.jpg`)).headers.get('cache-status')).toMatch(/hit/);
    expect((await api(`/media/${image.id}`, { token: editor, method: 'DELETE' })).status).toBe(204);
    expect(await env.MEDIA.head(`originals/${image.id}`)).toBeNull();
    expect(await r2Keys(`derived/${image.id}/`)).toEqual([]);
    expect((await request(`/media/${image.id}/original/320.jpg`)).status).toBe(404);
  });

  it('refuses with 409 while a published story uses the image, and allows it once that story no longer does', async () => {
    const image = await uploadNew(owner.secret, 33);
    const [story] = await db().select({ id: articles.id }).from(articles).where(and(eq(articles.status, 'published'), isNull(articles.deletedAt))).limit(1);
    // Seeded directly: article writes fill this table (publishing/write-change); here only the rule is under test.
    await db().insert(articleMedia).values({ articleId: story!.id, mediaId: image.id, role: 'hero' });
    const refused = await api(`/media/${image.id}`, { token: editor, method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string; details: { articles: number[] } } }).error).toMatchObject({ code: 'in_use', details: { articles: [story!.id] } });
    expect(await env.MEDIA.head(`originals/${image.id}`)).not.toBeNull();
    await db().delete(articleMedia).where(eq(articleMedia.mediaId, image.id));
    expect((await api(`/media/${image.id}`, { token: editor, method: 'DELETE' })).status).toBe(204);
  });

  it('refuses with 409 naming the story while a draft uses the image (publishing it later would ship a broken image); trashed stories do not count', async () => {
    const image = await uploadNew(owner.secret, 34);
    const [draft] = await db().select({ id: articles.id, title: articles.title }).from(articles).where(and(eq(articles.status, 'draft'), isNull(articles.deletedAt))).limit(1);
    expect(draft, 'the sample newsroom has a draft').toBeDefined();
    await db().insert(articleMedia).values({ articleId: draft!.id, mediaId: image.id, role: 'inline' });
    const refused = await api(`/media/${image.id}`, { token: editor, method: 'DELETE' });
    expect(refused.status).toBe(409);
    const { error } = (await refused.json()) as { error: { code: string; message: string; details: { articles: number[]; stories: { id: number; title: string; status: string }[] } } };
    expect(error).toMatchObject({ code: 'in_use', details: { articles: [draft!.id], stories: [{ id: draft!.id, title: draft!.title, status: 'draft' }] } });
    expect(error.message).toContain(draft!.title);
    expect(await env.MEDIA.head(`originals/${image.id}`)).not.toBeNull();
    // In the trash, the draft no longer holds the image.
    await db().update(articles).set({ deletedAt: new Date() }).where(eq(articles.id, draft!.id));
    try {
      expect((await api(`/media/${image.id}`, { token: editor, method: 'DELETE' })).status).toBe(204);
    } finally {
      await db().update(articles).set({ deletedAt: null }).where(eq(articles.id, draft!.id));
    }
  });
});

describe('small images', () => {
  it('accepts a GIF and offers it at 320 px', async () => {
    const res = await upload(editor, SMALL.gif, { type: 'image/gif' });
    expect([200, 201]).toContain(res.status);
    expect((await res.json<UploadedMedia>()).url).toMatch(/\/original\/320\.jpg$/);
  });
});
