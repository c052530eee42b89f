/** @jsxImportSource hono/jsx */
/**
 * The one responsive image markup of every reader surface (article lead image, inline body
 * images, home lead, list thumbnails): a <picture> with AVIF and WebP sources and a JPEG
 * <img>, all at the fixed widths of media/urls.ts, with width/height so nothing shifts as
 * it loads. Strings, not JSX, because bodies are rendered once on write (content/inline-images)
 * and stored as HTML; pages wrap the same string.
 */
import { raw } from 'hono/html';
import { cropHeight, mediaPath, srcset, type MediaCrop, type ServedFormat } from '../media/urls';
import { fallbackWidth, jpegUrl, LINK_WIDTH, offeredWidths } from '../model/media-refs';

/** `sizes` of an image as wide as the text column (.wrap: 46rem less 1rem padding each side). */
export const COLUMN_SIZES = '(min-width: 46rem) 44rem, calc(100vw - 2rem)';

/** What a picture needs to know about a library image. */
export interface MediaImage {
  id: string;
  /** Size of the original: copies are never wider than it. */
  width: number;
  height: number;
  alt: string;
}

export interface PictureOptions {
  crop: MediaCrop;
  /** The `sizes` attribute: how wide the image is laid out, so the browser picks a width. */
  sizes: string;
  /** The page's largest image (the lead): loaded first. Every other image is lazy. */
  priority?: boolean;
  /** Widest copy to offer (thumbnails need no 2048 px copy). */
  maxWidth?: number;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sourceSet(image: MediaImage, crop: MediaCrop, format: ServedFormat, maxWidth: number | undefined) {
  if (maxWidth === undefined) return srcset(image.id, crop, image.width, format);
  return offeredWidths(image, maxWidth).map((w) => `${mediaPath(image.id, crop, w, format)} ${w}w`).join(', ');
}

/** `<picture>` for `image` (escaped, ready to embed in HTML). */
export function pictureHtml(image: MediaImage, options: PictureOptions): string {
  const { crop, sizes, maxWidth } = options;
  const width = fallbackWidth(image, maxWidth ?? LINK_WIDTH);
  const height = cropHeight(crop, width, image);
  const source = (format: 'avif' | 'webp') =>
    `<source type="image/${format}" srcset="${sourceSet(image, crop, format, maxWidth)}" sizes="${escapeAttr(sizes)}">`;
  const loading = options.priority ? 'fetchpriority="high" decoding="async"' : 'loading="lazy" decoding="async"';
  return (
    `<picture>${source('avif')}${source('webp')}` +
    `<img src="${mediaPath(image.id, crop, width, 'jpg')}" srcset="${sourceSet(image, crop, 'jpg', maxWidth)}" sizes="${escapeAttr(sizes)}" ` +
    `width="${width}" height="${height}" alt="${escapeAttr(image.alt)}" ${loading}></picture>`
  );
}

export interface FigureWords { caption?: string | null; credit?: string | null }

/**
 * A figure with its caption and credit. `data-lite-link`/`data-lite-alt` let the lite
 * edition replace it by a link to the JPEG, labelled with the alt text (views/edition.ts).
 */
export function figureHtml(image: MediaImage, options: PictureOptions & FigureWords & { className?: string }): string {
  const caption = options.caption?.trim() ?? '';
  const credit = options.credit?.trim() ?? '';
  const words = caption || credit
    ? `<figcaption>${escapeText(caption)}${caption && credit ? ' ' : ''}${credit ? `<span class="credit">${escapeText(credit)}</span>` : ''}</figcaption>`
    : '';
  return (
    `<figure class="${options.className ?? 'media'}" data-lite-link="${jpegUrl(image, options.crop)}" data-lite-alt="${escapeAttr(image.alt)}">` +
    `${pictureHtml(image, options)}${words}</figure>`
  );
}

/** A lead image known only by its stored 16:9 copy (model/media-refs `heroMediaOf`). */
export const heroImage = (ref: { id: string; width: number }, alt: string): MediaImage => ({ ...ref, height: Math.round((ref.width * 9) / 16), alt });

/** JSX wrappers for pages: the same markup as bodies. */
export const Picture = (props: { image: MediaImage } & PictureOptions) => raw(pictureHtml(props.image, props));
export const Figure = (props: { image: MediaImage } & PictureOptions & FigureWords & { className?: string }) => raw(figureHtml(props.image, props));
