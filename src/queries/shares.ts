/**
 * Reads and writes behind share links and short links: the few columns a redirect needs,
 * the per-day click counters in share_clicks, and the visitors already counted each day.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, dailySalts, shareClicks, shareClickVisitors } from '../db/schema';
import { isPublic } from './articles';

/** The columns a share or short-link redirect needs. */
export interface ShareableArticle {
  id: number;
  slug: string;
  title: string;
  canonicalUrl: string | null;
  language: string;
}

const shareableColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  canonicalUrl: articles.canonicalUrl,
  language: articles.language,
};

/** The public article with this (current) slug, or null: one indexed read. */
export async function findShareableArticle(db: Db, slug: string): Promise<ShareableArticle | null> {
  const [row] = await db.select(shareableColumns).from(articles).where(and(eq(articles.slug, slug), isPublic())).limit(1);
  return row ?? null;
}

/** The public article behind a short-link code, or null (drafts and trashed stories too). */
export async function findArticleByShortCode(db: Db, code: string): Promise<ShareableArticle | null> {
  const [row] = await db.select(shareableColumns).from(articles).where(and(eq(articles.shortCode, code), isPublic())).limit(1);
  return row ?? null;
}

/** The UTC calendar day of `at`, as share_clicks stores it: "2026-11-26". */
export const utcDay = (at: Date = new Date()) => at.toISOString().slice(0, 10);

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The salt of `day`: the stored one, or `candidate` if this is the day's first click. One
 * round trip; the insert goes first, so every isolate reads back the same winner.
 */
export async function findOrCreateDailySalt(db: Db, day: string, candidate: string): Promise<string> {
  const [, rows] = await db.batch([
    db.insert(dailySalts).values({ day, salt: candidate }).onConflictDoNothing(),
    db.select({ salt: dailySalts.salt }).from(dailySalts).where(eq(dailySalts.day, day)),
  ]);
  return rows[0]!.salt;
}

export interface VisitorClick {
  articleId: number;
  network: string;
  day: string;
  /** visitorKey() of the reader, article and network (share/visitor-key). */
  visitor: string;
}

/**
 * Counts a click unless this visitor was already counted on `day`. One batch, one
 * transaction: the visitor row is inserted if new, and the counter upsert selects that row
 * only when the insert changed it (`changes()` reads the statement just before). D1 runs a
 * batch without interleaving, so concurrent clicks of one reader count once and those of
 * different readers all count. Resolves to whether the click was counted.
 */
export async function recordShareClickOnce(db: Db, click: VisitorClick): Promise<boolean> {
  const { articleId, network, day, visitor } = click;
  const [, counted] = await db.batch([
    db.insert(shareClickVisitors).values({ day, visitor }).onConflictDoNothing(),
    db
      .insert(shareClicks)
      .select(
        db
          .select({ articleId: sql<number>`${articleId}`.as('article_id'), network: sql<string>`${network}`.as('network'), day: shareClickVisitors.day, count: sql<number>`1`.as('count') })
          .from(shareClickVisitors)
          // The row just inserted, if the insert before this statement changed anything.
          .where(and(eq(shareClickVisitors.day, day), eq(shareClickVisitors.visitor, visitor), sql`changes() = 1`)),
      )
      .onConflictDoUpdate({ target: [shareClicks.articleId, shareClicks.network, shareClicks.day], set: { count: sql`${shareClicks.count} + 1` } }),
  ]);
  return counted.meta.changes === 1;
}

/**
 * Deletes visitor rows and salts of days before yesterday (yesterday's stay, for clicks
 * that straddle midnight). At most `maxRows` visitor rows a call, so one run of the cron
 * stays short however many readers a day had; the next run takes the rest.
 */
export async function pruneShareClickVisitors(db: Db, now: Date, maxRows = 10_000): Promise<{ visitors: number; salts: number }> {
  const yesterday = utcDay(new Date(now.getTime() - DAY_MS));
  const [visitors, salts] = await db.batch([
    db
      .delete(shareClickVisitors)
      .where(sql`rowid in (select rowid from ${shareClickVisitors} where ${shareClickVisitors.day} < ${yesterday} limit ${maxRows})`),
    db.delete(dailySalts).where(lt(dailySalts.day, yesterday)),
  ]);
  return { visitors: visitors.meta.changes, salts: salts.meta.changes };
}

export interface ShareCounts {
  total: number;
  /** Clicks per network since the article was published; networks never clicked are absent. */
  networks: Record<string, number>;
}

/** All-time clicks of one article per network, for readers' counts and the editor API. */
export async function getShareCounts(db: Db, articleId: number): Promise<ShareCounts> {
  const rows = await db
    .select({ network: shareClicks.network, clicks: sql<number>`sum(${shareClicks.count})`.mapWith(Number) })
    .from(shareClicks)
    .where(eq(shareClicks.articleId, articleId))
    .groupBy(shareClicks.network);
  return sumCounts(rows);
}

function sumCounts(rows: { network: string; clicks: number }[]): ShareCounts {
  const networks: Record<string, number> = {};
  let total = 0;
  for (const row of rows) {
    networks[row.network] = row.clicks;
    total += row.clicks;
  }
  return { total, networks };
}

/** Counts of the public article `slug` in one round trip, or null if it is not public. */
export async function findShareCountsBySlug(db: Db, slug: string): Promise<{ article: ShareableArticle; counts: ShareCounts } | null> {
  const publicId = db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), isPublic()));
  const [found, rows] = await db.batch([
    db.select(shareableColumns).from(articles).where(and(eq(articles.slug, slug), isPublic())).limit(1),
    db
      .select({ network: shareClicks.network, clicks: sql<number>`sum(${shareClicks.count})`.mapWith(Number) })
      .from(shareClicks)
      .where(sql`${shareClicks.articleId} in ${publicId}`)
      .groupBy(shareClicks.network),
  ]);
  const article = found[0];
  return article ? { article, counts: sumCounts(rows) } : null;
}
