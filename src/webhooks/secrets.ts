/**
 * Signing secrets. HMAC needs the secret itself, so unlike API tokens it cannot be stored
 * as a hash: it is stored AES-GCM encrypted with WEBHOOK_SECRET_KEY (a Worker secret, 32
 * random bytes in base64), and a D1 dump or backup alone does not reveal it. It is shown
 * once, when the endpoint is created, and never logged.
 */
import { HttpError } from '../http/errors';
import { fromBase64, toBase64 } from './base64';

/** Standard Webhooks secrets: "whsec_" + base64 of 24 to 64 random bytes. */
export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;
const FORMAT = 'v1';

export function generateSigningSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** The HMAC key bytes of a "whsec_..." secret. */
export const secretKeyBytes = (secret: string) => fromBase64(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);

const keys = new Map<string, Promise<CryptoKey>>();

function encryptionKey(base64Key: string | undefined): Promise<CryptoKey> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(base64Key ?? '');
  } catch {
    bytes = new Uint8Array();
  }
  if (bytes.length !== 32) {
    // A deployment problem, not the client's: a retry does not help until an operator acts.
    throw new HttpError(500, 'webhooks_not_configured', 'Webhooks need WEBHOOK_SECRET_KEY (32 random bytes, base64); see docs/webhooks.md');
  }
  const cached = keys.get(base64Key!);
  if (cached) return cached;
  const key = crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
  keys.set(base64Key!, key);
  return key;
}

/** "v1.<iv>.<ciphertext>", both base64. */
export async function encryptSecret(secret: string, base64Key: string | undefined): Promise<string> {
  const key = await encryptionKey(base64Key);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(secret));
  return `${FORMAT}.${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`;
}

export async function decryptSecret(stored: string, base64Key: string | undefined): Promise<string> {
  const [format, iv, sealed] = stored.split('.');
  if (format !== FORMAT || !iv || !sealed) throw new Error('webhook secret: unknown storage format');
  const key = await encryptionKey(base64Key);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(sealed));
  return new TextDecoder().decode(plain);
}
