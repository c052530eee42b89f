/**
 * `npm run preview`: build the production bundle and serve it under workerd (Miniflare's API)
 * on http://127.0.0.1:8788 with the local D1 that `npm run dev` uses, running the Cron
 * Triggers of wrangler.toml on the minute as `npm run dev` does (scripts/local-cron.ts).
 *   npm run preview [-- --port 8788] [--ip 127.0.0.1] [--persist-to dir] [--no-cron]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine } from './cli-args';
import { configuredCrons, loopbackOrigin, startLocalCron, triggerThroughEndpoint } from './local-cron';
import { persistDir, persistToOption, projectRoot } from './local-state';

const { values } = parseCommandLine({
  command: 'npm run preview',
  summary: 'Builds the production bundle (wrangler deploy --dry-run) and serves it under workerd, without the dev proxy, on the local D1 of npm run dev.',
  options: {
    port: { type: 'integer', default: 8788, description: 'port to listen on; 0 picks a free one' },
    ip: { type: 'string', valueName: 'address', default: '127.0.0.1', description: 'address to listen on' },
    'persist-to': persistToOption,
    'no-cron': { type: 'boolean', description: 'do not run the Cron Triggers of wrangler.toml (scheduled publishing) every minute' },
  },
  examples: ['npm run preview -- --port 8790'],
});
// Loaded after the arguments are read: wrangler takes seconds to load, --help should not wait.
const [{ buildProductionBundle, startPreview }, { prepareLocalDb }] = await Promise.all([import('../bench/preview-server'), import('./seed')]);
const persistTo = persistDir(values['persist-to']);
const buildDir = mkdtempSync(join(tmpdir(), 'edge-news-preview-'));
await prepareLocalDb(persistTo);
const script = await buildProductionBundle(buildDir);
const server = await startPreview({ script, persistTo, port: values.port, host: values.ip, triggerHandlers: !values['no-cron'] });
console.error(`Preview of the production bundle on ${server.url.href} (Ctrl-C stops it).`);
const crons = values['no-cron'] ? [] : await configuredCrons(join(projectRoot, 'wrangler.toml'));
const cron = startLocalCron({ crons, trigger: triggerThroughEndpoint(loopbackOrigin(values.ip, Number(server.url.port))) });
const stop = async () => {
  cron.stop();
  await server.dispose();
  rmSync(buildDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
