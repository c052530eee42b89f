/**
 * Keyset cursors for every listing: an opaque base64url token of (published_at, id) of the
 * last item shown. Opaque so clients do not build them, small so they fit in a URL, and
 * strictly validated so a forged or truncated token is a clear "bad cursor", never a 500.
 */

/** Position in a newest-first listing: the last item of the previous page. */
export interface ListCursor {
  /** Milliseconds since the epoch (the article's published_at, or a tag link's listed_at). */
  publishedAt: number;
  id: number;
}

/** Outcome of reading a `?cursor=` parameter: absent means the first page. */
export type CursorParam = { ok: true; cursor: ListCursor | null } | { ok: false };

const MAX_TOKEN_LENGTH = 64;

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    return atob(token.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/** Encodes the position after `item` as an opaque cursor. */
export function encodeCursor(item: ListCursor): string {
  return toBase64Url(JSON.stringify([item.publishedAt, item.id]));
}

/** Decodes a cursor; null when it is not one we could have issued. */
export function decodeCursor(token: string): ListCursor | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const json = fromBase64Url(token);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [publishedAt, id] = value;
  if (!Number.isSafeInteger(publishedAt) || publishedAt < 0) return null;
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return { publishedAt, id };
}

/**
 * Reads an optional `?cursor=` value. Missing or empty: the first page. Anything else must
 * decode, and the caller decides what a bad one means (400 JSON for the API, a 400 page
 * for readers).
 */
export function parseCursorParam(raw: string | undefined | null): CursorParam {
  if (raw === undefined || raw === null || raw === '') return { ok: true, cursor: null };
  const cursor = decodeCursor(raw);
  return cursor ? { ok: true, cursor } : { ok: false };
}
