/**
 * Helpers for the edge-cache tests: requests through the app with an execution context the
 * test waits on (so the copy a miss stores in waitUntil is in the cache before the next
 * request), the D1 query count from Server-Timing, and a D1 binding that is "down".
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { app } from '../../src/index';
import type { Bindings } from '../../src/env';
import { ORIGIN } from './support';

/**
 * The test environment: one machine, one clock, so no clock tolerance is needed between a
 * purge and the next render (production keeps the default; see edge-cache/store).
 */
export const testBindings = (): Bindings => ({ ...env, EDGE_CACHE_CLOCK_SKEW_MS: '0' });

/** Sends a request through the app and waits for its background work (storing, indexing). */
export async function fetchSettled(path: string, init?: RequestInit, bindings: Bindings = testBindings()): Promise<Response> {
  const ctx = createExecutionContext();
  const sent = new Request(new URL(path, ORIGIN), { redirect: 'manual', ...init });
  const response = await app.fetch(sent, bindings, ctx);
  await waitOnExecutionContext(ctx);
  // Like request() in support.ts: a documented operation's answer must match the document.
  const { checkResponseContract } = await import('./contract-validation');
  await checkResponseContract(sent.method, sent.url, response);
  return response;
}

/** D1 round trips the request made, from its `Server-Timing: d1;…;desc="N queries"`. */
export function d1Queries(response: Response): number {
  const match = /d1;dur=[\d.]+;desc="(\d+) quer/.exec(response.headers.get('server-timing') ?? '');
  if (!match) throw new Error(`no d1 Server-Timing entry in ${response.headers.get('server-timing')}`);
  return Number(match[1]);
}

/** A waitUntil for calling purgeCacheTags from a test, and a way to wait for what it queued. */
export function backgroundWork() {
  const pending: Promise<unknown>[] = [];
  return { waitUntil: (p: Promise<unknown>) => void pending.push(p), settle: () => Promise.all(pending) };
}

/**
 * The real D1 binding, as it behaves during an outage: opening a session works, every
 * query rejects. Used to prove stale-if-error and the 503 page.
 */
export function unreachableD1(): D1Database {
  const outage = () => Promise.reject(new Error('D1_ERROR: Network connection lost.'));
  const statement = (): D1PreparedStatement =>
    ({ bind: () => statement(), all: outage, run: outage, raw: outage, first: outage }) as unknown as D1PreparedStatement;
  const session = { prepare: statement, batch: outage, getBookmark: () => null } as unknown as D1DatabaseSession;
  return { withSession: () => session, prepare: statement, batch: outage, exec: outage } as unknown as D1Database;
}

export const withD1Down = (): Bindings => ({ ...testBindings(), DB: unreachableD1() });
