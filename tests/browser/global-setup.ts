/**
 * Once per browser run: a fresh local D1 in a temp folder, migrated and seeded by the same
 * code as `npm run dev`, served by `wrangler dev` on a free loopback port, stopped after.
 *
 * With more than one vitest worker (`npm test` runs this project with two: scripts/run-tests.ts)
 * there is one such server per worker, up to MAX_SERVERS, each on its own copy of the seeded
 * D1: the files mostly wait (on a poll, a timer, the cron's next minute), so two run side by
 * side, and tests/browser/one-file-at-a-time.ts gives each file a server to itself.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareLocalDb } from '../../scripts/seed';
import { startWranglerDev, type RunningServer } from '../support/wrangler-dev';

/** Servers beyond two gain nothing on the 2-core CI machine: the files would wait on CPU. */
const MAX_SERVERS = 2;

export interface BrowserServer {
  baseUrl: string;
  persistTo: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The first server's; one-file-at-a-time.ts replaces both with the file's own server. */
    baseUrl: string;
    persistTo: string;
    browserServers: BrowserServer[];
  }
}

async function answering(baseUrl: string, timeoutMs = 60_000) {
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((wait) => setTimeout(wait, 300))) {
    const ok = await fetch(`${baseUrl}/favicon.svg`, { signal: AbortSignal.timeout(5_000) }).then((res) => res.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`wrangler dev on ${baseUrl} stopped answering after another server's build`);
  }
}

export default async function setup(project: TestProject) {
  const count = Math.max(1, Math.min(MAX_SERVERS, project.vitest.config.maxWorkers));
  const first = mkdtempSync(join(tmpdir(), 'edge-news-browser-'));
  const folders = [first];
  const running: RunningServer[] = [];
  const stopAll = async () => {
    await Promise.all(running.map((server) => server.stop()));
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  };
  try {
    await prepareLocalDb(first);
    // Copies of the seeded D1 (plain SQLite files: no server has opened them yet).
    while (folders.length < count) {
      const copy = mkdtempSync(join(tmpdir(), 'edge-news-browser-'));
      cpSync(first, copy, { recursive: true });
      folders.push(copy);
    }
    // One after the other: each `wrangler dev` runs the build into the same dist/ first. A
    // rewritten dist/ reloads the servers already up, so each is asked once more at the end.
    for (const folder of folders) running.push(await startWranglerDev(folder));
    if (running.length > 1) await Promise.all(running.map((server) => answering(server.baseUrl)));
  } catch (error) {
    await stopAll();
    throw error;
  }
  const servers = running.map((server, i) => ({ baseUrl: server.baseUrl, persistTo: folders[i]! }));
  project.provide('browserServers', servers);
  project.provide('baseUrl', servers[0]!.baseUrl);
  project.provide('persistTo', servers[0]!.persistTo);
  return stopAll;
}
