/**
 * Page quality: Lighthouse (mobile, its default emulation and simulated throttling) on the
 * home page and an article page of the running preview, in Debian's Chromium. Every
 * category's score is reported; the target is 100 in each.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { ExtrasContext } from './extras';
import type { BenchReport, TargetCheck } from './report';

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
  try {
    for (const [name, path] of Object.entries(pages)) {
      context.log(`lighthouse ${name}`);
      try {
        const run = await lighthouse(new URL(path, context.server.url).href, { port: chrome.port, logLevel: 'error', output: 'json' });
        const categories = run?.lhr.categories ?? {};
        results[name] = Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, category.score === null ? null : Math.round(category.score * 100)]));
        // A category without a score means Lighthouse could not judge it (e.g. no LCP): say why.
        const reason = run?.lhr.runtimeError?.message ?? firstAuditError(run?.lhr.audits ?? {});
        if (reason) notes.push(`${name}: ${reason}`);
      } catch (error) {
        results[name] = `n/a: ${(error as Error).message}`;
      }
    }
  } finally {
    chrome.kill();
  }

  const categories = [...new Set(Object.values(results).flatMap((r) => (typeof r === 'string' ? [] : Object.keys(r))))];
  const lines = [
    'Lighthouse (mobile emulation, simulated throttling, Debian Chromium):',
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
  if (notes.length) lines.push('', ...notes.map((note) => `Unscored: ${note}`));
  report.extras.lighthouse = { scores: results, notes };
  report.extras.targets = [...((report.extras.targets as TargetCheck[]) ?? []), ...targets];
  report.sections.push(lines.join('\n'));
}

function firstAuditError(audits: Record<string, { errorMessage?: string; scoreDisplayMode?: string }>): string | undefined {
  const failed = Object.entries(audits).find(([, audit]) => audit.scoreDisplayMode === 'error' && audit.errorMessage);
  return failed ? `${failed[0]}: ${failed[1].errorMessage}` : undefined;
}
