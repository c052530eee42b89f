/**
 * The site icon as pixels: the masthead's red tile with a white "E", matching
 * /favicon.svg. Drawn with rectangles on a 64-unit grid so every size stays crisp.
 */
import { encodePng } from './png';

const RED = [0xa3, 0x12, 0x2b] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

// The "E" in 64-unit coordinates: stem, top, middle and bottom bars.
const LETTER: [number, number, number, number][] = [
  [20, 14, 29, 50],
  [20, 14, 46, 22],
  [20, 28.5, 42, 35.5],
  [20, 42, 46, 50],
];

/** Inside the rounded tile (corner radius 12 of 64), for icons browsers show as is. */
function insideRoundedTile(x: number, y: number, radius: number, size: number): boolean {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/**
 * RGBA pixels of the icon at `size`. `fullBleed` fills the square (Apple touch icons and
 * maskable icons, which the platform crops itself); otherwise the corners are transparent.
 */
export function drawSiteIcon(size: number, fullBleed: boolean): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const unit = size / 64;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / unit;
      const y = (py + 0.5) / unit;
      if (!fullBleed && !insideRoundedTile(x, y, 12, 64)) continue;
      const onLetter = LETTER.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
      const [r, g, b] = onLetter ? WHITE : RED;
      pixels.set([r, g, b, 255], (py * size + px) * 4);
    }
  }
  return pixels;
}

const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The icon as PNG bytes, encoded once per isolate and size. */
export function siteIconPng(size: number, fullBleed = false): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${size}:${fullBleed}`;
  let png = cache.get(key);
  if (!png) {
    png = encodePng(size, size, drawSiteIcon(size, fullBleed));
    png.catch(() => cache.delete(key));
    cache.set(key, png);
  }
  return png;
}

/** A one-image .ico file wrapping a PNG (valid since Windows Vista; every browser reads it). */
export async function siteIconIco(size = 48): Promise<Uint8Array<ArrayBuffer>> {
  const png = await siteIconPng(size);
  const ico = new Uint8Array(22 + png.length);
  const view = new DataView(ico.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  ico[6] = size;
  ico[7] = size;
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true);
  view.setUint32(18, 22, true); // offset of the image data
  ico.set(png, 22);
  return ico;
}
