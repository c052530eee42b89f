/**
 * CPU cost of renderBody (pre-scan + marked + js-xss + plain text) on bodies of the largest
 * size the editor API accepts, built from pathological markup, against plain prose of the
 * same length and format. The target: the worst body, rendered or refused, costs at most
 * 10x the plain text. Reported, never asserted; the exit code is non-zero only when a body
 * crashes the renderer (an error other than the 400 it is meant to give).
 *   npx tsx bench/sanitizer.ts [--chars 200000] [--runs 7] [--only <name part>]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BodyRenderError, renderBody, type BodyFormat } from '../src/content/body';
import { BODY_FAMILIES, MAX_BODY_CHARS, plainText } from './sanitizer-bodies';

export interface SanitizerBenchRow {
  name: string;
  format: BodyFormat;
  chars: number;
  /** Median CPU milliseconds (user + system) of one renderBody call. */
  ms: number;
  /** Median CPU milliseconds of plain text of the same length and format, measured alongside. */
  plainMs: number;
  /** ms / plainMs. */
  ratio: number;
  outcome: 'rendered' | 'refused' | 'crashed';
  /** The refusal's reason or the crash's message. */
  detail?: string;
}

export interface SanitizerBenchOptions {
  chars?: number;
  runs?: number;
  /** Only families whose name contains this. */
  only?: string;
}

/** The ceiling of the issue: no body costs more than this many times plain text. */
export const TARGET_RATIO = 10;
// A body slower than this is measured once: repeating a multi-second render proves nothing.
const SLOW_RUN_MS = 2_000;

function cpuMs(action: () => void): number {
  const start = process.cpuUsage();
  action();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Renders `source` once; the outcome and CPU milliseconds. */
function renderOnce(source: string, format: BodyFormat): Pick<SanitizerBenchRow, 'ms' | 'outcome' | 'detail'> {
  let outcome: SanitizerBenchRow['outcome'] = 'rendered';
  let detail: string | undefined;
  const ms = cpuMs(() => {
    try {
      renderBody(source, format);
    } catch (error) {
      outcome = error instanceof BodyRenderError ? 'refused' : 'crashed';
      detail = error instanceof Error ? error.message : String(error);
    }
  });
  return { ms, outcome, detail };
}

/**
 * Median CPU time of `source` and of plain text of the same length and format, runs
 * interleaved: on a shared machine the load drifts, and a ratio of two figures taken a
 * minute apart would measure the drift.
 */
function measure(source: string, plain: string, format: BodyFormat, runs: number) {
  renderOnce(plain, format);
  const first = renderOnce(source, format); // warms the JIT for this shape
  if (first.ms > SLOW_RUN_MS) return { ...first, plainMs: renderOnce(plain, format).ms };
  const body: number[] = [];
  const base: number[] = [];
  for (let run = 0; run < runs; run++) {
    base.push(renderOnce(plain, format).ms);
    body.push(renderOnce(source, format).ms);
  }
  return { ...first, ms: median(body), plainMs: median(base) };
}

/** Measures every family (rows in BODY_FAMILIES order) against plain text of its size and format. */
export async function runSanitizerBench(options: SanitizerBenchOptions = {}): Promise<{ rows: SanitizerBenchRow[]; worstRatio: number }> {
  const chars = options.chars ?? MAX_BODY_CHARS;
  const runs = options.runs ?? 7;
  const plain = plainText(chars);
  const rows: SanitizerBenchRow[] = [];
  for (const family of BODY_FAMILIES.filter((f) => !options.only || f.name.includes(options.only))) {
    const source = family.build(chars);
    for (const format of family.formats) {
      const { plainMs, ...result } = measure(source, plain, format, runs);
      rows.push({ name: family.name, format, chars: source.length, ...result, plainMs, ratio: result.ms / plainMs });
      // Yield between bodies so a caller's timers (a watchdog, a progress line) still run.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { rows, worstRatio: Math.max(...rows.map((r) => r.ratio)) };
}

/** A Markdown table of the rows, worst ratio first. */
export function sanitizerBenchTable(rows: SanitizerBenchRow[]): string {
  const lines = ['| body | format | CPU ms | plain ms | x plain | outcome |', '| --- | --- | ---: | ---: | ---: | --- |'];
  for (const row of [...rows].sort((a, b) => b.ratio - a.ratio)) {
    const outcome = row.detail ? `${row.outcome}: ${row.detail.slice(0, 90)}` : row.outcome;
    lines.push(`| ${row.name.replace(/\|/g, '\\|')} | ${row.format} | ${row.ms.toFixed(2)} | ${row.plainMs.toFixed(2)} | ${row.ratio.toFixed(1)} | ${outcome.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { chars: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' } } });
  const { rows, worstRatio } = await runSanitizerBench({
    chars: values.chars ? Number(values.chars) : undefined,
    runs: values.runs ? Number(values.runs) : undefined,
    only: values.only,
  });
  console.log(sanitizerBenchTable(rows));
  const verdict = worstRatio <= TARGET_RATIO ? 'met' : 'MISSED';
  console.log(`\nworst body: ${worstRatio.toFixed(1)}x plain text (target <= ${TARGET_RATIO}x: ${verdict})`);
  const crashed = rows.filter((r) => r.outcome === 'crashed');
  if (crashed.length) {
    console.error(`${crashed.length} bodies crashed the renderer: ${crashed.map((r) => `${r.name} (${r.format})`).join(', ')}`);
    process.exitCode = 1;
  }
}
