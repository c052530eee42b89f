/**
 * The bench report: targets judged against the measured figures (reported, never asserted),
 * a Markdown table and the JSON, both written to bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { D1Sample, RunResult } from './measure';
import { cacheMix } from './response-tally';
import type { FloorName } from './scenarios';
import type { Size, StartupProfile } from './static-facts';

export interface ScenarioResult {
  label: string;
  /** What was requested (a URL, or a description of a pool of distinct URLs). */
  path: string;
  mode: string;
  /** "measured", or why not (e.g. "n/a: route missing"). */
  status: string;
  /** The floor of the same run its req/s is compared with. */
  floor?: FloorName;
  run?: RunResult;
  d1?: D1Sample;
  /** A caveat printed under the table (the cache did not answer as the scenario intends). */
  note?: string;
}

export interface TargetCheck {
  target: string;
  actual: string;
  met: boolean | null;
  /** By how much it is missed, when it is. */
  miss?: string;
}

export interface BenchReport {
  generatedAt: string;
  options: { durationSeconds: number; connections: number; quick: boolean };
  environment: { node: string; cpus: number; wrangler: string };
  fixtures: Record<string, unknown>;
  floors: Record<string, RunResult>;
  scenarios: Record<string, ScenarioResult>;
  sizes: { articleHtml?: Size; bundle: Size };
  startup?: StartupProfile;
  /** What the main table ran on (the archive's size and how it was made). */
  archive?: string;
  extras: Record<string, unknown>;
  targets: TargetCheck[];
  /** Extra Markdown sections (scale, soak, Lighthouse) appended by their runners. */
  sections: string[];
}

const num = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A ">= floor" target: met, or missed by the given percentage. */
export function atLeast(target: string, actual: number | null | undefined, wanted: number | null | undefined, unit = ''): TargetCheck {
  if (actual == null || wanted == null) return { target, actual: 'n/a', met: null };
  const met = actual >= wanted;
  return { target, actual: `${num(actual)}${unit} (want >= ${num(wanted)}${unit})`, met, ...(met ? {} : { miss: `${num(((wanted - actual) / wanted) * 100)}% short` }) };
}

/** A "<= ceiling" target. */
export function atMost(target: string, actual: number | null | undefined, ceiling: number, unit = '', digits = 1): TargetCheck {
  if (actual == null) return { target, actual: 'n/a', met: null };
  const met = actual <= ceiling;
  const over = ceiling === 0 ? `${num(actual, digits)}${unit} over` : `${num(((actual - ceiling) / ceiling) * 100)}% over (${num(actual - ceiling, digits)}${unit})`;
  return { target, actual: `${num(actual, digits)}${unit}`, met, ...(met ? {} : { miss: over }) };
}

/** The scenario table: one row per floor, then per scenario (also used for the archive-size table). */
export function scenarioTable(floors: Record<string, RunResult>, scenarios: Record<string, ScenarioResult>, options: { floors: boolean } = { floors: true }): string[] {
  const lines = [
    '| Scenario | req/s | x floor | p50 ms | p99 ms | server CPU ms/req | D1 queries/req | edge cache | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  if (options.floors) {
    for (const [name, run] of Object.entries(floors)) {
      lines.push(`| Floor: ${name} | ${num(run.requestsPerSecond)} | 1.00 | ${run.latencyP50Ms} | ${run.latencyP99Ms} | ${num(run.serverCpuMsPerRequest, 3)} | ${name === 'one-d1-query' ? 1 : 0} | | ${run.unexpected} |`);
    }
  }
  const notes: string[] = [];
  for (const s of Object.values(scenarios)) {
    if (!s.run) {
      lines.push(`| ${s.label} | ${s.status} | | | | | | | |`);
      continue;
    }
    const d1 = s.d1?.queries == null ? 'n/a' : `${s.d1.queries}${s.d1.statements && s.d1.statements !== s.d1.queries ? ` (${s.d1.statements} stmts)` : ''}`;
    const floor = s.floor ? floors[s.floor]?.requestsPerSecond : undefined;
    const ratio = floor ? `${(s.run.requestsPerSecond / floor).toFixed(2)}` : '';
    if (s.run.stoppedEarly) notes.push(`${s.label}: ${s.run.stoppedEarly}.`);
    if (s.note) notes.push(`${s.label}: ${s.note}.`);
    lines.push(
      `| ${s.label} | ${num(s.run.requestsPerSecond)} | ${ratio} | ${s.run.latencyP50Ms} | ${s.run.latencyP99Ms} | ${num(s.run.serverCpuMsPerRequest, 3)} | ${d1} | ${cacheMix(s.run.tally)} | ${s.run.unexpected} |`,
    );
  }
  if (notes.length) lines.push('', ...notes.map((note) => `- ${note}`));
  return lines;
}

export function markdown(report: BenchReport): string {
  const lines = [
    `Bench ${report.generatedAt}: ${report.options.durationSeconds} s per run, ${report.options.connections} connections, loopback, ` +
      `production bundle of wrangler ${report.environment.wrangler} under workerd (Miniflare), ${report.environment.cpus} CPUs shared with the load generator.`,
  ];
  if (report.archive) lines.push(`Archive: ${report.archive}`);
  lines.push(
    '"x floor": req/s over the floor of the same run (cached-constant for hits, one-d1-query for the rest). "edge cache": what `Cache-Status` said, over every response.',
    '',
    ...scenarioTable(report.floors, report.scenarios),
  );
  lines.push('', '| Size / startup | raw | gzip |', '| --- | ---: | ---: |');
  if (report.sizes.articleHtml) lines.push(`| Article HTML | ${kb(report.sizes.articleHtml.rawBytes)} | ${kb(report.sizes.articleHtml.gzipBytes)} |`);
  lines.push(`| Worker bundle (wrangler deploy --dry-run) | ${kb(report.sizes.bundle.rawBytes)} | ${kb(report.sizes.bundle.gzipBytes)} |`);
  if (report.startup) {
    const runs = (report.startup as { runsMs?: number[] }).runsMs ?? [];
    const figure = report.startup.activeMs === null ? `n/a: ${report.startup.failure}` : `${report.startup.activeMs} ms${runs.length > 1 ? ` (median of ${runs.join(', ')})` : ''}`;
    lines.push(`| Startup CPU (wrangler check startup, "Active") | ${figure} | |`);
  }
  for (const section of report.sections) lines.push('', section);
  lines.push('', 'Targets (reported, never asserted):', '', '| Target | Actual | Met | Miss |', '| --- | --- | :---: | --- |');
  for (const t of report.targets) lines.push(`| ${t.target} | ${t.actual} | ${t.met === null ? 'n/a' : t.met ? 'yes' : 'no'} | ${t.miss ?? ''} |`);
  return lines.join('\n') + '\n';
}

/** Writes `<stamp>.json` and `<stamp>.md` plus `latest.*`; returns the JSON path. */
export function writeReport(dir: string, report: BenchReport): string {
  mkdirSync(dir, { recursive: true });
  const stamp = report.generatedAt.replace(/[:.]/g, '-');
  const text = markdown(report);
  const json = JSON.stringify(report, null, 2);
  for (const name of [stamp, 'latest']) {
    writeFileSync(join(dir, `${name}.json`), json);
    writeFileSync(join(dir, `${name}.md`), text);
  }
  return join(dir, `${stamp}.json`);
}
