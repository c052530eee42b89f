/**
 * Reads and writes behind share links and short links: the few columns a redirect needs,
 * and the per-day click counters in share_clicks.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, shareClicks } from '../db/schema';
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

/**
 * Counts one click. A single upsert on the (article, network, day) primary key, so
 * concurrent clicks never read-modify-write: SQLite applies each `count = count + 1` in turn.
 */
export async function recordShareClick(db: Db, articleId: number, network: string, day = utcDay()): Promise<void> {
  await db
    .insert(shareClicks)
    .values({ articleId, network, day, count: 1 })
    .onConflictDoUpdate({
      target: [shareClicks.articleId, shareClicks.network, shareClicks.day],
      set: { count: sql`${shareClicks.count} + 1` },
    });
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
