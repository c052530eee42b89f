/**
 * `npm test` after the typecheck: the two vitest projects side by side, each in its own
 * vitest process. The `browser` files mostly wait (on `wrangler dev`, a poll, the next
 * minute of the cron) and must run one at a time, since they share one server and its local
 * D1; the `worker` files are busy in workerd. vitest itself runs one file at a time on a
 * 2-core machine (its default is cores - 1), and a project cannot keep its own files
 * sequential while another project's run beside them, so the overlap is made here.
 *
 * The browser project runs two files at a time, each against a `wrangler dev` of its own
 * (tests/browser/global-setup.ts starts one per vitest worker): its files mostly wait. The
 * worker project keeps vitest's default (one workerd, one file at a time on 2 cores).
 *
 * Arguments go to both (`npm test -- tests/worker/slugs.test.ts`); a project with no matching
 * file passes. Exits non-zero when either project fails; Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from './local-state';

const vitest = resolve(projectRoot, 'node_modules/.bin/vitest');
const args = process.argv.slice(2);

function run(project: string, options: string[] = []): { child: ChildProcess; done: Promise<number> } {
  const child = spawn(vitest, ['run', '--project', project, '--passWithNoTests', ...options, ...args], { cwd: projectRoot, stdio: 'inherit' });
  const done = new Promise<number>((settle) => {
    child.on('exit', (code, signal) => settle(code ?? (signal ? 1 : 0)));
    child.on('error', () => settle(1));
  });
  return { child, done };
}

const runs = [run('worker'), run('browser', ['--maxWorkers', '2'])];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => runs.forEach(({ child }) => child.kill(signal)));
}
const codes = await Promise.all(runs.map((r) => r.done));
console.log(`\nworker: ${codes[0] === 0 ? 'passed' : 'FAILED'} · browser: ${codes[1] === 0 ? 'passed' : 'FAILED'}`);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
