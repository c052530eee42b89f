/**
 * Starts `wrangler dev` for browser tests and benchmarks: loopback only, a free port, its
 * own process group (wrangler starts a tree: npm -> node -> workerd x2 + esbuild), and a
 * stop() that ends the whole group. Bounded in time: it gives up if the site is not up.
 * Like `npm run dev`, it runs the Cron Triggers on the minute (scripts/local-cron.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { configuredCrons, startLocalCron, triggerThroughEndpoint } from '../../scripts/local-cron';

const root = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  /** What wrangler, the Worker and the local cron printed so far. */
  log: () => string;
  stop: () => Promise<void>;
}

export interface WranglerDevOptions {
  /** Give up when the site is not up after this long. */
  timeoutMs?: number;
  /** Run the Cron Triggers of wrangler.toml on the minute, as `npm run dev` does (default true). */
  cron?: boolean;
}

/** Ends a server's whole process group (wrangler, its workerd children), SIGKILL after 5 s. */
export function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.pid === undefined) return done();
    const killAll = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* group already gone */
      }
    };
    const hard = setTimeout(() => killAll('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(hard);
      killAll('SIGKILL'); // workerd children that outlived their parent
      done();
    });
    killAll('SIGTERM');
  });
}

export async function startWranglerDev(persistTo: string, { timeoutMs = 90_000, cron = true }: WranglerDevOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    resolve(root, 'node_modules/.bin/wrangler'),
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, '--inspector-port', String(await freePort()), '--show-interactive-dev-session=false'],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  );
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const crons = cron ? await configuredCrons(resolve(root, 'wrangler.toml')) : [];
  const ticker = startLocalCron({ crons, trigger: triggerThroughEndpoint(baseUrl), log: (line) => (log += `${line}\n`) });
  const stop = () => {
    ticker.stop();
    return stopGroup(child);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${baseUrl}/favicon.svg`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return { baseUrl, log: () => log, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`wrangler dev did not start on ${baseUrl}:\n${log.slice(-4000)}`);
}
