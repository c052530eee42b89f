/**
 * The one argument parser of the npm scripts (node:util `parseArgs` underneath). Every script
 * answers `--help`/`-h` with its usage on stdout (exit 0), and a bad command line with one
 * line plus a hint on stderr (exit 2), never a stack trace.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'integer' | 'boolean';
  description: string;
  /** The placeholder in the usage: `dir` shows `--persist-to <dir>`. */
  valueName?: string;
  short?: string;
  default?: string | number | boolean;
  /** Shown instead of `default` when the default depends on other options. */
  defaultText?: string;
  required?: boolean;
  choices?: readonly string[];
  /** The smallest integer accepted (integers only; 0 unless set). */
  min?: number;
}

type Options = Record<string, OptionSpec>;
type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'integer'
    ? number
    : S extends { choices: readonly (infer C)[] } ? C : string;
export type OptionValues<O extends Options> = {
  -readonly [K in keyof O]: O[K] extends { default: unknown } | { required: true } ? ValueOf<O[K]> : ValueOf<O[K]> | undefined;
};

export interface ParsedCommandLine<O extends Options> {
  values: OptionValues<O>;
  positionals: string[];
  /** For pass-through commands: every argument that is not theirs, verbatim and in order. */
  passThrough: string[];
}

export interface CommandSpec<O extends Options> {
  /** How it is run: `npm run dev`. */
  command: string;
  summary: string;
  options: O;
  /** Positional arguments as the usage line shows them; without it none are accepted. */
  positionals?: string;
  /** The tool that receives the arguments that are not this command's own (`wrangler dev`). */
  passThroughTo?: string;
  /** Lines after the options: environment variables, where the rest is documented. */
  notes?: readonly string[];
  examples: readonly string[];
  /** Rules across options and positionals; returns what is wrong, if anything. */
  check?: (parsed: ParsedCommandLine<O>) => string | undefined;
}

export type Outcome<O extends Options> =
  | { kind: 'run'; parsed: ParsedCommandLine<O> }
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string };

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help and exit' };

/** Parses `args` without side effects, so tests can check every outcome in-process. */
export function interpretCommandLine<const O extends Options>(spec: CommandSpec<O>, args: string[]): Outcome<O> {
  const specs: Options = { ...spec.options, help: HELP };
  const parserOptions = Object.fromEntries(
    Object.entries(specs).map(([name, o]) => [name, { type: o.type === 'boolean' ? ('boolean' as const) : ('string' as const), ...(o.short ? { short: o.short } : {}) }]),
  );
  // Not strict: unknown options come back as tokens, to pass on or to report in our words.
  const { tokens } = parseArgs({ args, options: parserOptions, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { kind: 'help', text: usage(spec) };

  const values: Record<string, unknown> = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, o.default]));
  const positionals: string[] = [];
  const passedIndexes = new Set<number>();
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      // Everything from `--` on is not ours: passed on whole, or taken as positionals.
      if (spec.passThroughTo) for (let i = token.index; i < args.length; i++) passedIndexes.add(i);
      else positionals.push(...args.slice(token.index + 1));
      break;
    }
    if (token.kind === 'positional') {
      if (spec.passThroughTo) passedIndexes.add(token.index);
      else if (spec.positionals) positionals.push(token.value);
      else return { kind: 'error', message: `unexpected argument '${token.value}'` };
      continue;
    }
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (!option) {
      if (!spec.passThroughTo) return { kind: 'error', message: `unknown option ${token.rawName}` };
      passedIndexes.add(token.index);
      continue;
    }
    const value = readValue(token.rawName, option, token.value, token.inlineValue);
    if (value instanceof Error) return { kind: 'error', message: value.message };
    values[token.name] = value; // the last one wins, so a later flag overrides an earlier one
  }

  const missing = Object.entries(spec.options).find(([name, o]) => o.required && values[name] === undefined);
  if (missing) return { kind: 'error', message: `missing --${missing[0]} <${placeholder(missing[1])}>` };
  const parsed = { values: values as OptionValues<O>, positionals, passThrough: [...passedIndexes].sort((a, b) => a - b).map((i) => args[i]!) };
  const problem = spec.check?.(parsed);
  return problem ? { kind: 'error', message: problem } : { kind: 'run', parsed };
}

function readValue(flag: string, option: OptionSpec, raw: string | undefined, inline: boolean | undefined): unknown {
  if (option.type === 'boolean') return raw === undefined ? true : new Error(`${flag} takes no value`);
  // parseArgs would take the next flag as the value (`--port --ip x`); that is a forgotten value.
  if (raw === undefined || (!inline && raw.startsWith('-'))) return new Error(`${flag} needs a value: ${flag} <${placeholder(option)}>`);
  if (option.choices && !option.choices.includes(raw)) return new Error(`${flag} must be one of ${option.choices.join(', ')} (got '${raw}')`);
  if (option.type === 'string') return raw;
  const min = option.min ?? 0;
  const number = Number(raw);
  return /^-?\d+$/.test(raw) && number >= min ? number : new Error(`${flag} must be a whole number >= ${min} (got '${raw}')`);
}

function placeholder(option: OptionSpec): string {
  return option.valueName ?? option.choices?.join('|') ?? (option.type === 'integer' ? 'n' : 'value');
}

/** The `--help` text: usage line, what it does, each option with its default, examples. */
export function usage<O extends Options>(spec: CommandSpec<O>): string {
  const required = Object.entries(spec.options).filter(([, o]) => o.required).map(([name, o]) => `--${name} <${placeholder(o)}>`);
  const line = [spec.command, '--', spec.positionals, ...required, '[options]', spec.passThroughTo && `[${spec.passThroughTo} options]`];
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'boolean' ? '' : ` <${placeholder(o)}>`}`;
    const fallback = o.defaultText ?? (o.default === undefined || o.default === false ? undefined : String(o.default));
    return [flag, `${o.description}${o.required ? ' (required)' : fallback ? ` (default: ${fallback})` : ''}`] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: ${line.filter(Boolean).join(' ')}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    ...(spec.notes?.length ? ['', ...spec.notes] : []),
    '',
    spec.examples.length > 1 ? 'Examples:' : 'Example:',
    ...spec.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
}

/** Prints the usage and exits 0 on `--help`, exits 2 on a bad command line, else returns. */
export function parseCommandLine<const O extends Options>(spec: CommandSpec<O>, args = process.argv.slice(2)): ParsedCommandLine<O> {
  const outcome = interpretCommandLine(spec, args);
  if (outcome.kind === 'help') {
    process.stdout.write(outcome.text);
    process.exit(0);
  }
  if (outcome.kind === 'error') exitWithUsageError(spec.command, outcome.message);
  return outcome.parsed;
}

export function exitWithUsageError(command: string, message: string): never {
  process.stderr.write(`${command}: ${message}\nRun with --help for usage.\n`);
  process.exit(2);
}
