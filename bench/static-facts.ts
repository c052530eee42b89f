/**
 * Sizes and startup: the article HTML as sent (raw and gzip), the Worker's modules from the
 * dry-run build (raw and gzip, all of them), and the startup CPU from `wrangler check startup`
 * (median of runs), which evaluates only the entry and what it imports statically.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { projectRoot, uploadedModules } from './preview-server';

const run = promisify(execFile);

export interface Size {
  rawBytes: number;
  gzipBytes: number;
}

export const sizeOf = (bytes: Uint8Array | string): Size => {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  return { rawBytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 6 }).length };
};

/**
 * The Worker as uploaded: every module of the dry-run output (the entry `script` and the
 * chunks beside it, scripts/build-worker.ts), gzip per module as wrangler reports it.
 */
export const bundleSize = (script: string): Size =>
  uploadedModules(script)
    .map(({ path }) => sizeOf(readFileSync(path)))
    .reduce((sum, size) => ({ rawBytes: sum.rawBytes + size.rawBytes, gzipBytes: sum.gzipBytes + size.gzipBytes }), { rawBytes: 0, gzipBytes: 0 });

export interface StartupProfile {
  /** CPU the Worker was active during startup ("Active" in wrangler's summary), ms: the median of the runs. */
  activeMs: number | null;
  /** Every run's "Active" figure, in order: on a busy 2-core machine one run alone moves by 2x. */
  runsMs: number[];
  profileWindowMs: number | null;
  /** Why there is no figure, when there is none. */
  failure?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const wrangler = (args: string[], timeoutMs: number) =>
  run(join(projectRoot, 'node_modules/.bin/wrangler'), args, {
    cwd: projectRoot,
    timeout: timeoutMs,
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
  });

/**
 * Builds the Worker once (`wrangler deploy --dry-run --outfile`, the bundle wrangler would
 * upload) and runs `wrangler check startup` on it `runs` times, reading each summary.
 */
export async function startupProfile(runs = 5, timeoutMs = 120_000): Promise<StartupProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'edge-news-startup-'));
  const bundle = join(dir, 'worker.bundle');
  const actives: number[] = [];
  const windows: number[] = [];
  try {
    await wrangler(['deploy', '--dry-run', '--outfile', bundle], timeoutMs);
    for (let i = 0; i < runs; i++) {
      const { stdout, stderr } = await wrangler(['check', 'startup', '--worker', bundle, '--outfile', join(dir, `startup-${i}.cpuprofile`)], timeoutMs);
      const text = stdout + stderr;
      const figure = (label: string) => {
        const match = new RegExp(`${label}:\\s*([\\d.]+)\\s*ms`).exec(text);
        return match ? Number(match[1]) : null;
      };
      const active = figure('Active');
      if (active === null) return { activeMs: null, runsMs: actives, profileWindowMs: null, failure: 'wrangler printed no "Active: N ms" figure' };
      actives.push(active);
      const window = figure('Profile window');
      if (window !== null) windows.push(window);
    }
    return { activeMs: median(actives), runsMs: actives, profileWindowMs: windows.length ? median(windows) : null };
  } catch (error) {
    const detail = (error as { stderr?: string; message: string }).stderr || (error as Error).message;
    return { activeMs: null, runsMs: actives, profileWindowMs: null, failure: `wrangler check startup failed: ${detail.trim().split('\n').slice(-3).join(' ')}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The modules an isolate evaluates at startup (the entry and its static imports) of a fresh
 * build, against the whole build: what `wrangler check startup` pays for (scripts/build-worker.ts).
 */
export async function startupGraphSize(): Promise<{ modules: number; graph: Size; build: Size }> {
  const { buildWorker, startupGraph } = await import('../scripts/build-worker');
  const dir = mkdtempSync(join(tmpdir(), 'edge-news-graph-'));
  try {
    const built = await buildWorker(dir);
    const graph = startupGraph(built);
    const total = (paths: string[]) => sizeOf(Buffer.concat(paths.map((path) => readFileSync(join(dir, path)))));
    return { modules: graph.files.length, graph: total(graph.files), build: bundleSize(join(dir, 'index.mjs')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
