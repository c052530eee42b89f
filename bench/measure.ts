/**
 * One measured run: autocannon against a source of requests for a fixed time, the server's
 * CPU over the same window from /proc, and every response's cache outcome and D1 work
 * (response-tally). A source of distinct URLs can run dry: the run then ends early and says so.
 */
import autocannon from 'autocannon';
import { cpuMsOf } from './process-cpu';
import { d1PerResponse, newTally, record, type ResponseTally } from './response-tally';

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
}

export interface RequestSpec {
  path: string;
  headers?: Record<string, string>;
  /** A label to tally this request's responses under (the cache-busting run's kinds of junk). */
  kind?: string;
}

/** Where a scenario's requests come from. */
export interface RequestSource {
  /** The next request; undefined once a pool of distinct URLs is used up. */
  next(): RequestSpec | undefined;
  /** Requests left before it runs dry (Infinity for endless sources). */
  remaining(): number;
}

export type StatusClass = '2xx' | '3xx' | '4xx';

export interface RunResult {
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Responses outside the expected classes (2xx, or 3xx for redirects), plus socket errors (timeouts included). */
  unexpected: number;
  serverCpuMsPerRequest: number | null;
  /** How long the load ran, s. */
  seconds: number;
  /** Why it ended before its duration (a pool of distinct URLs used up). */
  stoppedEarly?: string;
  tally: ResponseTally;
  /** Tallies per RequestSpec.kind, when the source labels its requests. */
  byKind?: Record<string, ResponseTally>;
}

/** autocannon's per-connection context; with no pipelining a response belongs to the request set up last. */
interface RequestContext {
  kind?: string;
}

/** Fewer requests than this left in a pool is not worth a run. */
export const MIN_POOL = 8;

export async function runLoad(
  base: URL,
  source: RequestSource,
  load: LoadOptions,
  serverPids: () => number[],
  expect: StatusClass[] = ['2xx'],
): Promise<RunResult> {
  const tally = newTally();
  const byKind: Record<string, ResponseTally> = {};
  const remaining = source.remaining();
  // A finite pool caps the run (autocannon's `amount`); a timer ends it at its duration.
  const amount = Number.isFinite(remaining) ? Math.max(load.connections, remaining) : undefined;
  let last: RequestSpec | undefined;
  let lastResponseAt = 0;
  const pids = serverPids();
  const cpuBefore = cpuMsOf(pids);
  const startedAt = Date.now();
  // The run is a thenable that can also be stopped (the typings offer one or the other).
  const instance = autocannon({
    url: base.origin,
    connections: load.connections,
    duration: load.durationSeconds,
    ...(amount ? { amount } : {}),
    requests: [
      {
        method: 'GET',
        setupRequest: (request, context) => {
          const spec = source.next() ?? last;
          if (!spec) throw new Error('the request source is empty');
          last = spec;
          (context as RequestContext).kind = spec.kind;
          return { ...request, path: spec.path, headers: { ...request.headers, ...spec.headers } };
        },
        onResponse: (status, _body, context, headers) => {
          lastResponseAt = Date.now();
          record(tally, status, headers ?? {});
          const kind = (context as RequestContext).kind;
          if (kind) record((byKind[kind] ??= newTally()), status, headers ?? {});
        },
      },
    ],
  }) as unknown as Promise<autocannon.Result> & { stop(): void };
  const timer = amount ? setTimeout(() => instance.stop(), load.durationSeconds * 1000 - 50) : undefined;
  const result = await instance;
  clearTimeout(timer);
  const cpuAfter = cpuMsOf(pids);

  const total = result.requests.total;
  // autocannon notices the end at its next one-second tick: an early end counts to the last response.
  const ranDry = amount !== undefined && (Date.now() - startedAt) / 1000 < load.durationSeconds - 0.1;
  const seconds = ranDry && lastResponseAt ? (lastResponseAt - startedAt) / 1000 : result.duration || load.durationSeconds;
  const expected = expect.reduce((sum, klass) => sum + (result[klass as keyof typeof result] as number), 0);
  return {
    requests: total,
    requestsPerSecond: round(total / seconds),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    unexpected: total - expected + result.errors,
    serverCpuMsPerRequest: pids.length && total ? round((cpuAfter - cpuBefore) / total, 3) : null,
    seconds: round(seconds, 2),
    ...(ranDry ? { stoppedEarly: `its ${amount} distinct URLs were used up after ${seconds.toFixed(1)} s` } : {}),
    tally,
    ...(Object.keys(byKind).length ? { byKind } : {}),
  };
}

export interface D1Sample {
  /** D1 round trips per response (a batch counts once), over every response of the load run. */
  queries: number | null;
  statements: number | null;
  /** Mean wall time of requests sent one at a time (no load), ms. */
  singleRequestMs: number;
  /** D1 time (Server-Timing dur) of those requests, trimmed mean, ms: the database's share, unloaded. */
  d1MsAlone: number | null;
  /** Mean D1 time per response under load, ms. */
  d1MsUnderLoad?: number | null;
}

/**
 * Sends `samples` requests of the source one at a time (no load): the time of one request
 * alone and the D1 time it reports. Consumes that many requests of a pool.
 */
export async function sampleAlone(base: URL, source: RequestSource, samples: number): Promise<Pick<D1Sample, 'singleRequestMs' | 'd1MsAlone'> & { tally: ResponseTally }> {
  const tally = newTally();
  const d1Ms: number[] = [];
  let elapsed = 0;
  let sent = 0;
  for (let i = 0; i < samples; i++) {
    const spec = source.next();
    if (!spec) break;
    const started = performance.now();
    const response = await fetch(new URL(spec.path, base), { redirect: 'manual', headers: spec.headers });
    await response.arrayBuffer();
    elapsed += performance.now() - started;
    sent++;
    const before = tally.d1Ms;
    const reported = tally.d1Reported;
    record(tally, response.status, response.headers);
    if (tally.d1Reported > reported) d1Ms.push(tally.d1Ms - before);
  }
  return { singleRequestMs: sent ? round(elapsed / sent) : 0, d1MsAlone: d1Ms.length ? round(trimmedMean(d1Ms), 2) : null, tally };
}

/** The D1 figures of a scenario: per response over the load run, plus the unloaded samples. */
export function d1Figures(run: RunResult, alone: Pick<D1Sample, 'singleRequestMs' | 'd1MsAlone'>): D1Sample {
  const perResponse = d1PerResponse(run.tally);
  return {
    queries: perResponse ? round(perResponse.queries, 2) : null,
    statements: perResponse ? round(perResponse.statements, 2) : null,
    singleRequestMs: alone.singleRequestMs,
    d1MsAlone: alone.d1MsAlone,
    d1MsUnderLoad: perResponse ? round(perResponse.ms, 2) : null,
  };
}

/** The mean without the highest and lowest tenth (Server-Timing durations come in whole milliseconds). */
export function trimmedMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 10);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
