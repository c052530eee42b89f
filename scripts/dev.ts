/**
 * `npm run dev`: migrate the local D1, seed it when empty, then run `wrangler dev` on
 * http://127.0.0.1:8787, and run the Cron Triggers of wrangler.toml on the minute, which
 * wrangler dev does not (scripts/local-cron.ts). Its own flags replace its defaults
 * (`-- --port 8790`); every other argument goes to wrangler dev as it is (`-- --inspector-port 9230`).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { exitWithUsageError, parseCommandLine } from './cli-args';
import { configuredCrons, loopbackOrigin, startLocalCron, triggerThroughEndpoint } from './local-cron';
import { persistDir, persistToOption, projectRoot } from './local-state';
import { unknownWranglerFlags, wranglerDevFlags } from './wrangler-dev-flags';

const command = 'npm run dev';
const { values, passThrough } = parseCommandLine({
  command,
  summary: 'Migrates the local D1, seeds it with the sample newsroom when it has no articles, then runs wrangler dev, and fires the scheduled handler on the minute as the Cron Triggers of wrangler.toml do in production (wrangler dev does not).',
  options: {
    port: { type: 'integer', default: 8787, description: 'port to listen on' },
    ip: { type: 'string', valueName: 'address', default: '127.0.0.1', description: 'address to listen on; 0.0.0.0 opens it to the network' },
    'persist-to': persistToOption,
    'no-cron': { type: 'boolean', description: 'do not run the Cron Triggers of wrangler.toml (scheduled publishing) every minute' },
  },
  passThroughTo: 'wrangler dev',
  notes: ['Any other argument goes to wrangler dev unchanged; its options: npx wrangler dev --help'],
  examples: ['npm run dev -- --port 8790', 'npm run dev -- --port 8790 --inspector-port 9230 --persist-to /tmp/newsroom'],
});

// Before anything is migrated: a flag wrangler does not know would only fail after that.
if (passThrough.some((arg) => arg.startsWith('-'))) {
  const known = wranglerDevFlags();
  const unknown = known.size > 0 ? unknownWranglerFlags(passThrough, known) : [];
  if (unknown.length > 0) exitWithUsageError(command, `unknown option ${unknown[0]} (not an option of npm run dev or wrangler dev)`);
}

// Loaded after the arguments are read: wrangler takes seconds to load, --help should not wait.
const { prepareLocalDb } = await import('./seed');
const persistTo = persistDir(values['persist-to']);
await prepareLocalDb(persistTo);

const wrangler = spawn(
  resolve(projectRoot, 'node_modules/.bin/wrangler'),
  ['dev', '--ip', values.ip, '--port', String(values.port), '--persist-to', persistTo, '--var', 'WEBHOOKS_ALLOW_LOOPBACK:true', ...passThrough],
  { cwd: projectRoot, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on('exit', (code) => process.exit(code ?? 0));

// Scheduled stories publish as in production: the same scheduled handler, on the minute.
if (!values['no-cron']) {
  const crons = await configuredCrons(resolve(projectRoot, 'wrangler.toml'));
  startLocalCron({ crons, trigger: triggerThroughEndpoint(loopbackOrigin(values.ip, values.port)) });
}
