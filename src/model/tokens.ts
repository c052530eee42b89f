/**
 * API tokens and short codes: random secrets from the platform's CSPRNG. Only the SHA-256
 * of a token is stored, so a leaked database does not leak working credentials.
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Uniformly random base62 string (rejection sampling avoids modulo bias). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export const TOKEN_PREFIX = 'enc_';

/** A new API token secret: shown once, never stored. */
export const generateApiToken = () => `${TOKEN_PREFIX}${randomBase62(40)}`;

/** A short-link code: 8 base62 characters (47 bits), not derived from any id. */
export const generateShortCode = () => randomBase62(8);

/** Hex SHA-256 of a token, the only form in which tokens are stored. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
