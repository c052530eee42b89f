/**
 * Page quality: Lighthouse (mobile, its default emulation and simulated throttling) on the
 * home page and an article page of the running preview, in Debian's Chromium. Every
 * category's score is reported; the target is 100 in each.
 *
 * One run is not a measurement: on a shared 2-core machine the same page scores 94 and then
 * 100, because blocking time counts whatever else the machine is doing (the first run in a
 * fresh Chromium is the slowest). As Lighthouse's own docs advise (docs/variability.md: "the
 * median of 5 runs is twice as stable as 1 run"), each page runs LIGHTHOUSE_RUNS times, the
 * pages alternating, and the run Lighthouse's computeMedianRun picks (nearest the median first
 * paint and time to interactive) is the one reported; every run's performance score is listed.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { Result as LighthouseResult } from 'lighthouse';
import type { ExtrasContext } from './extras';
import type { BenchReport, TargetCheck } from './report';

const LIGHTHOUSE_RUNS = 5;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

type Scores = Record<string, number | null>;

export async function runLighthouse(report: BenchReport, context: ExtrasContext): Promise<void> {
  const pages = { home: '/', article: `/articles/${context.fixtures.articleSlug}` };
  const results: Record<string, Scores | string> = {};
  const notes: string[] = [];
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' }).catch(
    (error: Error) => error,
  );
  if (chrome instanceof Error) {
    report.sections.push(`Lighthouse: n/a: Chromium did not start (${chrome.message}).`);
    return;
  }
  const runs: Record<string, LighthouseResult[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  try {
    for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
      for (const [name, path] of Object.entries(pages)) {
        context.log(`lighthouse ${name} (${round}/${LIGHTHOUSE_RUNS})`);
        try {
          const run = await lighthouse(new URL(path, context.server.url).href, { port: chrome.port, logLevel: 'error', output: 'json' });
          if (run) runs[name]?.push(run.lhr);
        } catch (error) {
          notes.push(`${name}, run ${round}: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  const performance: Record<string, (number | null)[]> = {};
  for (const [name, lhrs] of Object.entries(runs)) {
    if (lhrs.length === 0) {
      results[name] = 'n/a: no run finished';
      continue;
    }
    const median = medianRun(lhrs);
    results[name] = Object.fromEntries(Object.entries(median.categories).map(([id, category]) => [id, scoreOf(category.score)]));
    performance[name] = lhrs.map((lhr) => scoreOf(lhr.categories.performance?.score ?? null));
    // A category without a score means Lighthouse could not judge it (e.g. no LCP): say why.
    const reason = median.runtimeError?.message ?? firstAuditError(median.audits);
    if (reason) notes.push(`${name}: ${reason}`);
  }

  const categories = [...new Set(Object.values(results).flatMap((r) => (typeof r === 'string' ? [] : Object.keys(r))))];
  const lines = [
    `Lighthouse (mobile emulation, simulated throttling, Debian Chromium; the median of ${LIGHTHOUSE_RUNS} runs per page):`,
    '',
    `| Page | ${categories.join(' | ')} |`,
    `| --- | ${categories.map(() => '---:').join(' | ')} |`,
  ];
  const targets: TargetCheck[] = [];
  for (const [page, scores] of Object.entries(results)) {
    if (typeof scores === 'string') {
      lines.push(`| ${page} | ${scores} |`);
      continue;
    }
    lines.push(`| ${page} | ${categories.map((c) => scores[c] ?? 'n/a').join(' | ')} |`);
    // An unscored category counts as missed: it is not a 100.
    const below = Object.entries(scores).filter(([, score]) => score === null || score < 100);
    targets.push({
      target: `Lighthouse mobile 100 in every category (${page})`,
      actual: Object.entries(scores).map(([c, s]) => `${c} ${s ?? 'n/a'}`).join(', '),
      met: below.length === 0,
      ...(below.length ? { miss: below.map(([c, s]) => (s === null ? `${c} unscored` : `${c} -${100 - s}`)).join(', ') } : {}),
    });
  }
  const everyRun = Object.entries(performance).map(([page, scores]) => `${page} ${scores.map((s) => s ?? 'n/a').join(', ')}`);
  if (everyRun.length) lines.push('', `Performance in each run, in order: ${everyRun.join('; ')}.`);
  if (notes.length) lines.push('', ...notes.map((note) => `Unscored: ${note}`));
  report.extras.lighthouse = { runs: LIGHTHOUSE_RUNS, scores: results, performanceEachRun: performance, notes };
  report.extras.targets = [...((report.extras.targets as TargetCheck[]) ?? []), ...targets];
  report.sections.push(lines.join('\n'));
}

const scoreOf = (score: number | null) => (score === null ? null : Math.round(score * 100));

/** Lighthouse's median run; runs missing a first paint or time to interactive cannot be ranked, so then the first run. */
function medianRun(lhrs: LighthouseResult[]): LighthouseResult {
  try {
    return computeMedianRun(lhrs) ?? lhrs[0]!;
  } catch {
    return lhrs[0]!;
  }
}

function firstAuditError(audits: Record<string, { errorMessage?: string; scoreDisplayMode?: string }>): string | undefined {
  const failed = Object.entries(audits).find(([, audit]) => audit.scoreDisplayMode === 'error' && audit.errorMessage);
  return failed ? `${failed[0]}: ${failed[1].errorMessage}` : undefined;
}
