/**
 * Browser files share `wrangler dev` servers and their local D1s (tests/browser/global-setup.ts
 * starts one per vitest worker): two files on one server would race on its database
 * (SQLITE_BUSY from the token scripts) and on site-wide state (rate limits, the home front).
 * So each file holds one server's lock, a directory in that server's temp folder, for its
 * lifetime, and sees that server as `inject('baseUrl')` / `inject('persistTo')`.
 * `fileParallelism` cannot be set per project, and vitest may run more files at once than
 * there are servers (a machine with more cores), so a file waits for a free one. A lock left
 * by a crashed file is broken after STALE_MS.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';

const STALE_MS = 10 * 60_000;
const servers = inject('browserServers');
const lockOf = (persistTo: string) => join(persistTo, '.browser-file-lock');

function tryAcquire(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Released meanwhile: the next try takes it.
    }
    return false;
  }
}

let mine: (typeof servers)[number] | undefined;
while (!(mine = servers.find((server) => tryAcquire(lockOf(server.persistTo))))) await new Promise((wait) => setTimeout(wait, 250));
const server = mine;
// inject() reads this worker's provided context, and each file runs in a worker of its own
// (isolate: true), so the file's own server replaces the first one's for this file only.
const provided = (globalThis as unknown as { __vitest_worker__: { providedContext: Record<string, unknown> } }).__vitest_worker__.providedContext;
provided.baseUrl = server.baseUrl;
provided.persistTo = server.persistTo;
afterAll(() => rmSync(lockOf(server.persistTo), { recursive: true, force: true }));
