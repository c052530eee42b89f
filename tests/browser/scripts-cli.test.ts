/**
 * The npm scripts' command lines, run the way a developer runs them (`npm run <script> -- ...`):
 * `--help` prints the usage and exits 0; a bogus flag gets one line, the hint and exit 2,
 * never a stack trace; `npm run dev -- --port` really serves on that port. The parser's
 * finer rules are checked in-process, without spawning.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { interpretCommandLine } from '../../scripts/cli-args';
import { flagsInHelp, unknownWranglerFlags } from '../../scripts/wrangler-dev-flags';
import { freePort, stopGroup } from '../support/wrangler-dev';

const root = resolve(import.meta.dirname, '../..');
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' };
const SCRIPTS = ['dev', 'db:seed', 'token:create', 'token:revoke', 'newsroom:invite', 'editor', 'preview', 'bench', 'seed:scale'];
const STACK_FRAME = /^\s+at /m;

/** `npm run <script> -- <args>`, niced: the dev server's bounded start-up gets the CPU first. */
function npmRun(script: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('nice', ['-n', '10', 'npm', 'run', script, '--', ...args], { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

// Concurrent: each run is mostly tsx starting up; the dev server test overlaps with them all.
describe.concurrent('npm scripts', () => {
  // A copy of this run's seeded D1 (its server is idle while this file runs): dev then only
  // finds it up to date, so the test's time goes to the port, not to seeding a second newsroom.
  const persistTo = mkdtempSync(join(tmpdir(), 'edge-news-dev-cli-'));
  cpSync(inject('persistTo'), persistTo, { recursive: true });
  afterAll(() => rmSync(persistTo, { recursive: true, force: true }));

  it('npm run dev -- --port <port> serves on that port, with wrangler flags passed through', { timeout: 120_000 }, async () => {
    const [port, inspectorPort] = [await freePort(), await freePort()];
    // detached: its own process group (npm -> tsx -> wrangler -> workerd), stopped as a whole.
    const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--persist-to', persistTo, '--inspector-port', String(inspectorPort)], {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    try {
      let status = 0;
      for (const deadline = Date.now() + 90_000; Date.now() < deadline && child.exitCode === null && status !== 200; ) {
        status = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5_000) }).then((res) => res.status, () => 0);
        if (status !== 200) await new Promise((wait) => setTimeout(wait, 500));
      }
      expect(status, log.slice(-3000)).toBe(200);
      // The pass-through flag reached wrangler: its devtools endpoint is on the port we chose.
      const inspector = await fetch(`http://127.0.0.1:${inspectorPort}/json/version`, { signal: AbortSignal.timeout(5_000) });
      expect(inspector.status).toBe(200);
      expect(log).not.toMatch(/expects a single value/);
    } finally {
      await stopGroup(child);
    }
  });

  it.each(SCRIPTS)('npm run %s -- --help prints its usage and exits 0', async (script) => {
    const { code, stdout, stderr } = await npmRun(script, '--help');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`Usage: npm run ${script} --`);
    expect(stdout).toMatch(/^Options:$/m);
    expect(stdout).toMatch(/^ {2}-h, --help /m);
    expect(stdout).toMatch(/^Examples?:\n {2}\S/m);
    expect(stderr).not.toMatch(STACK_FRAME);
  }, 60_000);

  it.each(SCRIPTS)('npm run %s -- --bogus-flag exits 2 with one line and the hint', async (script) => {
    const { code, stdout, stderr } = await npmRun(script, '--bogus-flag');
    expect(code).toBe(2);
    expect(stderr).toContain(`npm run ${script}: unknown option --bogus-flag`);
    expect(stderr).toContain('Run with --help for usage.');
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(stdout).not.toContain('Usage');
  }, 60_000);
});

describe('the shared parser', () => {
  const spec = {
    command: 'npm run demo',
    summary: 'A demo.',
    options: { port: { type: 'integer', default: 8787, description: 'port' }, quick: { type: 'boolean', default: false, description: 'quick' } },
    passThroughTo: 'wrangler dev',
    examples: ['npm run demo -- --port 1'],
  } as const;

  it('lets a given flag replace the default, the last one winning, and passes the rest on verbatim, in order', () => {
    const outcome = interpretCommandLine(spec, ['--inspector-port', '9230', '--port=1', '--x=y', '--port', '8790', 'src/other.ts', '--', '--port', '2']);
    expect(outcome).toEqual({
      kind: 'run',
      parsed: { values: { port: 8790, quick: false }, positionals: [], passThrough: ['--inspector-port', '9230', '--x=y', 'src/other.ts', '--', '--port', '2'] },
    });
  });

  it('reports a forgotten value, a value on a switch and a bad number, and --help wins over errors', () => {
    expect(interpretCommandLine(spec, ['--port', '--quick'])).toEqual({ kind: 'error', message: '--port needs a value: --port <n>' });
    expect(interpretCommandLine(spec, ['--quick=yes'])).toEqual({ kind: 'error', message: '--quick takes no value' });
    expect(interpretCommandLine(spec, ['--port', '80a'])).toEqual({ kind: 'error', message: "--port must be a whole number >= 0 (got '80a')" });
    expect(interpretCommandLine({ ...spec, passThroughTo: undefined }, ['--nope', '-h'])).toMatchObject({ kind: 'help', text: expect.stringContaining('(default: 8787)') });
  });

  it("knows wrangler dev's flags from its help text, with yargs' other spellings", () => {
    const known = flagsInHelp('OPTIONS\n  -c, --config   Path  [string]\n      --inspector-port   Port  [number]\n      --live-reload  Reload  [boolean]\n');
    expect([...known]).toEqual(['-c', '--config', '--inspector-port', '--live-reload']);
    expect(unknownWranglerFlags(['--inspectorPort=9230', '--no-live-reload', '-c', 'x.toml', '--bogus', '--', '--also-not-checked'], known)).toEqual(['--bogus']);
  });
});
