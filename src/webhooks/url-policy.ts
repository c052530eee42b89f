/**
 * Where webhooks may be delivered. Production: https only, to a public host name or public
 * IP literal, no credentials in the URL. Refused: private, loopback, link-local, CGNAT,
 * multicast and reserved IPv4/IPv6 literals, `localhost`, `*.localhost`, single-label and
 * internal-only names. `allowLoopback` (WEBHOOKS_ALLOW_LOOPBACK, true only under
 * `npm run dev` and in tests) also lets plain http reach 127.0.0.0/8, [::1] and localhost,
 * so a developer can point a webhook at a local receiver.
 *
 * A DNS name that resolves to a private address cannot be checked from a Worker (it has no
 * resolver API); Cloudflare's fetch does not reach private networks anyway (docs/webhooks.md).
 */
export const MAX_URL_LENGTH = 2048;

/** Why `raw` is refused, or null when it is allowed. */
export function webhookUrlProblem(raw: string, allowLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute https URL';
  }
  if (raw.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an absolute https URL';
  if (url.username || url.password) return 'must not contain credentials';
  const host = url.hostname.toLowerCase();
  const loopback = isLoopback(host);
  if (allowLoopback && loopback) return null;
  if (url.protocol !== 'https:') return 'must use https';
  if (loopback || isPrivateHost(host)) return 'must not point at a private, loopback or link-local address';
  return null;
}

function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  const v4 = ipv4(host);
  return v4 !== null && v4[0] === 127;
}

function isPrivateHost(host: string): boolean {
  if (host.startsWith('[')) return !isPublicIpv6(host.slice(1, -1));
  const v4 = ipv4(host);
  if (v4) return !isPublicIpv4(v4);
  // Names only an internal resolver knows: single labels ("intranet"), mDNS and internal zones.
  return !host.includes('.') || /\.(local|internal|lan|home\.arpa|localdomain)\.?$/.test(host);
}

/** The four octets of a dotted IPv4 literal (the URL parser already normalized 0x7f.1, 2130706433...). */
function ipv4(host: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return match ? match.slice(1).map(Number) : null;
}

function isPublicIpv4([a = 0, b = 0, c = 0]: number[]): boolean {
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false; // this network, private, loopback, multicast/reserved
  if (a === 100 && b >= 64 && b <= 127) return false; // CGNAT
  if (a === 169 && b === 254) return false; // link-local (cloud metadata)
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // IETF protocol assignments, documentation
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  if (a === 198 && b === 51 && c === 100) return false;
  if (a === 203 && b === 0 && c === 113) return false;
  return true;
}

/** Expands an IPv6 literal to eight 16-bit groups (an embedded IPv4 tail included). */
function ipv6Groups(text: string): number[] | null {
  let body = text;
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (v4Tail) {
    const octets = ipv4(v4Tail[1]!);
    if (!octets) return null;
    body = body.slice(0, -v4Tail[1]!.length) + `${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`;
  }
  const [head, tail] = body.split('::') as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<number>(Math.max(fill, 0)).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** Only global unicast (2000::/3), minus ranges that tunnel to or document other addresses. */
function isPublicIpv6(text: string): boolean {
  const g = ipv6Groups(text);
  if (!g) return false;
  const first = g[0]!;
  if ((first & 0xe000) !== 0x2000) return false; // ::1, ::, ::ffff:v4, fc00::/7, fe80::/10, ff00::/8, 64:ff9b::...
  if (first === 0x2002) return false; // 6to4 embeds any IPv4 address
  if (first === 0x2001 && (g[1] === 0 || g[1] === 0xdb8)) return false; // Teredo, documentation
  return true;
}
