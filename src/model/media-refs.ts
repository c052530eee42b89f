/**
 * How stories refer to library images (docs/media.md, "Images on pages"). A lead image from
 * the library is stored as the path of its 16:9 JPEG copy (`articles.hero_image_url`) next
 * to its id (`hero_media_id`): every surface that only wants one URL (feeds, sitemaps,
 * oEmbed, the JSON API) keeps working unchanged, and pages read the id and the widest copy
 * from that path to build the responsive <picture> without another query.
 */
import { mediaPath, widthsFor, type MediaCrop } from '../media/urls';

/** The crop of lead images on article pages and in listings' large slots. */
export const HERO_CROP = '16x9' satisfies MediaCrop;
/** The width lite readers and `<img src>` get: the 1280 copy, or the widest the original allows. */
export const LINK_WIDTH = 1280;

const MEDIA_ID = /^[0-9a-f]{32}$/;
export const isMediaId = (value: string) => MEDIA_ID.test(value);

/** Widths offered for an image `width` px wide, at most `maxWidth` (always at least one). */
export function offeredWidths(image: { width: number }, maxWidth = Infinity): number[] {
  const widths = widthsFor(image.width);
  const capped = widths.filter((w) => w <= maxWidth);
  return capped.length ? capped : [widths[0]!];
}

/** The width of the JPEG that `<img src>` and lite links point to. */
export const fallbackWidth = (image: { width: number }, maxWidth = LINK_WIDTH) => offeredWidths(image, maxWidth).at(-1)!;

/** The JPEG copy `<img src>` and lite links point to. */
export const jpegUrl = (image: { id: string; width: number }, crop: MediaCrop, maxWidth = LINK_WIDTH) =>
  mediaPath(image.id, crop, fallbackWidth(image, maxWidth), 'jpg');

/** What `articles.hero_image_url` holds for a library image. */
export const heroImagePath = (image: { id: string; width: number }) => jpegUrl(image, HERO_CROP);

const HERO_PATH = /^\/media\/([0-9a-f]{32})\/16x9\/(\d+)\.jpg$/;

/**
 * The library image behind a stored lead-image URL, with the widest copy pages may offer;
 * null for an external URL or the seed's SVG illustrations (plain <img>).
 */
export function heroMediaOf(url: string | null, origin = ''): { id: string; width: number } | null {
  // View models carry absolute URLs: only our own origin's paths are library copies.
  const path = url && origin && url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
  const match = path ? HERO_PATH.exec(path) : null;
  return match ? { id: match[1]!, width: Number(match[2]) } : null;
}

// Only our own figure markup puts a site path in an <img src>: the body sanitizer keeps https URLs only.
const INLINE_SRC = /<img src="\/media\/([0-9a-f]{32})\//g;

/** Ids of the library images rendered into a body's HTML (content/inline-images). */
export const inlineMediaIdsOf = (html: string): string[] => [...new Set(Array.from(html.matchAll(INLINE_SRC), (m) => m[1]!))];
