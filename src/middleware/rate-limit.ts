/**
 * Rate limits on the Workers rate-limit binding (`[[ratelimits]]` in wrangler.toml). Over
 * the limit, the request ends with 429, a JSON error and `Retry-After` (the binding's
 * period: its counters are per period, so that is when the client may try again).
 */
import { HttpError } from '../http/errors';

/** Periods of the bindings in wrangler.toml, in seconds. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/** Counts one event for `key`; throws a 429 HttpError when `key` is over the limit. */
export async function enforceRateLimit(limiter: RateLimit, key: string, what: string): Promise<void> {
  const { success } = await limiter.limit({ key });
  if (!success) {
    throw new HttpError(429, 'rate_limited', `Too many ${what}; try again later`, { retryAfterSeconds: RATE_LIMIT_PERIOD_SECONDS }, {
      'Retry-After': String(RATE_LIMIT_PERIOD_SECONDS),
    });
  }
}

/**
 * The client's address as Cloudflare reports it (it overwrites any client-sent value), and
 * nothing else: X-Forwarded-For and X-Real-IP are the client's to forge.
 */
export const clientIp = (request: Request) => request.headers.get('cf-connecting-ip') ?? 'unknown';
