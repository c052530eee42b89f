/**
 * Where readers fetch images: `/media/<id>/<crop>/<width>.<ext>`. Only these crops and
 * widths exist (anything else is a 400), so a client cannot make us transform and store
 * more copies by inventing sizes. Each copy is made once with the Images binding and kept
 * in R2 (src/media). Formats are picked by the browser from <picture> sources
 * (AVIF, then WebP, then JPEG), so no cache key varies on Accept.
 */
export const MEDIA_WIDTHS = [320, 640, 960, 1280, 1600, 2048] as const;
export type MediaWidth = (typeof MEDIA_WIDTHS)[number];

/** `original` keeps the photo's own shape; the others are cut around the focal point. */
export const MEDIA_CROPS = { original: null, '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 } as const;
export type MediaCrop = keyof typeof MEDIA_CROPS;

/** The social card (og:image): one fixed size, 1200x630, in JPEG (every crawler reads it). */
export const SOCIAL_CARD = { crop: 'card', width: 1200, height: 630 } as const;

export const SERVED_FORMATS = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' } as const;
export type ServedFormat = keyof typeof SERVED_FORMATS;

export const mediaPath = (id: string, crop: MediaCrop | 'card', width: number, format: ServedFormat) => `/media/${id}/${crop}/${width}.${format}`;

/** Widths not larger than the original (no upscaling), and at least the smallest. */
export function widthsFor(originalWidth: number): MediaWidth[] {
  const fitting = MEDIA_WIDTHS.filter((w) => w <= originalWidth);
  return fitting.length ? fitting : [MEDIA_WIDTHS[0]];
}

export const srcset = (id: string, crop: MediaCrop, originalWidth: number, format: ServedFormat) =>
  widthsFor(originalWidth).map((w) => `${mediaPath(id, crop, w, format)} ${w}w`).join(', ');

/** Height of a crop at `width` (the original's ratio for `original`). */
export function cropHeight(crop: MediaCrop, width: number, original: { width: number; height: number }): number {
  const ratio = MEDIA_CROPS[crop] ?? original.width / original.height;
  return Math.round(width / ratio);
}
