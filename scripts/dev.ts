/**
 * `npm run dev`: migrate the local D1, seed it when empty, then run `wrangler dev` on
 * http://127.0.0.1:8787. Extra arguments go to wrangler (e.g. `-- --port 8790`).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { persistDirFromArgs, projectRoot } from './local-d1';
import { prepareLocalDb } from './seed';

const persistTo = persistDirFromArgs();
await prepareLocalDb(persistTo);

const extra = process.argv.slice(2).filter((arg, i, all) => arg !== '--persist-to' && all[i - 1] !== '--persist-to');
const wrangler = spawn(
  resolve(projectRoot, 'node_modules/.bin/wrangler'),
  ['dev', '--ip', '127.0.0.1', '--port', '8787', '--persist-to', persistTo, ...extra],
  { cwd: projectRoot, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on('exit', (code) => process.exit(code ?? 0));
