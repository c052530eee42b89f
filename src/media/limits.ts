/** What the media library accepts (docs/media.md). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Longest side, and total pixels: beyond these a decode costs more memory than a transform may use. */
export const MAX_SIDE_PX = 12_000;
export const MAX_PIXELS = 100_000_000;

/** R2 keys: originals (never served), derived copies (one per served URL), uploads in flight. */
export const r2Keys = {
  original: (id: string) => `originals/${id}`,
  derived: (id: string, crop: string, file: string) => `derived/${id}/${crop}/${file}`,
  derivedPrefix: (id: string) => `derived/${id}/`,
  upload: (uuid: string) => `uploads/${uuid}`,
};

/** A media id: the first 32 hex digits of the SHA-256 of the original bytes. */
export const MEDIA_ID = /^[0-9a-f]{32}$/;
