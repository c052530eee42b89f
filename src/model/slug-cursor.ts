/**
 * Cursors for lists ordered by slug (tags, authors): an opaque base64url token of the last
 * slug shown. Validated like the article cursors: a token we could not have issued is null.
 */
import { SLUG_PATTERN } from './slug';

const MAX_TOKEN_LENGTH = 200;

export function encodeSlugCursor(slug: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify(['slug', slug]));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeSlugCursor(token: string): string | null {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0))));
    if (!Array.isArray(value) || value.length !== 2 || value[0] !== 'slug') return null;
    const slug = value[1];
    return typeof slug === 'string' && SLUG_PATTERN.test(slug) ? slug : null;
  } catch {
    return null;
  }
}
