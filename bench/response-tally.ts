/**
 * What every response of a run said about itself: its status, how the edge cache answered
 * (`Cache-Status`, RFC 9211) and the D1 work it did (`Server-Timing: d1;dur=..;desc="N
 * queries, M statements"`). Counted for every response, not sampled, so a "cold" run that
 * turned into hits, or a cache-busting run that reached D1, shows in the table.
 */

/** How the edge cache answered one response. */
export type CacheOutcome =
  /** Served from the edge cache. */
  | 'hit'
  /** Rendered by the handlers for the cache to keep (stored here, or by Workers Cache in front). */
  | 'miss'
  /** A redirect that was not a stored copy (to the clean URL, or a share link). */
  | 'redirect'
  /** Rendered, the cache neither read nor stored (editor, preview, method). */
  | 'bypass'
  /** Rendered, not storable (a 4xx other than 404, a 5xx). */
  | 'not stored'
  /** No Cache-Status header at all. */
  | 'unmarked';

export interface ResponseTally {
  responses: number;
  byStatus: Record<string, number>;
  byOutcome: Record<CacheOutcome, number>;
  /** 3xx answers that made no D1 query: a redirect to the clean URL costs no more than a hit. */
  cheapRedirects: number;
  /** Responses that carried the D1 Server-Timing entry, and their totals. */
  d1Reported: number;
  d1Queries: number;
  d1Statements: number;
  d1Ms: number;
}

export const newTally = (): ResponseTally => ({
  responses: 0,
  byStatus: {},
  byOutcome: { hit: 0, miss: 0, redirect: 0, bypass: 0, 'not stored': 0, unmarked: 0 },
  cheapRedirects: 0,
  d1Reported: 0,
  d1Queries: 0,
  d1Statements: 0,
  d1Ms: 0,
});

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string {
  if (headers instanceof Headers) return headers.get(name) ?? '';
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(', ') : (value ?? '');
  }
  return '';
}

export function cacheOutcome(cacheStatus: string, status: number): CacheOutcome {
  if (!cacheStatus) return 'unmarked';
  if (/;\s*hit\b/.test(cacheStatus)) return 'hit';
  if (status >= 300 && status < 400) return 'redirect';
  if (/;\s*stored\b|detail=workers-cache/.test(cacheStatus)) return 'miss';
  if (/fwd=(bypass|method)\b/.test(cacheStatus)) return 'bypass';
  return 'not stored';
}

const D1_ENTRY = /(?:^|,)\s*d1;(?:[^,]*?dur=([\d.]+))?[^,]*?desc="(\d+) quer[^"]*?(?:, (\d+) statements)?"/;

/** Adds one response (headers from autocannon's raw object or a fetch Response). */
export function record(tally: ResponseTally, status: number, headers: HeaderBag): void {
  tally.responses++;
  tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
  tally.byOutcome[cacheOutcome(header(headers, 'cache-status'), status)]++;
  const d1 = D1_ENTRY.exec(header(headers, 'server-timing'));
  if (d1) {
    tally.d1Reported++;
    tally.d1Ms += Number(d1[1] ?? 0);
    tally.d1Queries += Number(d1[2]);
    tally.d1Statements += Number(d1[3] ?? d1[2]);
  }
  if (status >= 300 && status < 400 && d1 && Number(d1[2]) === 0) tally.cheapRedirects++;
}

export function mergeTallies(tallies: ResponseTally[]): ResponseTally {
  const total = newTally();
  for (const t of tallies) {
    total.responses += t.responses;
    for (const [status, n] of Object.entries(t.byStatus)) total.byStatus[status] = (total.byStatus[status] ?? 0) + n;
    for (const outcome of Object.keys(total.byOutcome) as CacheOutcome[]) total.byOutcome[outcome] += t.byOutcome[outcome];
    total.cheapRedirects += t.cheapRedirects;
    total.d1Reported += t.d1Reported;
    total.d1Queries += t.d1Queries;
    total.d1Statements += t.d1Statements;
    total.d1Ms += t.d1Ms;
  }
  return total;
}

/** Mean D1 round trips, statements and milliseconds per response; null without Server-Timing. */
export function d1PerResponse(t: ResponseTally): { queries: number; statements: number; ms: number } | null {
  if (!t.d1Reported) return null;
  return { queries: t.d1Queries / t.d1Reported, statements: t.d1Statements / t.d1Reported, ms: t.d1Ms / t.d1Reported };
}

/** Share (0..1) of responses with this outcome. */
export const share = (t: ResponseTally, outcome: CacheOutcome) => (t.responses ? t.byOutcome[outcome] / t.responses : 0);

/** "100% hit" or "97% miss, 3% hit": the outcomes seen, largest first. */
export function cacheMix(t: ResponseTally): string {
  if (!t.responses) return 'n/a';
  const parts = (Object.entries(t.byOutcome) as [CacheOutcome, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, n]) => `${percent(n / t.responses)} ${outcome}`);
  return parts.join(', ');
}

/** "200: 812, 301: 20". */
export const statusMix = (t: ResponseTally) =>
  Object.entries(t.byStatus)
    .sort((a, b) => b[1] - a[1])
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');

export function percent(fraction: number): string {
  const value = fraction * 100;
  if (value > 0 && value < 1) return '<1%';
  if (value < 100 && value > 99) return '>99%';
  return `${Math.round(value)}%`;
}
