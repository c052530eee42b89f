/**
 * Cache busting: public pages are primed, then requested with junk a crawler, a careless
 * link or an attacker adds (campaign and click ids, unknown parameters, a garbage
 * `?cursor=`, `Authorization: junk`), a fresh value every request. The edge cache should
 * answer all of it from the primed copies (or with a cheap redirect to the clean URL): no
 * D1 query and no new stored copy. Every response is tallied, per kind of junk, and the
 * stored copies are counted before and after.
 */
import { cacheCensus, change, settle, type CacheCensus } from './cache-census';
import type { Fixtures } from './fixtures';
import { runLoad, type LoadOptions, type RequestSource, type RequestSpec, type RunResult } from './measure';
import { atMost, type ScenarioResult, type TargetCheck } from './report';
import { cacheMix, d1PerResponse, percent, statusMix, type ResponseTally } from './response-tally';

interface Junk {
  kind: string;
  query?: (value: string) => string;
  authorization?: boolean;
}

const JUNK: Junk[] = [
  { kind: '?utm_source=&utm_x=<random>', query: (v) => `utm_source=bench&utm_x=${v}` },
  { kind: '?fbclid=&gclid=<random>', query: (v) => `fbclid=IwAR${v}&gclid=Cj0${v}` },
  { kind: '?junk=<random>', query: (v) => `junk=${v}` },
  { kind: '?cursor=<garbage>', query: (v) => `cursor=not-a-cursor-${v}` },
  { kind: 'Authorization: junk', authorization: true },
  { kind: '?junk=<random> + Authorization: junk', query: (v) => `junk=${v}`, authorization: true },
];

/** The public pages primed, then requested with junk. */
export function bustedPages(f: Fixtures): string[] {
  return [
    `/articles/${f.articleSlug}`,
    '/',
    `/sections/${f.sectionSlug}`,
    `/search?q=${encodeURIComponent(f.searchTerm)}`,
    `/api/v1/articles/${f.articleSlug}`,
    '/api/v1/articles?limit=20',
    `/lite/articles/${f.articleSlug}`,
  ];
}

/** A random primed page with a random kind of junk each request (seeded: the same mix every run). */
function junkSource(pages: string[]): RequestSource {
  let state = 20261111;
  const pick = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  // Values never repeat, within a run or across runs on one cache.
  const run = Date.now().toString(36);
  let counter = 0;
  return {
    next: (): RequestSpec => {
      const page = pages[pick(pages.length)]!;
      const junk = JUNK[pick(JUNK.length)]!;
      const path = junk.query ? `${page}${page.includes('?') ? '&' : '?'}${junk.query(`${run}${++counter}`)}` : page;
      return { path, kind: junk.kind, ...(junk.authorization ? { headers: { authorization: 'junk' } } : {}) };
    },
    remaining: () => Number.POSITIVE_INFINITY,
  };
}

export interface CacheBustingResult {
  scenario: ScenarioResult;
  pages: string[];
  before?: CacheCensus;
  after?: CacheCensus;
  section: string;
  targets: TargetCheck[];
}

export interface CacheBustingContext {
  base: URL;
  fixtures: Fixtures;
  persistTo: string;
  d1: D1Database;
  load: LoadOptions;
  serverPids: () => number[];
  log: (message: string) => void;
}

export async function runCacheBusting(context: CacheBustingContext): Promise<CacheBustingResult> {
  const primed: string[] = [];
  for (const page of bustedPages(context.fixtures)) {
    const response = await fetch(new URL(page, context.base));
    await response.arrayBuffer();
    if (response.ok) primed.push(page);
  }
  const label = `Cache busting: junk parameters / Authorization: junk on ${primed.length} primed pages`;
  const describe = { label, path: primed.join(' '), mode: 'busting', floor: 'cached-constant' as const };
  if (!primed.length) {
    return { scenario: { ...describe, status: 'n/a: no public page answered 200' }, pages: primed, section: '', targets: [] };
  }
  // Primed twice: a copy stored in the background must have landed before the count.
  await settle();
  const before = await cacheCensus(context.persistTo, context.d1);
  const run = await runLoad(context.base, junkSource(primed), context.load, context.serverPids, ['2xx', '3xx', '4xx']);
  await settle();
  const after = await cacheCensus(context.persistTo, context.d1);
  context.log(`cache-busting: ${run.requestsPerSecond} req/s, ${cacheMix(run.tally)}; stored ${change(before.stored, after.stored)}`);

  const perResponse = d1PerResponse(run.tally);
  const scenario: ScenarioResult = {
    ...describe,
    status: 'measured',
    run,
    d1: { queries: perResponse ? round2(perResponse.queries) : null, statements: perResponse ? round2(perResponse.statements) : null, singleRequestMs: 0, d1MsAlone: null, d1MsUnderLoad: perResponse ? round2(perResponse.ms) : null },
  };
  return { scenario, pages: primed, before, after, section: section(primed, run, before, after), targets: targets(run, before, after) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Hits plus redirects that made no D1 query, as a share of all answers. */
const cheapShare = (t: ResponseTally) => (t.responses ? (t.byOutcome.hit + t.cheapRedirects) / t.responses : 0);

function row(kind: string, t: ResponseTally): string {
  const d1 = d1PerResponse(t);
  return `| ${kind} | ${t.responses} | ${percent(t.byOutcome.hit / (t.responses || 1))} | ${percent(t.cheapRedirects / (t.responses || 1))} | ${d1 ? d1.queries.toFixed(2) : 'n/a'} | ${statusMix(t)} | ${cacheMix(t)} |`;
}

function section(pages: string[], run: RunResult, before: CacheCensus, after: CacheCensus): string {
  const lines = [
    `Cache busting (pages primed, then each request adds one kind of junk with a new value; ${run.seconds} s): ${pages.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    '| Junk | requests | hits | cheap redirects (3xx, 0 D1) | D1 queries/req | statuses | edge cache |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...JUNK.filter((j) => run.byKind?.[j.kind]).map((j) => row(j.kind, run.byKind![j.kind]!)),
    row('**all**', run.tally),
    '',
    `Stored copies (Cache API entries) before -> after: ${change(before.stored, after.stored)}; D1 \`cache_entries\` rows: ${change(before.indexRows, after.indexRows)}.` +
      `${before.note || after.note ? ` (${[before.note, after.note].filter(Boolean).join('; ')})` : ''}`,
  ];
  return lines.join('\n');
}

function targets(run: RunResult, before: CacheCensus, after: CacheCensus): TargetCheck[] {
  const d1 = d1PerResponse(run.tally);
  const cheap = cheapShare(run.tally);
  const grew = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const newCopies = grew(before.stored, after.stored);
  const newRows = grew(before.indexRows, after.indexRows);
  return [
    atMost('Cache busting: D1 queries per request = 0', d1?.queries, 0, '', 2),
    {
      target: 'Cache busting: every answer a hit or a cheap redirect',
      actual: `${percent(cheap)} (${cacheMix(run.tally)})`,
      met: run.tally.responses ? cheap === 1 : null,
      ...(cheap < 1 ? { miss: `${run.tally.responses - Math.round(cheap * run.tally.responses)} answers` } : {}),
    },
    atMost('Cache busting: no new stored copies (Cache API entries)', newCopies, 0, '', 0),
    atMost('Cache busting: no new D1 cache_entries rows', newRows, 0, '', 0),
  ];
}
