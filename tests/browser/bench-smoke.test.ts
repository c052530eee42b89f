/**
 * The bench runs end to end on the tiny sample seed (`--quick`: about a second per
 * scenario) and writes a report with every expected figure. No timing is asserted: the
 * numbers only have to exist and be positive.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'edge-news-bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('npm run bench -- --quick writes a complete report', { timeout: 420_000 }, async () => {
  await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), ['bench/bench.ts', '--quick', '--out', out], {
    cwd: root,
    timeout: 400_000,
    env: { ...process.env, CI: 'true' },
  });
  const report = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
  const markdown = readFileSync(join(out, 'latest.md'), 'utf8');

  for (const floor of ['constant', 'cached-constant', 'one-d1-query']) {
    expect(report.floors[floor].requestsPerSecond, floor).toBeGreaterThan(0);
    expect(report.floors[floor].unexpected, floor).toBe(0);
  }
  // --quick measures the cold rows on the production cache path only (Workers Cache in front).
  for (const key of ['article-warm', 'article-cold-production', 'home-warm', 'home-cold-production']) {
    const scenario = report.scenarios[key];
    expect(scenario.status, key).toBe('measured');
    expect(scenario.run.requestsPerSecond, key).toBeGreaterThan(0);
    expect(scenario.run.latencyP99Ms, key).toBeGreaterThan(0);
    expect(scenario.run.serverCpuMsPerRequest, key).toBeGreaterThan(0);
    expect(scenario.run.unexpected, key).toBe(0);
  }
  // Every route is either measured or says why not.
  for (const [key, scenario] of Object.entries<{ status: string }>(report.scenarios)) {
    expect(scenario.status, key).toMatch(/^(measured|n\/a: .+)$/);
  }
  // A cache miss reads D1; a hit does not.
  expect(report.scenarios['article-cold-production'].d1.queries).toBeGreaterThan(0);
  expect(report.scenarios['article-warm'].d1.queries).toBe(0);
  expect(report.sizes.articleHtml.rawBytes).toBeGreaterThan(report.sizes.articleHtml.gzipBytes);
  expect(report.sizes.bundle.gzipBytes).toBeGreaterThan(0);
  expect(report.targets.length).toBeGreaterThan(0);
  expect(markdown).toContain('| Article page, warm (edge-cache hit) |');
  // The production-path rows say so; each is measured only when its probe's Cache-Status said
  // `detail=workers-cache` (the stub was bound: labelled, not stored), and every answer was a miss.
  expect(markdown).toContain('| Article page, cold (cache miss) (production cache path) |');
  const coldProduction = report.scenarios['article-cold-production'].run.tally;
  expect(coldProduction.byOutcome.miss).toBe(coldProduction.responses);
});
