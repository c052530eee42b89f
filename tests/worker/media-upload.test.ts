/** POST /api/v1/editor/media: streaming uploads, every bad input, dedupe (docs/media.md). */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { media } from '../../src/db/schema';
import { MAX_UPLOAD_BYTES } from '../../src/media/limits';
import { tokenFor } from './editor-support';
import { db, seedSampleNewsroom } from './support';
import { GPS_JPEG, pngHeader, r2Keys, SMALL, upload, uniquePng, type UploadedMedia } from './media-support';

let contributor: { secret: string; id: number };

beforeAll(async () => {
  await seedSampleNewsroom();
  contributor = await tokenFor('contributor');
}, 60_000); // the first Images binding call starts sharp: slow on a busy machine

/** A stream of `n` bytes starting with `head`, with no length the runtime knows. */
function streamOf(head: Uint8Array, n: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= n) return controller.close();
      const chunk = sent === 0 ? head.slice(0, n) : new Uint8Array(Math.min(64 * 1024, n - sent));
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; details: { fields?: Record<string, string[]> } } }).error;

describe('uploading', () => {
  it('stores a JPEG with its words and answers 201 with id, size, format and a preview URL', async () => {
    const alt = 'Protesters carry a banner reading „Nie dla cenzury” past the Sejm in Warsaw — 😀';
    const caption = 'Марш у Варшаві: тисячі людей вийшли на вулиці "за вільні медіа"';
    const res = await upload(contributor.secret, GPS_JPEG, { query: new URLSearchParams({ alt, caption, credit: 'Zofia Wróbel / The Edge Courier' }).toString() });
    expect(res.status).toBe(201);
    const body = await res.json<UploadedMedia>();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', GPS_JPEG));
    const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(body).toMatchObject({ id: hex.slice(0, 32), width: 2400, height: 1350, format: 'jpeg', alt, caption, credit: 'Zofia Wróbel / The Edge Courier' });
    expect(body.url).toBe(`https://news.example/media/${body.id}/original/1280.jpg`);
    const original = await env.MEDIA.get(`originals/${body.id}`);
    expect(new Uint8Array(await original!.arrayBuffer())).toEqual(GPS_JPEG);
    // The temporary upload object is gone.
    expect(await r2Keys('uploads/')).toEqual([]);
  });

  it('gives the same bytes the same id: 201 first, then 200 with the same body', async () => {
    const bytes = await uniquePng(7);
    const first = await upload(contributor.secret, bytes, { type: 'image/png' });
    const second = await upload(contributor.secret, bytes, { type: 'image/png' });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(await second.json()).toEqual(await first.json());
  });

  it('accepts PNG, WebP, AVIF and GIF by their bytes; a small image offers its one width', async () => {
    for (const [format, bytes] of Object.entries(SMALL)) {
      const res = await upload(contributor.secret, bytes, { type: `image/${format}` });
      expect([200, 201], format).toContain(res.status);
      const body = await res.json<UploadedMedia>();
      expect(body, format).toMatchObject({ format, width: 64, height: 48 });
      expect(body.url).toMatch(/\/original\/320\.jpg$/);
    }
  });
});

describe('refusing', () => {
  it('415 for bytes that are no accepted image, even under an image/jpeg header', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const res = await upload(contributor.secret, svg, { type: 'image/jpeg' });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe('unsupported_media_type');
  });

  it('415 for a body that is not sent as image/*', async () => {
    const res = await upload(contributor.secret, GPS_JPEG, { type: 'application/octet-stream' });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).details.fields).toHaveProperty('Content-Type');
  });

  it('411 without a Content-Length (a chunked upload)', async () => {
    const res = await upload(contributor.secret, streamOf(GPS_JPEG, GPS_JPEG.length));
    expect(res.status).toBe(411);
    expect((await errorOf(res)).details.fields).toHaveProperty('Content-Length');
  });

  it('413 from the Content-Length alone, before reading the body', async () => {
    const res = await upload(contributor.secret, streamOf(GPS_JPEG, 1024), { headers: { 'content-length': String(MAX_UPLOAD_BYTES + 1) } });
    expect(res.status).toBe(413);
  });

  it('413 when the streamed body runs past its Content-Length, and nothing stays in R2', async () => {
    const res = await upload(contributor.secret, streamOf(GPS_JPEG, 300_000), { headers: { 'content-length': String(200_000) } });
    expect(res.status).toBe(413);
    expect(await r2Keys('uploads/')).toEqual([]);
  });

  it('400 for a body shorter than its Content-Length', async () => {
    const res = await upload(contributor.secret, streamOf(GPS_JPEG, 20_000), { headers: { 'content-length': String(GPS_JPEG.length) } });
    expect(res.status).toBe(400);
    expect(await r2Keys('uploads/')).toEqual([]);
  });

  it('400 for a JPEG cut off before its frame header', async () => {
    const res = await upload(contributor.secret, GPS_JPEG.slice(0, 300));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_image');
  });

  it('400 for a valid header on a corrupt image (the Images binding cannot decode it)', async () => {
    const res = await upload(contributor.secret, pngHeader(800, 600), { type: 'image/png' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/corrupt|decod/i);
    expect(await r2Keys('originals/')).not.toContain(expect.stringContaining('uploads'));
  });

  it('400 for more than 12,000 px a side or 100 megapixels, from the header alone', async () => {
    for (const [w, h] of [[20_000, 20_000], [12_001, 10], [11_000, 11_000]]) {
      const res = await upload(contributor.secret, pngHeader(w!, h!), { type: 'image/png' });
      expect(res.status, `${w}x${h}`).toBe(400);
      expect((await errorOf(res)).message).toContain(`${w}x${h}`);
    }
  });

  it('400 naming the field for words that are too long; 401 without a token', async () => {
    const res = await upload(contributor.secret, SMALL.png, { type: 'image/png', query: `alt=${'a'.repeat(501)}` });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details.fields).toHaveProperty('alt');
    expect((await upload('nope', SMALL.png, { type: 'image/png' })).status).toBe(401);
  });

  it('stores no row for any refused upload', async () => {
    const rows = await db().select({ id: media.id }).from(media).where(eq(media.format, 'png'));
    for (const row of rows) expect(await env.MEDIA.head(`originals/${row.id}`), row.id).not.toBeNull();
  });
});
