/**
 * Article fragments (docs/caching.md "Article fragments"): the pieces of each article page
 * (pieces.tsx) stored in D1 when the story or anything it shows changes, so a reader's miss
 * is one indexed read and a concatenation instead of a lookup of eight tables and a render.
 *
 * Correctness never waits for a render: every write that changes what a fragment shows
 * marks it stale in the same statement (triggers of migrations/0018_article_renders.sql),
 * a stale or missing fragment is never read, and the page then renders in full as before.
 * Renders happen after writes, never on a reader's request: right after a publishing change
 * (soon.ts, renderWrittenFragments) and, for everything else, through the render queue
 * (backlog.ts finds the backlog every minute, render-queue.ts renders it).
 */
import { and, eq, inArray, isNotNull, notExists, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleRenders, articles, relatedArticles } from '../db/schema';
import { heroMediaOf } from '../model/media-refs';
import { articleLookupStatements, isPublic, toArticleLookup } from '../queries/articles';
import { navigationQuery } from '../queries/listings';
import { settingsFromNavigation } from '../site/settings';
import { rendersBesideOtherWork } from './limits';
import { renderArticlePieces, type ArticlePieces, type FragmentMeta } from './pieces';
import { FAILED_RENDERER, RENDERER } from './renderer';

/**
 * Right after a write, only what it made stale: the written stories and the few that name
 * them as previously reported. Kept small so the background work of a write never delays a
 * reader's request (storing a copy, a purge); any backlog is the render queue's. Fewer when
 * the invocation's D1 budget is small (limits.rendersBesideOtherWork: 1 on Workers Free).
 */
export const RENDERS_AFTER_WRITE = 5;

/** What the D1_QUERIES_PER_INVOCATION var says, next to what every render needs. */
export type RenderEnv = { SITE_NAME: string; D1_QUERIES_PER_INVOCATION?: string };

/**
 * What a render does when the page's views throw: store the failure (`failed:<renderer>`,
 * never served, so the backlog moves on), or throw, so the render queue can retry the message.
 */
export type OnRenderError = 'store' | 'throw';

type StoredMeta = FragmentMeta & { origin: string };

/**
 * A stand-in for the site's origin while rendering: SITE_ORIGIN is empty under `npm run dev`
 * and pages then use the request's origin, so a stored page cannot contain one. Random per
 * render and kept with the fragment, so no text an editor typed can ever match it; .invalid
 * can never be a real host (RFC 2606).
 */
const placeholderOrigin = () => `https://o${crypto.randomUUID().replace(/-/g, '')}.invalid`;

/** The origin as paths.oembed writes it inside a query string. */
const queryEncoded = (origin: string) => new URLSearchParams({ u: origin }).toString().slice(2);

const withOrigin = (html: string, from: string, to: string) =>
  html.replaceAll(from, () => to).replaceAll(queryEncoded(from), () => queryEncoded(to));

/**
 * A fragment the page can be served from: the public article at `slug` (the unique slug
 * index, then the primary key), its row fresh, by the current renderer and with markup.
 * Drafts, scheduled and trashed stories never match (`isPublic`), whatever is stored.
 * Read with CROSS JOIN, which SQLite never reorders: without statistics the planner would
 * otherwise start from the renderer index, every fragment of the current renderer.
 */
const servableAt = (slug: string) =>
  and(
    eq(articleRenders.articleId, articles.id),
    eq(articles.slug, slug),
    isPublic(),
    eq(articleRenders.stale, 0),
    eq(articleRenders.renderer, RENDERER),
    isNotNull(articleRenders.articleHtml),
    isNotNull(articleRenders.headHtml),
    isNotNull(articleRenders.pageMeta),
  );

/** The servable fragment of the article at `slug`, for the page's batch. */
export const fragmentBySlug = (db: Db, slug: string) =>
  db
    .select({ headHtml: articleRenders.headHtml, articleHtml: articleRenders.articleHtml, pageMeta: articleRenders.pageMeta })
    .from(articles)
    .crossJoin(articleRenders)
    .where(servableAt(slug))
    .limit(1);

/**
 * True when fragmentBySlug finds nothing, in the same batch (one transaction): the guard of
 * the full lookup that shares the page's round trip (routes/articles), so it reads nothing
 * when the fragment will be served. Uncorrelated: SQLite evaluates it once per statement.
 */
export const noServableFragment = (db: Db, slug: string) =>
  notExists(
    db
      .select({ one: sql`1` })
      .from(articles)
      .crossJoin(articleRenders)
      .where(servableAt(slug)),
  );

/**
 * What an origin pasted into stored markup may look like. With SITE_ORIGIN empty the origin
 * comes from the request's Host, and `new URL()` keeps characters such as `"` in a host: the
 * full render escapes them, pasting text into markup would not.
 */
const SAFE_ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/;

/** The stored pieces for `origin`, or null when the page must render in full. */
export function storedPieces(row: { headHtml: string | null; articleHtml: string | null; pageMeta: string | null } | undefined, origin: string): ArticlePieces | null {
  if (!row?.articleHtml || row.headHtml === null || !row.pageMeta || !SAFE_ORIGIN.test(origin)) return null;
  const { origin: placeholder, ...meta } = JSON.parse(row.pageMeta) as StoredMeta;
  return {
    head: withOrigin(row.headHtml, placeholder, origin),
    article: withOrigin(row.articleHtml, placeholder, origin),
    meta: { ...meta, canonicalUrl: withOrigin(meta.canonicalUrl, placeholder, origin), live: meta.live && { ...meta.live, url: withOrigin(meta.live.url, placeholder, origin) } },
  };
}

/**
 * Renders and stores the fragment of one article, if nothing changed it since the read: the
 * version is read in the same batch as the data and the write is conditional on it. A live
 * story's fragment holds markers where its entries go (pieces.withLiveEntries fills them per
 * request). Stories that are not public get an empty fresh row: nothing is served from it,
 * and any change marks it stale again.
 */
export async function renderArticleFragment(db: Db, env: { SITE_NAME: string }, articleId: number, slug: string, onError: OnRenderError = 'store'): Promise<boolean> {
  const [navigation, versions, publicById, ...lookupResults] = await db.batch([
    navigationQuery(db),
    db.select({ version: articleRenders.version }).from(articleRenders).where(eq(articleRenders.articleId, articleId)),
    db.select({ slug: articles.slug }).from(articles).where(and(eq(articles.id, articleId), isPublic())),
    ...articleLookupStatements(db, slug),
  ]);
  const version = versions[0]?.version;
  if (version === undefined) return false;
  const lookup = toArticleLookup(lookupResults);
  const found = lookup.kind === 'found' && lookup.record.article.id === articleId;
  // The slug was picked before this read: a public story not found at it moved in between.
  // Store nothing: the row stays stale and is picked again with its current slug.
  if (!found && publicById[0] && publicById[0].slug !== slug) return false;
  const empty = { headHtml: null, articleHtml: null, pageMeta: null };
  let stored: { headHtml: string | null; articleHtml: string | null; pageMeta: string | null } = empty;
  let renderer = RENDERER;
  if (found ? !ownAbsoluteHero(lookup.record.article.heroImageUrl) : publicById[0] !== undefined) {
    try {
      if (!found) throw new Error('a public story its lookup does not find');
      const origin = placeholderOrigin();
      const pieces = await renderArticlePieces(lookup.record, origin, settingsFromNavigation(navigation, env));
      stored = { headHtml: pieces.head, articleHtml: pieces.article, pageMeta: JSON.stringify({ ...pieces.meta, origin }) };
    } catch (error) {
      if (onError === 'throw') throw error;
      // Stored as fresh and empty under FAILED_RENDERER, so the backlog moves on: never served
      // (the page renders in full), tried again after the next change or deploy.
      console.error(`article fragment ${articleId}: render failed; the page renders in full`, error);
      [stored, renderer] = [empty, FAILED_RENDERER];
    }
  }
  const result = await db
    .update(articleRenders)
    .set({ ...stored, stale: 0, renderedAt: new Date(), renderer })
    .where(and(eq(articleRenders.articleId, articleId), eq(articleRenders.version, version)));
  return renderer === RENDERER && (result.meta.changes ?? 0) > 0;
}

/**
 * A lead image given as an absolute URL of a library copy: whether it renders as one depends
 * on the origin of the request (model/media-refs), so such a page always renders in full.
 */
function ownAbsoluteHero(url: string | null): boolean {
  const parsed = url ? URL.parse(url) : null;
  return parsed !== null && heroMediaOf(url, parsed.origin) !== null;
}

/**
 * The stale fragments a write to `articleIds` left: theirs first, then those of the stories
 * that name them (a headline change), by the related_articles reverse index; at most `limit`.
 */
export function writtenFragmentsStatements(db: Db, ids: number[], limit = RENDERS_AFTER_WRITE) {
  const naming = db.select({ id: relatedArticles.articleId }).from(relatedArticles).where(inArray(relatedArticles.relatedId, ids));
  const stale = (where: ReturnType<typeof inArray>) =>
    db.select({ id: articles.id, slug: articles.slug }).from(articleRenders).innerJoin(articles, eq(articles.id, articleRenders.articleId)).where(and(where, eq(articleRenders.stale, 1))).limit(limit);
  return [stale(inArray(articleRenders.articleId, ids)), stale(inArray(articleRenders.articleId, naming))] as const;
}

export async function writtenFragments(db: Db, articleIds: number[], limit = RENDERS_AFTER_WRITE) {
  const ids = articleIds.slice(0, limit);
  if (ids.length === 0) return [];
  const [written, named] = await db.batch(writtenFragmentsStatements(db, ids, limit));
  const picked = new Map([...written, ...named].map((row) => [row.id, row]));
  return [...picked.values()].slice(0, limit);
}

/** Renders what a write to `articleIds` made stale (writtenFragments), within the invocation's D1 budget; returns how many were stored. */
export async function renderWrittenFragments(db: Db, env: RenderEnv, articleIds: number[]): Promise<number> {
  const limit = Math.min(RENDERS_AFTER_WRITE, rendersBesideOtherWork(env));
  return limit > 0 ? renderFragments(db, env, await writtenFragments(db, articleIds, limit)) : 0;
}

/** Renders each of `stale` in turn; returns how many were stored. A D1 error leaves that row stale and goes on. */
export async function renderFragments(db: Db, env: { SITE_NAME: string }, stale: { id: number; slug: string }[]): Promise<number> {
  let stored = 0;
  for (const { id, slug } of stale) {
    try {
      if (await renderArticleFragment(db, env, id, slug)) stored++;
    } catch (error) {
      // A D1 error (the render's own failures are stored as such): the row stays stale.
      console.error(`article fragment ${id}: render failed; the page renders in full until it is rendered again`, error);
    }
  }
  return stored;
}
