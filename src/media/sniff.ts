/**
 * What an upload really is, from its first bytes: the format by magic bytes (never by the
 * Content-Type a client claims) and the pixel size from the file header. A small pure
 * parser over at most SNIFF_BYTES, so a 25 MB photo is never decoded inside the Worker
 * (128 MB memory limit): the Images binding does the real decoding, elsewhere.
 */
import type { MediaFormat } from '../db/schema-media';

/** How much of the file the parser may look at; every format's header fits (JPEG's EXIF comes first and is at most 64 KB). */
export const SNIFF_BYTES = 128 * 1024;

export type Sniffed =
  | { ok: true; format: MediaFormat; width: number; height: number }
  /** `unsupported`: not one of our formats (415); `truncated`: ours, but the header is cut short or broken (400). */
  | { ok: false; reason: 'unsupported' | 'truncated'; format?: MediaFormat };

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));
const startsWith = (b: Uint8Array, bytes: number[]) => bytes.every((v, i) => b[i] === v);

const sized = (format: MediaFormat, width: number, height: number): Sniffed =>
  width > 0 && height > 0 ? { ok: true, format, width, height } : { ok: false, reason: 'truncated', format };
const broken = (format: MediaFormat): Sniffed => ({ ok: false, reason: 'truncated', format });

export function sniffImage(bytes: Uint8Array): Sniffed {
  const b = bytes.subarray(0, SNIFF_BYTES);
  if (startsWith(b, [0xff, 0xd8, 0xff])) return jpeg(b);
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png(b);
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return b.length < 10 ? broken('gif') : sized('gif', u16le(b, 6), u16le(b, 8));
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b);
  if (ascii(b, 4, 4) === 'ftyp' && isAvifBrand(b)) return avif(b);
  return { ok: false, reason: 'unsupported' };
}

/** Walks the marker segments to the first start-of-frame (SOF0..SOF15 but DHT, JPG, DAC). */
function jpeg(b: Uint8Array): Sniffed {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return broken('jpeg');
    const marker = b[i + 1]!;
    if (marker === 0xff) { i += 1; continue; } // fill byte
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; } // no length
    if (marker === 0xd9 || marker === 0xda) return broken('jpeg'); // end of image or scan data before any frame
    const length = u16be(b, i + 2);
    if (length < 2) return broken('jpeg');
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return i + 9 <= b.length ? sized('jpeg', u16be(b, i + 7), u16be(b, i + 5)) : broken('jpeg');
    i += 2 + length;
  }
  return broken('jpeg');
}

/** The IHDR chunk must come first: width and height as 32-bit big-endian numbers. */
function png(b: Uint8Array): Sniffed {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return broken('png');
  return sized('png', u32be(b, 16), u32be(b, 20));
}

function webp(b: Uint8Array): Sniffed {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') {
    // Key frame: 3-byte frame tag, start code 9d 01 2a, then 14-bit width and height.
    if (b.length < 30 || !(b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)) return broken('webp');
    return sized('webp', u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    if (b.length < 25 || b[20] !== 0x2f) return broken('webp');
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return sized('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return b.length < 30 ? broken('webp') : sized('webp', u24le(b, 24) + 1, u24le(b, 27) + 1);
  return broken('webp');
}

/** `ftyp` with avif/avis as the major brand or among the compatible brands. */
function isAvifBrand(b: Uint8Array): boolean {
  const size = Math.min(u32be(b, 0), b.length);
  if (size < 16) return ascii(b, 8, 4) === 'avif' || ascii(b, 8, 4) === 'avis';
  for (let i = 8; i + 4 <= size; i += 4) if (i !== 12 && ['avif', 'avis'].includes(ascii(b, i, 4))) return true;
  return false;
}

/**
 * The `ispe` (image spatial extent) properties in meta/iprp/ipco. A grid image lists one per
 * tile and one for the whole; the largest is the picture's size.
 */
function avif(b: Uint8Array): Sniffed {
  let best: { width: number; height: number } | undefined;
  for (let i = 4; i + 16 <= b.length; i++) {
    if (b[i] !== 0x69 || ascii(b, i, 4) !== 'ispe') continue; // 'i'
    if (u32be(b, i - 4) !== 20) continue; // size(4) type(4) version+flags(4) width(4) height(4)
    const width = u32be(b, i + 8), height = u32be(b, i + 12);
    if (!best || width * height > best.width * best.height) best = { width, height };
  }
  return best ? sized('avif', best.width, best.height) : broken('avif');
}
