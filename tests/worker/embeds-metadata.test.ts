/**
 * Titles and thumbnails of embed cards from the providers' oEmbed endpoints. The providers
 * cannot be reached from tests, so exactly the outbound fetch is stubbed: passed in to
 * refreshEmbedMetadata, or (for the page's background lookup) globalThis.fetch spied on
 * for the length of one test. D1, R2, the edge cache and its purge are the real local ones.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { embeds } from '../../src/db/schema';
import { detectEmbed } from '../../src/content/embeds';
import { embedMetadataFor, RETRY_AFTER_MS, refreshEmbedMetadata } from '../../src/content/embed-metadata';
import { api, createDraft, tokenFor } from './editor-support';
import { fetchSettled } from './edge-cache-support';
import { db, request, seedSampleNewsroom } from './support';

/** A JPEG's first bytes as sniffImage reads them: SOI, then a baseline frame header of 480x360. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x68, 0x01, 0xe0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
const TITLE = 'Zełenski w Sejmie: „Nie ustąpimy” — Зеленський 🇺🇦 <script>alert(1)</script> & "more"';
const YOUTUBE = detectEmbed('https://youtu.be/dQw4w9WgXcQ')!;
const VIMEO = detectEmbed('https://vimeo.com/76979871')!;
const MAPS = detectEmbed('https://www.google.com/maps/@52.2297,21.0122,14z')!;

/** A provider that answers like YouTube, recording every URL asked. */
function stubProvider(answers: Record<string, () => Response> = {}) {
  const asked: string[] = [];
  const stub = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    asked.push(url);
    for (const [prefix, answer] of Object.entries(answers)) if (url.startsWith(prefix)) return answer();
    if (url.startsWith('https://www.youtube.com/oembed?')) return Response.json({ title: TITLE, thumbnail_url: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg', thumbnail_width: 9999 });
    if (url === 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg') return new Response(JPEG, { headers: { 'content-type': 'image/jpeg' } });
    return new Response('not found', { status: 404 });
  };
  return { asked, stub: stub as typeof fetch };
}

beforeAll(async () => {
  await seedSampleNewsroom();
}, 60_000); // seeding on a busy machine can take longer than the default 10 s
afterEach(() => {
  vi.restoreAllMocks();
});

describe('refreshEmbedMetadata', () => {
  it('stores the title and a copy of the thumbnail, served from our origin', async () => {
    const { asked, stub } = stubProvider();
    const [row] = await refreshEmbedMetadata(db(), env.MEDIA, [YOUTUBE], stub);
    expect(asked).toEqual(['https://www.youtube.com/oembed?format=json&url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DdQw4w9WgXcQ', 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg']);
    // The size comes from the image's own header, not from what the provider claimed.
    expect(row).toMatchObject({ status: 'ok', title: TITLE, thumbnailType: 'image/jpeg', thumbnailWidth: 480, thumbnailHeight: 360 });
    const served = await request(`/embeds/${row!.thumbnailKey}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(JPEG);
    expect((await request('/embeds/00000000000000000000000000000000')).status).toBe(404);
    expect((await request('/embeds/not-a-key')).status).toBe(404);
  });

  it.each([
    ['a redirect', () => new Response(null, { status: 302, headers: { location: 'https://evil.example/' } })],
    ['an answer over 64 KB', () => Response.json({ title: 'x'.repeat(70_000) })],
    ['an answer that is not JSON', () => new Response('<html>')],
    ['a network failure', () => { throw new TypeError('fetch failed'); }],
  ])('records a failure for %s, and the card keeps provider and link', async (_what, answer) => {
    const { stub } = stubProvider({ 'https://vimeo.com/api/oembed.json': answer });
    const [row] = await refreshEmbedMetadata(db(), env.MEDIA, [VIMEO], stub);
    expect(row).toMatchObject({ status: 'failed', title: null, thumbnailKey: null });
  });

  it('keeps the title but not a thumbnail that is not an image', async () => {
    const { stub } = stubProvider({ 'https://i.ytimg.com/': () => new Response('<svg onload=alert(1)>') });
    const [row] = await refreshEmbedMetadata(db(), env.MEDIA, [YOUTUBE], stub);
    expect(row).toMatchObject({ status: 'ok', title: TITLE, thumbnailKey: null });
  });

  it('asks nobody about a map (no oEmbed endpoint) and retries a failure only after hours', async () => {
    const { asked, stub } = stubProvider();
    await refreshEmbedMetadata(db(), env.MEDIA, [MAPS], stub);
    expect(asked).toEqual([]);
    const failedAt = new Date(Date.now() - RETRY_AFTER_MS + 60_000);
    await db().update(embeds).set({ status: 'failed', fetchedAt: failedAt }).where(eq(embeds.url, VIMEO.url));
    expect((await embedMetadataFor(db(), [MAPS.url, VIMEO.url])).missing).toEqual([]);
    expect((await embedMetadataFor(db(), [MAPS.url, VIMEO.url], Date.now() + 120_000)).missing).toEqual([VIMEO.url]);
  });
});

describe('an article page with embeds', () => {
  it('looks the cards up after it is shown, then shows their titles and thumbnails', async () => {
    await db().delete(embeds);
    const editor = (await tokenFor('editor')).secret;
    const draft = await createDraft(editor, { title: 'Debata w Sejmie: „budżet” 2027 — wideo i mapa', body: 'Wideo:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nMiejsce:\n\nhttps://www.google.com/maps/@52.2297,21.0122,14z' });
    const published = await api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST' });
    const slug = (await published.json<{ slug: string }>()).slug;
    const { asked, stub } = stubProvider();
    // Only requests to the internet (https) are stubbed: the test runner loads modules through fetch too.
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
      String(input instanceof Request ? input.url : input).startsWith('https:') ? stub(input, init) : realFetch(input, init));

    const first = await (await fetchSettled(`/articles/${slug}`)).text();
    expect(first.includes('class="embed-thumb"')).toBe(false);
    expect(asked).toEqual(['https://www.youtube.com/oembed?format=json&url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DdQw4w9WgXcQ', 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg']);

    const after = await fetchSettled(`/articles/${slug}`);
    expect(after.headers.get('cache-status')).not.toMatch(/hit/); // the lookup purged the page
    const html = await after.text();
    const [row] = await db().select().from(embeds).where(eq(embeds.url, YOUTUBE.url));
    expect(html).toContain(`<img class="embed-thumb" src="/embeds/${row!.thumbnailKey}" alt="" width="480" height="360" loading="lazy" decoding="async">`);
    expect(html).toContain('Zełenski w Sejmie: „Nie ustąpimy” — Зеленський 🇺🇦 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;</a>');
    expect(html).not.toContain('<script>alert(1)');
    expect(asked).toHaveLength(2); // nothing asked again: the second render found both rows
    const lite = await (await request(`/lite/articles/${slug}`)).text();
    expect(/class="embed|Nie ustąpimy/.test(lite)).toBe(false);
  });
});
