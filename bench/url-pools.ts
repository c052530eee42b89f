/**
 * Where cache misses come from. The edge cache keys on each route's own parameters only, so
 * a miss needs a real URL nobody has asked for since the cache was last emptied: a
 * different article, a listing page starting at a different story (`?cursor=` after any
 * public article is a valid page), a different search. These pools are read from the
 * seeded archive and handed out once each, in a fixed shuffled order (the same at every
 * archive size, so two sizes compare the same kind of URL).
 *
 * The front page and the sitemaps are one URL each: they get a fresh origin per request
 * instead (Miniflare's `MF-Original-URL` sets the URL the Worker sees; the site is served
 * under the request's origin locally), which keys a new copy of the very same page.
 */
import { desc, eq } from 'drizzle-orm';
import { getDb } from '../src/db/client';
import { articles, sections } from '../src/db/schema';
import { encodeCursor } from '../src/model/cursor';
import { isPublic } from '../src/queries/articles';
import type { RequestSource, RequestSpec } from './measure';
import { SCALE_WORDS } from './scale-seed';

/** A public article and its place in newest-first listings. */
export interface ArchiveEntry {
  slug: string;
  id: number;
  publishedAt: number;
  section: string;
}

/** Every public article, newest first (as listings order them). */
export async function readArchive(d1: D1Database): Promise<ArchiveEntry[]> {
  const rows = await getDb(d1)
    .select({ slug: articles.slug, id: articles.id, publishedAt: articles.publishedAt, section: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(isPublic())
    .orderBy(desc(articles.publishedAt), desc(articles.id));
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt?.getTime() ?? 0 }));
}

/** The oldest publication time in the archive (synthetic articles are dated before it). */
export async function oldestPublishedAt(d1: D1Database): Promise<number> {
  const row = await d1.prepare("SELECT min(published_at) AS t FROM articles WHERE status = 'published'").first<{ t: number | null }>();
  return row?.t ?? Date.now();
}

/** A small deterministic PRNG (mulberry32): the same shuffle in every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHUFFLE_SEED = 11;

export function shuffled<T>(items: readonly T[], seed = SHUFFLE_SEED): T[] {
  const next = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Each request once, in order; then dry. */
export function onceEach(specs: readonly RequestSpec[]): RequestSource {
  let i = 0;
  return { next: () => specs[i++], remaining: () => Math.max(0, specs.length - i) };
}

/** The same request every time (warm scenarios). */
export function constant(path: string, headers?: Record<string, string>): RequestSource {
  return { next: () => ({ path, ...(headers ? { headers } : {}) }), remaining: () => Number.POSITIVE_INFINITY };
}

/** Round and round a list (for requests that never read the cache, so repeats cost the same). */
export function cycling(specs: readonly RequestSpec[]): RequestSource {
  let i = 0;
  return { next: () => specs[i++ % specs.length], remaining: () => Number.POSITIVE_INFINITY };
}

/** A uniformly random pick each time, repeats allowed: readers arriving from search engines and old links. */
export function randomPick(specs: readonly RequestSpec[], seed = SHUFFLE_SEED): RequestSource {
  const next = random(seed);
  return { next: () => specs[Math.floor(next() * specs.length)], remaining: () => Number.POSITIVE_INFINITY };
}

let originCounter = 0;
const underFreshOrigin = (spec: RequestSpec): RequestSpec => ({
  ...spec,
  headers: { ...spec.headers, 'MF-Original-URL': `http://bench-${process.pid}-${++originCounter}.localhost${spec.path}` },
});

/** `path` under a never-used origin each time: the one URL of a page, as a new cache key. */
export function freshOrigins(path: string): RequestSource {
  return { next: () => underFreshOrigin({ path }), remaining: () => Number.POSITIVE_INFINITY };
}

/** Random picks from `specs`, each under a never-used origin: load that leaves the pools' own URLs unrequested. */
export function randomAtFreshOrigins(specs: readonly RequestSpec[], seed = SHUFFLE_SEED + 1): RequestSource {
  const pick = randomPick(specs, seed);
  return { next: () => underFreshOrigin(pick.next()!), remaining: () => Number.POSITIVE_INFINITY };
}

export const articlePaths = (entries: readonly ArchiveEntry[]): RequestSpec[] => entries.map((e) => ({ path: `/articles/${e.slug}` }));

/** `base` starting after each article: every one a real page of that listing. */
export function cursorPaths(base: string, entries: readonly ArchiveEntry[]): RequestSpec[] {
  const join = base.includes('?') ? '&' : '?';
  return entries.map((e) => ({ path: `${base}${join}cursor=${encodeCursor({ publishedAt: e.publishedAt, id: e.id })}` }));
}

/** Section pages starting after each article of the section. */
export const sectionCursorPaths = (entries: readonly ArchiveEntry[]): RequestSpec[] =>
  entries.map((e) => cursorPaths(`/sections/${e.section}`, [e])[0]!);

/**
 * Section pages deep in their pagination: each section starting after an article of the
 * archive's older half published in another section (distinct from `sectionCursorPaths`).
 */
export function deepSectionPaths(entries: readonly ArchiveEntry[]): RequestSpec[] {
  const sectionSlugs = [...new Set(entries.map((e) => e.section))];
  return entries
    .slice(Math.floor(entries.length / 2))
    .flatMap((e) => sectionSlugs.filter((slug) => slug !== e.section).map((slug) => cursorPaths(`/sections/${slug}`, [e])[0]!));
}

/** Two-word searches over the words of the synthetic articles (ordered pairs: 4,032 of them). */
export function searchPaths(prefix = '/search'): RequestSpec[] {
  const pairs = SCALE_WORDS.flatMap((a) => SCALE_WORDS.filter((b) => b !== a).map((b) => `${a} ${b}`));
  return pairs.map((q) => ({ path: `${prefix}?${new URLSearchParams({ q })}` }));
}

/** The pools of one archive, shuffled once. */
export interface Pools {
  size: number;
  articles: RequestSpec[];
  homePages: RequestSpec[];
  listingPages: RequestSpec[];
  sectionPages: RequestSpec[];
  deepSectionPages: RequestSpec[];
  searches: RequestSpec[];
}

/** `exclude`: slugs the warm scenarios use, kept out of the miss pools. */
export function buildPools(entries: readonly ArchiveEntry[], exclude: readonly string[] = []): Pools {
  const others = entries.filter((e) => !exclude.includes(e.slug));
  return {
    size: entries.length,
    articles: shuffled(articlePaths(others)),
    homePages: shuffled(cursorPaths('/', entries)),
    listingPages: shuffled(cursorPaths('/api/v1/articles?limit=20', entries)),
    sectionPages: shuffled(sectionCursorPaths(entries)),
    deepSectionPages: shuffled(deepSectionPaths(entries)),
    searches: shuffled(searchPaths()),
  };
}
