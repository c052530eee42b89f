/** GET /media/<id>/<crop>/<width>.<ext>: sizes, formats, crops, caching, metadata (docs/media.md). */
import { env } from 'cloudflare:workers';
import exifr from 'exifr';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor, api } from './editor-support';
import { request, requestUncached, seedSampleNewsroom } from './support';
import { averageColour, containsText, GPS_JPEG, r2Keys, SMALL, upload, type UploadedMedia } from './media-support';

const d1Queries = (res: Response) => Number(/d1;[^,]*desc="(\d+) quer/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);

let editor: string;
let photo: UploadedMedia;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  photo = await (await upload(editor, GPS_JPEG, { query: 'alt=Three+colour+bands' })).json<UploadedMedia>();
}, 60_000); // the first Images binding call starts sharp: slow on a busy machine

async function served(path: string) {
  const res = await requestUncached(path);
  expect(res.status, path).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const info = (await env.IMAGES.info(new Blob([bytes]).stream())) as { format: string; width: number; height: number };
  return { res, bytes, info };
}

describe('sizes and formats', () => {
  it('serves each width in AVIF, WebP and JPEG at the width asked, in the original ratio', async () => {
    for (const width of [320, 1280]) {
      for (const [ext, type] of [['avif', 'image/avif'], ['webp', 'image/webp'], ['jpg', 'image/jpeg']] as const) {
        const { res, info } = await served(`/media/${photo.id}/original/${width}.${ext}`);
        expect(res.headers.get('content-type')).toBe(type);
        expect(info).toMatchObject({ format: type, width, height: Math.round((width * 1350) / 2400) });
      }
    }
  });

  it('cuts 1x1, 4x3 and 16x9 crops and the 1200x630 social card', async () => {
    const cases = [['1x1/640.jpg', 640, 640], ['4x3/640.webp', 640, 480], ['16x9/960.jpg', 960, 540], ['card/1200.jpg', 1200, 630]] as const;
    for (const [path, width, height] of cases) {
      const { info } = await served(`/media/${photo.id}/${path}`);
      expect(info, path).toMatchObject({ width, height });
    }
  });

  it('answers 400 for any other width, crop, format or id, and 404 for unknown ids and widths past the original', async () => {
    const bad = ['original/500.jpg', 'original/2049.jpg', '2x1/320.jpg', 'original/320.png', 'original/320.JPG', 'card/1200.webp', 'card/640.jpg', 'original/0320.jpg'];
    for (const path of bad) {
      const res = await request(`/media/${photo.id}/${path}`);
      expect(res.status, path).toBe(400);
      expect(d1Queries(res), path).toBe(0); // refused before any D1 (or R2) access
    }
    expect((await request('/media/NOT-AN-ID/original/320.jpg')).status).toBe(400);
    expect((await request(`/media/${'0'.repeat(32)}/original/320.jpg`)).status).toBe(404);
    const small = await (await upload(editor, SMALL.webp, { type: 'image/webp' })).json<UploadedMedia>();
    expect((await request(`/media/${small.id}/original/640.jpg`)).status).toBe(404);
    const { info } = await served(`/media/${small.id}/original/320.jpg`);
    expect(info.width).toBe(320);
  });
});

describe('focal point', () => {
  it('moves the crop: a square cut around a left focal point is red, around a right one blue', async () => {
    const colourAt = async (focalX: number) => {
      const res = await api(`/media/${photo.id}`, { token: editor, method: 'PATCH', json: { focalX } });
      expect(res.status).toBe(200);
      return averageColour((await served(`/media/${photo.id}/1x1/320.jpg`)).bytes);
    };
    const [leftR, , leftB] = await colourAt(0.05);
    const [rightR, , rightB] = await colourAt(0.95);
    expect(leftR).toBeGreaterThan(leftB + 40);
    expect(rightB).toBeGreaterThan(rightR + 40);
  });
});

describe('caching and storage', () => {
  it('serves copies immutable, typed, with an ETag and nosniff; the edge cache keeps them without query parameters', async () => {
    const path = `/media/${photo.id}/original/640.webp`;
    const first = await requestUncached(path);
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('etag')).toMatch(/^"[^"]+"$/);
    const again = await request(path);
    expect(again.headers.get('cache-status')).toMatch(/hit/);
    const withQuery = await request(`${path}?w=9999`);
    expect(withQuery.status).toBe(301);
    expect(withQuery.headers.get('location')).toBe(path);
  });

  it('transforms each copy once: the second request is served from R2 without writing it again', async () => {
    const path = `/media/${photo.id}/4x3/320.avif`;
    const key = `derived/${photo.id}/4x3/320.avif`;
    expect(d1Queries(await requestUncached(path))).toBe(1); // the image's row, then the transform
    const stored = await env.MEDIA.head(key);
    expect(stored).not.toBeNull();
    const second = await requestUncached(path);
    expect(second.status).toBe(200);
    expect(d1Queries(second)).toBe(0); // a stored copy needs no row: R2 alone answers
    const after = await env.MEDIA.head(key);
    expect(after!.uploaded.getTime()).toBe(stored!.uploaded.getTime());
    expect(after!.etag).toBe(stored!.etag);
  });

  it('strips EXIF: no served copy carries the GPS position, camera or serial', async () => {
    expect(containsText(GPS_JPEG, 'SN-1234567')).toBe(true); // the fixture does
    expect((await exifr.parse(GPS_JPEG, { gps: true }))?.latitude).toBeGreaterThan(52);
    const paths = ['original/320.jpg', 'original/2048.jpg', 'original/960.webp', 'original/960.avif', '16x9/640.jpg', 'card/1200.jpg'];
    for (const path of paths) {
      const { bytes } = await served(`/media/${photo.id}/${path}`);
      for (const text of ['Exif', 'SN-1234567', 'Courier Cam', 'Field Unit']) expect(containsText(bytes, text), `${path}: ${text}`).toBe(false);
      if (path.endsWith('.jpg')) expect(await exifr.parse(bytes, { gps: true }).catch(() => undefined), path).toBeUndefined();
    }
  });

  it('keeps the originals out of reach: no URL serves them', async () => {
    expect((await request(`/media/${photo.id}/original/original.jpg`)).status).toBe(400);
    expect((await request(`/originals/${photo.id}`)).status).toBe(404);
    expect(await r2Keys(`derived/${photo.id}/`)).not.toContain(`originals/${photo.id}`);
  });
});
