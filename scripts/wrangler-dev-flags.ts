/**
 * Which flags `wrangler dev` takes, read from its own `--help`, so `npm run dev` can refuse a
 * misspelt flag before it migrates anything, instead of passing it on for wrangler to refuse
 * after the migrations ran. Costs one `wrangler dev --help` (a few seconds), paid only when
 * the command line has flags that are not the script's own.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from './local-state';

/** Every flag listed by `wrangler dev --help` (`--port`, `-c`, ...); empty if it cannot be read. */
export function wranglerDevFlags(): Set<string> {
  let help = '';
  try {
    help = execFileSync(resolve(projectRoot, 'node_modules/.bin/wrangler'), ['dev', '--help'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    });
  } catch {
    return new Set();
  }
  return flagsInHelp(help);
}

/** The flag column of a yargs help text: lines like `  -c, --config   Path to ...`. */
export function flagsInHelp(help: string): Set<string> {
  const flags = new Set<string>();
  for (const line of help.split('\n')) {
    const column = /^\s+(-{1,2}[\w-]+(?:, -{1,2}[\w-]+)*)(?:\s|$)/.exec(line)?.[1];
    for (const flag of column?.split(', ') ?? []) flags.add(flag);
  }
  return flags;
}

/**
 * The flags in `args` that wrangler would reject. yargs also takes `--flag=value`,
 * camelCase spellings and `--no-<flag>`; arguments after `--` are not flags.
 */
export function unknownWranglerFlags(args: string[], known: Set<string>): string[] {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end))
    .filter((arg) => /^-{1,2}[A-Za-z]/.test(arg))
    .map((arg) => arg.split('=')[0]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))
    .filter((flag) => !known.has(flag) && !known.has(flag.replace(/^--no-/, '--')));
}
