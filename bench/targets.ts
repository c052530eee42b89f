/**
 * The project's performance targets, judged against one report (reported, never asserted).
 * The cold-row targets are about production, where Workers Cache sits in front of the Worker:
 * they are judged on the rows of the production cache path (`<key>-production`); the local
 * rows, whose misses also store a copy and index its tags, are there for comparison.
 */
import { atLeast, atMost, type BenchReport, type TargetCheck } from './report';
import { onProductionPath } from './scenarios';

export function judgeTargets(report: BenchReport): TargetCheck[] {
  const s = report.scenarios;
  const rps = (key: string) => s[key]?.run?.requestsPerSecond;
  const cpu = (key: string) => s[key]?.run?.serverCpuMsPerRequest;
  const checks: TargetCheck[] = [
    atLeast('Warm article >= 0.8x cached-constant floor (req/s)', rps('article-warm'), scaled(report.floors['cached-constant']?.requestsPerSecond, 0.8)),
    atLeast(`Cold article >= 0.5x one-D1-query floor (req/s)${ON_PRODUCTION}`, rps(cold('article-cold')), scaled(report.floors['one-d1-query']?.requestsPerSecond, 0.5)),
    atMost(`Cold article server CPU <= 1.2 ms/req${ON_PRODUCTION}`, cpu(cold('article-cold')), 1.2, ' ms', 3),
    atMost(`Cold home page server CPU <= 1.5 ms/req${ON_PRODUCTION}`, cpu(cold('home-cold')), 1.5, ' ms', 3),
    atMost(`Cold section page server CPU <= 1.5 ms/req${ON_PRODUCTION}`, cpu(cold('section-cold')), 1.5, ' ms', 3),
    atMost(`Cold listing API page server CPU <= 1.5 ms/req${ON_PRODUCTION}`, cpu(cold('listing-api')), 1.5, ' ms', 3),
    atMost('D1 queries per warm article request = 0', s['article-warm']?.d1?.queries, 0, '', 2),
    atMost(`D1 queries per cold article request <= 2${ON_PRODUCTION}`, s[cold('article-cold')]?.d1?.queries, 2, '', 2),
    atMost('Article HTML <= 30 KB (raw)', report.sizes.articleHtml && report.sizes.articleHtml.rawBytes / 1024, 30, ' KB'),
    atMost('Worker bundle <= 150 KB gzip', report.sizes.bundle.gzipBytes / 1024, 150, ' KB'),
  ];
  if (report.startup) checks.push(atMost('Startup <= 10 ms (wrangler check startup, "Active")', report.startup.activeMs, 10, ' ms'));
  const extraTargets = report.extras.targets as TargetCheck[] | undefined;
  return [...checks, ...(extraTargets ?? [])];
}

const ON_PRODUCTION = ' (production cache path)';
const cold = onProductionPath;

const scaled = (value: number | undefined, factor: number) => (value === undefined ? undefined : value * factor);
