/**
 * Making one served copy: the original from R2, cut to the crop's ratio around the focal
 * point, resized and encoded by the Images binding (never decoded in the Worker), stored
 * back in R2 so each copy is transformed once. Routes call it through copy-flight.ts, which
 * shares one transform between concurrent requests of an isolate and drops stale copies.
 */
import { MEDIA_CROPS, SOCIAL_CARD, SERVED_FORMATS, type MediaCrop, type ServedFormat } from './urls';
import { r2Keys } from './limits';

export interface CropRect { left: number; top: number; width: number; height: number }
export interface Source { id: string; width: number; height: number; focalX: number; focalY: number }

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** The largest rectangle of `ratio` inside the original, centred on the focal point, moved back inside the edges. */
export function cropRect(source: Pick<Source, 'width' | 'height' | 'focalX' | 'focalY'>, ratio: number): CropRect {
  let width = source.width;
  let height = Math.round(width / ratio);
  if (height > source.height) {
    height = source.height;
    width = Math.min(source.width, Math.round(height * ratio));
  }
  const left = clamp(Math.round(source.focalX * source.width - width / 2), 0, source.width - width);
  const top = clamp(Math.round(source.focalY * source.height - height / 2), 0, source.height - height);
  return { left, top, width, height };
}

/**
 * A named gravity on the side the focal point is on. On Cloudflare the `trim` already cut the
 * exact rectangle, so the cover resize after it crops nothing and this changes nothing. The
 * local binding (Miniflare, through sharp) ignores `trim` and coordinates, only honouring
 * named gravities: this keeps local crops on the focal point's side of the picture.
 */
function sideOf(source: Source, rect: CropRect): 'left' | 'right' | 'top' | 'bottom' | 'center' {
  const third = (f: number, low: 'left' | 'top', high: 'right' | 'bottom') => (f < 1 / 3 ? low : f > 2 / 3 ? high : 'center');
  if (rect.width < source.width) return third(source.focalX, 'left', 'right');
  if (rect.height < source.height) return third(source.focalY, 'top', 'bottom');
  return 'center';
}

export interface CopySpec { crop: MediaCrop | 'card'; width: number; format: ServedFormat }

/** Output size of a copy: the card is fixed, a crop follows its ratio, `original` the photo's. */
export function outputSize(source: Source, spec: CopySpec): { width: number; height: number } {
  if (spec.crop === 'card') return { width: SOCIAL_CARD.width, height: SOCIAL_CARD.height };
  const ratio = MEDIA_CROPS[spec.crop] ?? source.width / source.height;
  return { width: spec.width, height: Math.max(1, Math.round(spec.width / ratio)) };
}

/** Transforms the original into the copy `spec` describes and stores it; returns the stored object's body and etag. */
export async function deriveCopy(env: { MEDIA: R2Bucket; IMAGES: ImagesBinding }, source: Source, spec: CopySpec, key: string) {
  const original = await env.MEDIA.get(r2Keys.original(source.id));
  if (!original) return null;
  const size = outputSize(source, spec);
  const ratio = size.width / size.height;
  const isOriginalCrop = spec.crop === 'original';
  const rect = isOriginalCrop ? null : cropRect(source, ratio);
  let transformer = env.IMAGES.input(original.body);
  if (rect) transformer = transformer.transform({ trim: rect });
  transformer = transformer.transform(
    // `contain` with a width only scales to exactly that width (an image under 320 px is enlarged
    // to the smallest width, the one copy widthsFor offers it); the route never asks for more.
    rect ? { width: size.width, height: size.height, fit: 'cover', gravity: sideOf(source, rect) } : { width: size.width, fit: 'contain' },
  );
  // Quality 80 on Cloudflare; output carries no EXIF/GPS (docs/media.md, "Metadata").
  const result = await transformer.output({ format: SERVED_FORMATS[spec.format], quality: 80 });
  // R2 needs the length up front: the encoded copy is small (a few hundred KB at most).
  const bytes = await new Response(result.image()).arrayBuffer();
  const stored = await env.MEDIA.put(key, bytes, { httpMetadata: { contentType: SERVED_FORMATS[spec.format] } });
  return { bytes, etag: stored.httpEtag };
}
