/** An editor token for the soak's writes, made the way a developer makes one. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './preview-server';

export async function createEditorToken(persistTo: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    join(projectRoot, 'node_modules/.bin/tsx'),
    ['scripts/token-create.ts', '--name', 'bench-soak', '--role', 'editor', '--persist-to', persistTo],
    { cwd: projectRoot, env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' } },
  );
  const token = stdout.trim().split('\n').at(-1);
  if (!token) throw new Error('token-create printed no token');
  return token;
}
