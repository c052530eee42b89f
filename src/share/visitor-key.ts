/**
 * Who clicked, as far as the share counters need to know: a salted hash that is the same
 * for one reader, article and network all day, and cannot be turned back into an address
 * once the day's salt is deleted (queries/shares prunes it after two days). No address is
 * ever stored, only these hashes.
 */

/**
 * The part of a client address that identifies one subscriber. An IPv4 address as it is;
 * for IPv6 the /64 prefix, because every home or phone gets a whole /64 and a script can
 * pick a fresh address inside it for each request.
 */
export function subscriberPrefix(address: string): string {
  const value = address.trim().toLowerCase();
  // Plain IPv4, or an IPv4-mapped IPv6 address (::ffff:192.0.2.1): the IPv4 part is the client.
  if (value.includes('.')) return value.slice(value.lastIndexOf(':') + 1);
  if (!value.includes(':')) return value;
  const [head = '', tail] = value.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0');
  const groups = [...headGroups, ...(tail === undefined ? [] : zeros), ...tailGroups];
  // Leading zeros dropped, so "2001:0db8::" and "2001:db8::" are one subscriber.
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * First 128 bits of SHA-256 over the parts, as hex. The parts are JSON-encoded so no
 * choice of User-Agent can shift one part into the next. 128 bits keep two readers' keys
 * apart (a collision is expected after about 2^64 keys) in half the storage of the full hash.
 */
async function digest(parts: (string | number)[]): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(parts))));
  return Array.from(bytes.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface ClickSource {
  /** `cf-connecting-ip`: Cloudflare sets it and overwrites any value the client sent. */
  clientAddress: string;
  userAgent: string;
}

/**
 * The key of one reader's click on one article and network, for one day's salt. The
 * network is part of it: sharing a story to X and to LinkedIn is two shares.
 */
export function visitorKey(salt: string, source: ClickSource, articleId: number, network: string): Promise<string> {
  return digest([salt, subscriberPrefix(source.clientAddress), source.userAgent, articleId, network]);
}

/** The key of a client address alone, for the per-address budget of counted clicks. */
export function clientKey(salt: string, source: ClickSource): Promise<string> {
  return digest([salt, subscriberPrefix(source.clientAddress)]);
}

/** A fresh random salt: 256 bits, hex. */
export function randomSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
