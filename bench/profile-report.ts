/**
 * Turns a V8 CPU profile of the Worker's isolate (profile-miss.ts) into rankings: self time
 * per source file (dependencies per package) and per function, and inclusive time per
 * function, each as CPU ms per request. Positions in the minified bundle are mapped back
 * through the build's linked source maps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
// source-map-js comes with vitest (through vite and postcss); the bench only reads maps with it.
import { SourceMapConsumer } from 'source-map-js';
import type { RunResult } from './measure';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Ranking {
  requests: number;
  /** Sampled time the isolate was busy (everything but "(idle)"), ms per request. */
  activeMsPerRequest: number;
  byFile: [string, number][];
  selfByFunction: [string, number][];
  inclusiveByFunction: [string, number][];
}

const VIRTUAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** Source maps of the build, by module file name (profile-miss.ts puts them beside the modules). */
function sourceMaps(dir: string): Map<string, SourceMapConsumer> {
  const maps = new Map<string, SourceMapConsumer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.mjs.map')) maps.set(basename(name, '.map'), new SourceMapConsumer(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
  }
  return maps;
}

/** node_modules/.pnpm/x/node_modules/hono/dist/... -> "hono (dependency)"; src files keep their path. */
function fileLabel(source: string): string {
  const parts = source.split('node_modules/');
  if (parts.length > 1) {
    const rest = parts[parts.length - 1]!.split('/');
    return `${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]} (dependency)`;
  }
  return source.replace(/^(\.\.\/)+/, '');
}

export function attribute(profile: CpuProfile, buildDir: string, requests: number): Ranking {
  const maps = sourceMaps(buildDir);
  const frames = new Map<number, { file: string; fn: string }>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (VIRTUAL.has(functionName)) {
      frames.set(node.id, { file: functionName, fn: functionName });
      continue;
    }
    const map = url ? maps.get(basename(url)) : undefined;
    const original = map && lineNumber >= 0 ? map.originalPositionFor({ line: lineNumber + 1, column: columnNumber }) : undefined;
    if (!map || !original?.source) {
      frames.set(node.id, { file: url ? basename(url) : '(runtime)', fn: `${functionName || '(anonymous)'} [${url ? basename(url) : 'builtin'}]` });
      continue;
    }
    const file = fileLabel(original.source);
    const text = (map.sourceContentFor(original.source, true) ?? '').split('\n')[(original.line ?? 1) - 1]?.trim().slice(0, 70) ?? '';
    frames.set(node.id, { file, fn: `${original.source.replace(/^(\.\.\/)+/, '')}:${original.line} ${original.name ?? functionName ?? ''} | ${text}` });
  }

  const byFile = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let active = 0;
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    const frame = frames.get(id)!;
    if (frame.fn === '(idle)') return;
    active += us;
    add(byFile, frame.file, us);
    add(self, frame.fn, us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = frames.get(at)!.fn;
      if (!seen.has(fn) && !VIRTUAL.has(fn)) add(inclusive, fn, us);
      seen.add(fn);
    }
  });
  const perRequest = (map: Map<string, number>) =>
    [...map.entries()].map(([key, us]) => [key, us / 1000 / Math.max(1, requests)] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { requests, activeMsPerRequest: active / 1000 / Math.max(1, requests), byFile: perRequest(byFile), selfByFunction: perRequest(self), inclusiveByFunction: perRequest(inclusive) };
}

export function printRanking(label: string, ranking: Ranking, run: RunResult, top: number) {
  const ms = (value: number) => value.toFixed(3);
  const lines = [
    `## ${label}`,
    `${ranking.requests} requests, ${run.requestsPerSecond} req/s; workerd process CPU ${run.serverCpuMsPerRequest} ms/req (/proc, all threads); ` +
      `sampled time with the isolate busy ${ms(ranking.activeMsPerRequest)} ms/req. Samples are wall time: a call into D1 counts the ` +
      `local SQLite work the same workerd thread does meanwhile (under "fetch [builtin]"), which production runs elsewhere; compare shares, not sums.`,
    '',
    '| Self time by file / package | ms/req |',
    '| --- | ---: |',
    ...ranking.byFile.slice(0, top).map(([file, v]) => `| ${file} | ${ms(v)} |`),
    '',
    '| Self time by function | ms/req |',
    '| --- | ---: |',
    ...ranking.selfByFunction.slice(0, top).map(([fn, v]) => `| ${fn.replace(/\|/g, '\\|')} | ${ms(v)} |`),
    '',
    '| Inclusive time by function | ms/req |',
    '| --- | ---: |',
    ...ranking.inclusiveByFunction.slice(0, top).map(([fn, v]) => `| ${fn.replace(/\|/g, '\\|')} | ${ms(v)} |`),
    '',
  ];
  console.log(lines.join('\n'));
}
