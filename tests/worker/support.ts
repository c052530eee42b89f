/** Helpers for tests that run inside workerd against the real local D1. */
import { env, exports } from 'cloudflare:workers';
import { getDb } from '../../src/db/client';
import { seedDatabase } from '../../seed/seed-database';

export const ORIGIN = 'https://news.example';
export const db = () => getDb(env.DB);

/** Sends a request through the Worker's real fetch handler. */
export function request(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(new URL(path, ORIGIN), { redirect: 'manual', ...init }));
}

/** Loads the sample newsroom once per test file (storage is per file). */
export function seedSampleNewsroom() {
  return seedDatabase(db());
}
