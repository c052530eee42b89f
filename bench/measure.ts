/**
 * One measured run: autocannon against a URL for a fixed time, the server's CPU over the
 * same window from /proc, and a few sampled responses for the D1 work (`Server-Timing`).
 */
import autocannon from 'autocannon';
import { cpuMsOf } from './process-cpu';

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
}

/** How a scenario's requests relate to the edge cache. */
export type CacheMode =
  /** The same URL every time, primed first: every request is a cache hit (or uncacheable). */
  | 'warm'
  /** A fresh `bench-miss=<n>` parameter on every request: the cache key is new, so every request misses. */
  | 'cold';

export interface RunResult {
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Responses other than the expected class (2xx, or 3xx for redirects), plus socket errors (timeouts included). */
  unexpected: number;
  serverCpuMsPerRequest: number | null;
}

/** Adds the cache-busting parameter the edge cache does not ignore (it ignores only utm_* and click ids). */
export function missUrl(path: string, n: number): string {
  return `${path}${path.includes('?') ? '&' : '?'}bench-miss=${n}`;
}

let missCounter = 0;
/** Numbers for cache-busting that never repeat within a bench process. */
export const nextMiss = () => ++missCounter;

export async function runLoad(
  base: URL,
  path: string,
  mode: CacheMode,
  load: LoadOptions,
  serverPids: () => number[],
  expect: '2xx' | '3xx' = '2xx',
  headers: Record<string, string> = {},
): Promise<RunResult> {
  const pids = serverPids();
  const cpuBefore = cpuMsOf(pids);
  const result = await autocannon({
    url: base.origin,
    connections: load.connections,
    duration: load.durationSeconds,
    headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: mode === 'cold' ? missUrl(path, nextMiss()) : path }),
      },
    ],
  });
  const cpuAfter = cpuMsOf(pids);
  const total = result.requests.total;
  const expected = expect === '2xx' ? result['2xx'] : result['3xx'];
  return {
    requests: total,
    requestsPerSecond: round(total / (result.duration || load.durationSeconds)),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    unexpected: total - expected + result.errors,
    serverCpuMsPerRequest: pids.length && total ? round((cpuAfter - cpuBefore) / total, 3) : null,
  };
}

export interface D1Sample {
  /** D1 round trips per request (a batch counts once), averaged over the samples. */
  queries: number | null;
  statements: number | null;
  /** Mean wall time of the sampled requests, one at a time (no load), ms. */
  singleRequestMs: number;
}

/**
 * Reads `Server-Timing: d1;dur=..;desc="N queries, M statements"` from a few requests in
 * the scenario's cache mode. null when the app does not send it.
 */
export async function sampleD1(base: URL, path: string, mode: CacheMode, samples = 5, headers: Record<string, string> = {}): Promise<D1Sample> {
  let queries = 0;
  let statements = 0;
  const started = performance.now();
  for (let i = 0; i < samples; i++) {
    const url = new URL(mode === 'cold' ? missUrl(path, nextMiss()) : path, base);
    const response = await fetch(url, { redirect: 'manual', headers });
    await response.arrayBuffer();
    const d1 = /(?:^|,)\s*d1;[^,]*desc="(\d+) quer[^"]*?(?:, (\d+) statements)?"/.exec(response.headers.get('server-timing') ?? '');
    if (!d1) return { queries: null, statements: null, singleRequestMs: round((performance.now() - started) / (i + 1)) };
    queries += Number(d1[1]);
    statements += Number(d1[2] ?? d1[1]);
  }
  return { queries: round(queries / samples, 2), statements: round(statements / samples, 2), singleRequestMs: round((performance.now() - started) / samples) };
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
