/**
 * Where the project and its local D1 live. Kept apart from local-d1.ts, which loads wrangler
 * (seconds), so a script can read its arguments and answer --help before loading it.
 */
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..');

/** `--persist-to <dir>` as wrangler itself takes it, for every script that opens the local D1. */
export const persistToOption = {
  type: 'string',
  valueName: 'dir',
  default: '.wrangler/state',
  description: 'where the local D1 lives, as in wrangler dev --persist-to',
} as const;

/** The `--persist-to` value as an absolute path (a relative one is taken from the project root). */
export function persistDir(persistTo: string): string {
  return resolve(projectRoot, persistTo);
}
