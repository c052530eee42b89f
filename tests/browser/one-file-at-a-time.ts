/**
 * Browser files share one `wrangler dev` and its local D1 (tests/browser/global-setup.ts):
 * two at once would race on that database (SQLITE_BUSY from the token scripts) and on
 * site-wide state (rate limits, the home front). `fileParallelism` cannot be set per project,
 * and vitest runs files in parallel on a machine with more cores, so each browser file holds
 * this lock, a directory in the run's temp folder, for its lifetime. A lock left by a
 * crashed file is broken after STALE_MS.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';

const STALE_MS = 10 * 60_000;
const lock = join(inject('persistTo'), '.browser-file-lock');

function tryAcquire(): boolean {
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

while (!tryAcquire()) await new Promise((wait) => setTimeout(wait, 250));
afterAll(() => rmSync(lock, { recursive: true, force: true }));
