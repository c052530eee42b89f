/**
 * Random secrets and their digests. Invitation tokens and session ids are 32 random bytes in
 * base64url; only their SHA-256 reaches D1. Runs in workerd and in Node (the invite CLI).
 */

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 256 random bits, URL- and cookie-safe. */
export function randomSecret(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** HMAC-SHA-256 of `message` under `key`, base64url. */
export async function hmac(key: string, message: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return base64url(new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(message))));
}

/** Compares two strings without an early exit on the first difference. */
export function equalInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** A plausible secret from a URL or cookie: 43 base64url characters; anything else is refused unhashed. */
export const looksLikeSecret = (value: string | undefined): value is string => !!value && /^[\w-]{43}$/.test(value);
