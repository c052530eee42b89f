/** A real editor API token for the browser project's `wrangler dev`, made by `npm run token:create`. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export function createEditorToken(persistTo: string, role: 'contributor' | 'editor' | 'admin', name: string): string {
  const out = execFileSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/token-create.ts', '--persist-to', persistTo, '--name', name, '--role', role], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
  });
  return out.trim().split('\n').at(-1)!;
}
