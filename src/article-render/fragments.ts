/**
 * Article fragments (docs/caching.md "Article fragments"): the pieces of each article page
 * (pieces.tsx) stored in D1 when the story or anything it shows changes, so a reader's miss
 * is one indexed read and a concatenation instead of a lookup of eight tables and a render.
 *
 * Correctness never waits for a render: every write that changes what a fragment shows
 * marks it stale in the same statement (triggers of migrations/0018_article_renders.sql),
 * a stale or missing fragment is never read, and the page then renders in full as before.
 * Renders happen here, after writes: right after a publishing change (publishing/deps) and
 * from the cron, a bounded number per run; never on a reader's request.
 */
import { and, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleRenders, articles, relatedArticles } from '../db/schema';
import { heroMediaOf } from '../model/media-refs';
import { articleLookupStatements, isPublic, toArticleLookup, type ArticleLookupResults } from '../queries/articles';
import { D1_MAX_QUERIES_PER_INVOCATION } from '../platform/d1-limits';
import { navigationQuery } from '../queries/listings';
import { settingsFromNavigation } from '../site/settings';
import { renderArticlePieces, type ArticlePieces, type FragmentMeta } from './pieces';
import { FAILED_RENDERER, RENDERER } from './renderer';

/** renderStaleFragments' default bound: two D1 round trips and a render each. */
export const RENDERS_PER_RUN = 25;
/**
 * Right after a write, only what it made stale: the written stories and the few that name
 * them as previously reported. Kept small so the background work of a write never delays a
 * reader's request (storing a copy, a purge); any backlog is the cron's.
 */
export const RENDERS_AFTER_WRITE = 5;
/** The statements of the article lookup (typed: a change to the lookup's length fails the typecheck). */
const LOOKUP_STATEMENTS: ArticleLookupResults['length'] = 9;
/**
 * D1 queries one render costs, as D1 counts them (every statement of a batch): the batch of
 * renderArticleFragment (navigation, version, the article's public row by id, the lookup),
 * then the conditional write.
 */
export const QUERIES_PER_RENDER = 3 + LOOKUP_STATEMENTS + 1;
/**
 * The cron's render step may use half of an invocation's D1 queries (1,000 on Workers Paid):
 * the other half stays for the work that runs before it (publishing due stories, purge
 * retries, webhook dispatch). Two more queries pick the rows.
 */
export const CRON_RENDER_QUERY_BUDGET = D1_MAX_QUERIES_PER_INVOCATION / 2;
/**
 * Per cron run (every minute): what a section rename or new site settings left, and the
 * backlog of a fresh migration or a deploy. (500 - 2) / 13 = 38 renders a run, so a backlog
 * of 100,000 fragments takes about 44 hours (pages render in full meanwhile).
 */
export const RENDERS_PER_CRON_RUN = Math.floor((CRON_RENDER_QUERY_BUDGET - 2) / QUERIES_PER_RENDER);

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
 * The fresh fragment of the public article at `slug`, for the page's batch: one lookup by
 * the unique slug index, then by primary key. Drafts, scheduled and trashed stories never
 * match (`isPublic`), whatever is stored.
 */
export const fragmentBySlug = (db: Db, slug: string) =>
  db
    .select({ headHtml: articleRenders.headHtml, articleHtml: articleRenders.articleHtml, pageMeta: articleRenders.pageMeta })
    .from(articles)
    .innerJoin(articleRenders, eq(articleRenders.articleId, articles.id))
    .where(and(eq(articles.slug, slug), isPublic(), eq(articleRenders.stale, 0), eq(articleRenders.renderer, RENDERER)))
    .limit(1);

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
export async function renderArticleFragment(db: Db, env: { SITE_NAME: string }, articleId: number, slug: string): Promise<boolean> {
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
      // Stored as fresh and empty under FAILED_RENDERER, so the queue moves on: never served
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
 * Up to `limit` articles whose fragment is stale, newest first (the most read): the partial
 * index of stale rows backwards (a literal `stale = 1`, so the planner can use it; CROSS JOIN
 * keeps it the outer loop), then each article by primary key.
 */
export const staleFragmentsQuery = (db: Db, limit: number) =>
  db
    .select({ id: articles.id, slug: articles.slug })
    .from(articleRenders)
    .crossJoin(articles)
    .where(and(sql`${articleRenders.stale} = 1`, eq(articles.id, articleRenders.articleId)))
    .orderBy(desc(articleRenders.articleId))
    .limit(limit);

/**
 * Up to `limit` fresh fragments made by another renderer (after a deploy): two ranges of the
 * renderer index, empty once every fragment is current. Only rows with markup, and failed
 * renders of an older renderer: the empty rows of drafts, unpublished and trashed stories
 * would render empty again.
 */
export const outdatedFragmentsQuery = (db: Db, limit: number) =>
  db
    .select({ id: articles.id, slug: articles.slug })
    .from(articleRenders)
    .crossJoin(articles)
    .where(
      and(
        or(sql`${articleRenders.renderer} < ${RENDERER}`, sql`${articleRenders.renderer} > ${RENDERER}`),
        ne(articleRenders.renderer, FAILED_RENDERER),
        or(isNotNull(articleRenders.articleHtml), sql`${articleRenders.renderer} > 'failed:' and ${articleRenders.renderer} < 'failed;'`),
        eq(articleRenders.stale, 0),
        eq(articles.id, articleRenders.articleId),
      ),
    )
    .limit(limit);

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

/** Renders what a write to `articleIds` made stale (writtenFragments); returns how many were stored. */
export async function renderWrittenFragments(db: Db, env: { SITE_NAME: string }, articleIds: number[]): Promise<number> {
  return renderEach(db, env, await writtenFragments(db, articleIds));
}

/** Renders up to `limit` stale fragments (the cron's backlog), then outdated ones; returns how many were stored. */
export async function renderStaleFragments(db: Db, env: { SITE_NAME: string }, limit = RENDERS_PER_RUN): Promise<number> {
  const picked = await staleFragmentsQuery(db, limit);
  const stale = picked.length < limit ? [...picked, ...(await outdatedFragmentsQuery(db, limit - picked.length))] : picked;
  return renderEach(db, env, stale);
}

async function renderEach(db: Db, env: { SITE_NAME: string }, stale: { id: number; slug: string }[]): Promise<number> {
  let stored = 0;
  for (const { id, slug } of stale) {
    try {
      if (await renderArticleFragment(db, env, id, slug)) stored++;
    } catch (error) {
      // A D1 error (the render's own failures are stored as such): the row stays stale.
      console.error(`article fragment ${id}: render failed; the page renders in full until the next run`, error);
    }
  }
  return stored;
}
