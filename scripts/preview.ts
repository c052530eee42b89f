/**
 * `npm run preview`: build the production bundle and serve it under workerd (Miniflare's API)
 * on http://127.0.0.1:8788 with the local D1 that `npm run dev` uses.
 *   npm run preview [-- --persist-to dir] [-- --port 8788]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildProductionBundle, startPreview } from '../bench/preview-server';
import { persistDirFromArgs } from './local-d1';
import { prepareLocalDb } from './seed';

const { values } = parseArgs({ options: { 'persist-to': { type: 'string' }, port: { type: 'string' } } });
const persistTo = persistDirFromArgs();
const buildDir = mkdtempSync(join(tmpdir(), 'edge-news-preview-'));
await prepareLocalDb(persistTo);
const script = await buildProductionBundle(buildDir);
const server = await startPreview({ script, persistTo, port: Number(values.port ?? 8788) });
console.error(`Preview of the production bundle on ${server.url.href} (Ctrl-C stops it).`);
const stop = async () => {
  await server.dispose();
  rmSync(buildDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
