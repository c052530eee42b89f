/** Helpers for tests that run inside workerd against the real local D1. */
import { env, exports } from 'cloudflare:workers';
import { getDb } from '../../src/db/client';
import { cacheKey } from '../../src/edge-cache/policy';
import { seedDatabase } from '../../seed/seed-database';

export const ORIGIN = 'https://news.example';
export const db = () => getDb(env.DB);

/**
 * Sends a request through the Worker's real fetch handler. A response from an operation the
 * OpenAPI document describes must match it (contract-validation), or the request throws.
 */
export async function request(path: string, init?: RequestInit): Promise<Response> {
  const sent = new Request(new URL(path, ORIGIN), { redirect: 'manual', ...init });
  const response = await exports.default.fetch(sent);
  const { checkResponseContract } = await import('./contract-validation');
  await checkResponseContract(sent.method, sent.url, response);
  return response;
}

/**
 * Sends a request after evicting its stored copy, so the handler really runs (a miss). Unknown
 * query parameters no longer make misses: the edge cache answers them with a 301.
 */
export async function requestUncached(path: string, init?: RequestInit): Promise<Response> {
  await (caches as unknown as { default: Cache }).default.delete(cacheKey(new URL(path, ORIGIN).toString()));
  return request(path, init);
}

/** Loads the sample newsroom once per test file (storage is per file). */
export function seedSampleNewsroom() {
  return seedDatabase(db());
}

/** The JSON-LD documents of a page, in order. */
export const jsonLd = (html: string): any[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
