/// <reference path="../fixtures/inline-imports.d.ts" />
/** Fixtures and helpers of the media tests (tests/fixtures/make-media-fixtures.ts makes the files). */
import { env } from 'cloudflare:workers';
import gpsJpeg from '../fixtures/media-gps.jpg?inline';
import smallPng from '../fixtures/media-small.png?inline';
import smallWebp from '../fixtures/media-small.webp?inline';
import smallAvif from '../fixtures/media-small.avif?inline';
import smallGif from '../fixtures/media-small.gif?inline';
import { request } from './support';

const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (ch) => ch.charCodeAt(0));

/** 2400x1350 JPEG with GPS EXIF and a camera serial; red | green | blue bands left to right. */
export const GPS_JPEG = bytesOf(gpsJpeg);
/** 64x48 images, one per accepted format. */
export const SMALL = { png: bytesOf(smallPng), webp: bytesOf(smallWebp), avif: bytesOf(smallAvif), gif: bytesOf(smallGif) };

/** A PNG signature and IHDR claiming `width` x `height` (nothing after: the header is all the parser reads). */
export function pngHeader(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  b.set([8, 2, 0, 0, 0], 24);
  return b;
}

let ip = 0;

/** POSTs `body` to the upload endpoint. */
export function upload(token: string, body: BodyInit | null, init: { type?: string; query?: string; headers?: Record<string, string> } = {}) {
  return request(`/api/v1/editor/media${init.query ? `?${init.query}` : ''}`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${token}`, 'content-type': init.type ?? 'image/jpeg', 'cf-connecting-ip': `203.0.113.${(ip++ % 250) + 1}`, ...init.headers },
  });
}

export interface UploadedMedia { id: string; width: number; height: number; format: string; url: string; alt: string; caption: string; credit: string; licence: string; focalX: number; focalY: number }

/** The small PNG at another width (64 + seed px): new bytes, so a new id. */
export async function uniquePng(seed: number): Promise<Uint8Array> {
  const result = await env.IMAGES.input(new Blob([SMALL.png]).stream())
    .transform({ width: 64 + (seed % 200), fit: 'contain' })
    .output({ format: 'image/png' });
  return new Uint8Array(await new Response(result.image()).arrayBuffer());
}

/** All R2 keys under a prefix. */
export async function r2Keys(prefix: string): Promise<string[]> {
  const listed = await env.MEDIA.list({ prefix });
  return listed.objects.map((o) => o.key);
}

/** The average colour of an image: the Images binding shrinks it to one PNG pixel, read here. */
export async function averageColour(image: Uint8Array): Promise<[number, number, number]> {
  const result = await env.IMAGES.input(new Blob([image]).stream()).transform({ width: 1, height: 1, fit: 'squeeze' }).output({ format: 'image/png' });
  const png = new Uint8Array(await new Response(result.image()).arrayBuffer());
  // Concatenate the IDAT chunks, inflate (zlib), skip the filter byte: R, G, B.
  const view = new DataView(png.buffer);
  const parts: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const inflated = new Uint8Array(await new Response(new Blob(parts).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer());
  return [inflated[1]!, inflated[2]!, inflated[3]!];
}

/** Whether the bytes contain `text` anywhere (EXIF tags, camera names, serials survive as plain bytes). */
export function containsText(bytes: Uint8Array, text: string): boolean {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
