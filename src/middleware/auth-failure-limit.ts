/**
 * The failed-authentication limiter, consulted before a token is hashed or looked up. A client
 * address that failed recently is "suspect" in this isolate: its every attempt is counted
 * against EDITOR_AUTH_FAILURES first, and once over the limit it gets 429 without any work.
 * A client that never fails never touches the limiter. The binding stays the one source of
 * truth across isolates; this map only remembers whom to ask about, bounded in size.
 *
 * Addresses come from CF-Connecting-IP alone, which Cloudflare sets and overwrites on every
 * request. Off Cloudflare (wrangler dev, Miniflare) whatever the client sends is believed, and
 * a request without it shares one "unknown" bucket: there the limiter is no security boundary.
 */
import { enforceRateLimit, RATE_LIMIT_PERIOD_SECONDS } from './rate-limit';

const SUSPECT_FOR_MS = RATE_LIMIT_PERIOD_SECONDS * 1000;
/** Enough for a botnet's worth of addresses; the oldest are forgotten first. */
const MAX_SUSPECTS = 10_000;

const suspects = new Map<string, number>();

function isSuspect(address: string, now: number): boolean {
  const until = suspects.get(address);
  if (until === undefined) return false;
  if (until > now) return true;
  suspects.delete(address);
  return false;
}

function markSuspect(address: string, now: number) {
  suspects.delete(address);
  suspects.set(address, now + SUSPECT_FOR_MS);
  if (suspects.size > MAX_SUSPECTS) suspects.delete(suspects.keys().next().value!);
}

const WHAT = 'failed sign-in attempts';

/**
 * Wraps one authentication: `authenticate` hashes and looks up the token and answers null when
 * it is not valid. Throws the 429 before `authenticate` runs when the address is over its limit.
 */
export async function limitAuthFailures<T>(limiter: RateLimit, address: string, authenticate: () => Promise<T | null>, now = Date.now()): Promise<T | null> {
  const countedUpFront = isSuspect(address, now);
  if (countedUpFront) await enforceRateLimit(limiter, address, WHAT);
  const identity = await authenticate();
  if (identity === null) {
    markSuspect(address, now);
    if (!countedUpFront) await enforceRateLimit(limiter, address, WHAT);
  }
  return identity;
}
