/**
 * Once per browser run: a fresh local D1 in a temp folder, migrated and seeded by the same
 * code as `npm run dev`, served by `wrangler dev` on a free loopback port, stopped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareLocalDb } from '../../scripts/seed';
import { startWranglerDev } from '../support/wrangler-dev';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    persistTo: string;
  }
}

export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), 'edge-news-browser-'));
  await prepareLocalDb(persistTo);
  const server = await startWranglerDev(persistTo);
  project.provide('baseUrl', server.baseUrl);
  project.provide('persistTo', persistTo);
  return async () => {
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
