/**
 * Making copies under concurrency (src/media/copy-flight.ts, review findings 1 and 4 of
 * issue #13): a copy made from a row that was refocused or deleted meanwhile is not kept,
 * and concurrent first requests in one isolate share one transform. The bindings are the
 * real local R2 and Images; the tests only wrap them to hold the store back until a
 * concurrent write has happened (a gate) or to count transforms (a spy), nothing is faked.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveOnce, focalFromPrimary, copiesInFlight } from '../../src/media/copy-flight';
import type { CopySpec, Source } from '../../src/media/derive';
import { r2Keys as keys } from '../../src/media/limits';
import { api, tokenFor } from './editor-support';
import { requestUncached, seedSampleNewsroom } from './support';
import { r2Keys, uniquePng, upload, type UploadedMedia } from './media-support';

let editor: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
}, 60_000); // the first Images binding call starts sharp: slow on a busy machine

async function newImage(seed: number): Promise<Source> {
  const res = await upload(editor, await uniquePng(seed), { type: 'image/png', query: 'alt=Most+Grunwaldzki+o+świcie' });
  expect(res.status).toBe(201);
  const image = await res.json<UploadedMedia>();
  return { id: image.id, width: image.width, height: image.height, focalX: image.focalX, focalY: image.focalY };
}

/** The real bucket, with every put held until `beforePut` (a concurrent editor write) has run. */
function gatedBucket(beforePut: () => Promise<void>): R2Bucket {
  return {
    get: (key: string) => env.MEDIA.get(key),
    head: (key: string) => env.MEDIA.head(key),
    delete: (keys: string | string[]) => env.MEDIA.delete(keys),
    put: async (...args: Parameters<R2Bucket['put']>) => {
      await beforePut();
      return env.MEDIA.put(...args);
    },
  } as unknown as R2Bucket;
}

const SQUARE: CopySpec = { crop: '1x1', width: 320, format: 'jpg' };

describe('a copy made while the image changes', () => {
  it('is kept when nothing changed meanwhile', async () => {
    const source = await newImage(41);
    const key = keys.derived(source.id, '1x1', '320.jpg');
    const made = await deriveOnce(env, source, SQUARE, key, focalFromPrimary(env.DB, source.id));
    expect(made?.kept).toBe(true);
    expect(await env.MEDIA.head(key)).not.toBeNull();
  });

  it('is deleted again (and not kept) when the focal point moved before it was stored', async () => {
    const source = await newImage(42);
    const key = keys.derived(source.id, '1x1', '320.jpg');
    const refocus = async () => {
      const res = await api(`/media/${source.id}`, { token: editor, method: 'PATCH', json: { focalX: 0.1, focalY: 0.2 } });
      expect(res.status).toBe(200);
    };
    const made = await deriveOnce({ MEDIA: gatedBucket(refocus), IMAGES: env.IMAGES }, source, SQUARE, key, focalFromPrimary(env.DB, source.id));
    expect(made?.kept).toBe(false);
    expect(await env.MEDIA.head(key)).toBeNull();
    // The next reader gets a crop around the new focal point, stored for good.
    const res = await requestUncached(`/media/${source.id}/1x1/320.jpg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await env.MEDIA.head(key)).not.toBeNull();
  });

  it('keeps an original-ratio copy across a refocus: it does not depend on the focal point', async () => {
    const source = await newImage(43);
    const key = keys.derived(source.id, 'original', '320.webp');
    const refocus = async () => void (await api(`/media/${source.id}`, { token: editor, method: 'PATCH', json: { focalX: 0.9 } }));
    const made = await deriveOnce({ MEDIA: gatedBucket(refocus), IMAGES: env.IMAGES }, source, { crop: 'original', width: 320, format: 'webp' }, key, focalFromPrimary(env.DB, source.id));
    expect(made?.kept).toBe(true);
    expect(await env.MEDIA.head(key)).not.toBeNull();
  });

  it('leaves nothing in R2 when the image was deleted before the copy was stored', async () => {
    const source = await newImage(44);
    const key = keys.derived(source.id, 'card', '1200.jpg');
    const remove = async () => {
      expect((await api(`/media/${source.id}`, { token: editor, method: 'DELETE' })).status).toBe(204);
    };
    const made = await deriveOnce({ MEDIA: gatedBucket(remove), IMAGES: env.IMAGES }, source, { crop: 'card', width: 1200, format: 'jpg' }, key, focalFromPrimary(env.DB, source.id));
    expect(made).toBeNull();
    expect(await r2Keys(`derived/${source.id}/`)).toEqual([]);
    expect(await env.MEDIA.head(`originals/${source.id}`)).toBeNull();
  });
});

describe('single flight', () => {
  it('shares one transform among concurrent requests for the same copy in an isolate', async () => {
    const source = await newImage(45);
    let transforms = 0;
    const countingImages = {
      info: (stream: ReadableStream<Uint8Array>) => env.IMAGES.info(stream),
      input: (stream: ReadableStream<Uint8Array>) => {
        transforms++;
        return env.IMAGES.input(stream);
      },
    } as unknown as ImagesBinding;
    const key = keys.derived(source.id, '4x3', '640.avif');
    const spec: CopySpec = { crop: '4x3', width: 640, format: 'avif' };
    const burst = await Promise.all(
      Array.from({ length: 6 }, () => deriveOnce({ MEDIA: env.MEDIA, IMAGES: countingImages }, source, spec, key, focalFromPrimary(env.DB, source.id))),
    );
    expect(transforms).toBe(1);
    expect(new Set(burst.map((made) => made?.etag)).size).toBe(1);
    expect(burst.every((made) => made?.kept && made.bytes.byteLength > 0)).toBe(true);
    expect(copiesInFlight()).toBe(0);
    // A later request (nothing in flight) for another copy transforms again: the map only holds running work.
    await deriveOnce({ MEDIA: env.MEDIA, IMAGES: countingImages }, source, { ...spec, format: 'webp' }, keys.derived(source.id, '4x3', '640.webp'), focalFromPrimary(env.DB, source.id));
    expect(transforms).toBe(2);
  });

  it('serves each of a burst of first requests through the route with the same bytes', async () => {
    const source = await newImage(46);
    const responses = await Promise.all(Array.from({ length: 4 }, () => requestUncached(`/media/${source.id}/16x9/320.jpg`)));
    const bodies = await Promise.all(responses.map(async (res) => {
      expect(res.status).toBe(200);
      return new Uint8Array(await res.arrayBuffer()).join(',');
    }));
    expect(new Set(bodies).size).toBe(1);
  });
});
