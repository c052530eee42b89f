/**
 * The Share counts screen's reads: stories by share clicks over the last 30 days, most
 * shared first, with their 7-day totals and clicks per network. Days are UTC, as
 * share_clicks stores them (utcDay in queries/shares): "last 7 days" is today and the six
 * days before it.
 */
import { and, desc, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, shareClicks } from '../db/schema';
import { utcDay } from './shares';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface StoryShares {
  id: number;
  title: string;
  status: string;
  last7: number;
  last30: number;
  /** 30-day clicks per network, most first; networks without clicks are absent. */
  networks: { network: string; clicks: number }[];
}

export const shareWindows = (now: Date) => ({ since30: utcDay(new Date(now.getTime() - 29 * DAY_MS)), since7: utcDay(new Date(now.getTime() - 6 * DAY_MS)) });

/** One page of the most-shared stories: `limit` from `offset`, in two round trips. */
export async function listMostShared(db: Db, now: Date, limit: number, offset: number): Promise<StoryShares[]> {
  const { since30, since7 } = shareWindows(now);
  const last7 = sql<number>`sum(case when ${shareClicks.day} >= ${since7} then ${shareClicks.count} else 0 end)`.mapWith(Number);
  const last30 = sql<number>`sum(${shareClicks.count})`.mapWith(Number);
  const totals = await db
    .select({ articleId: shareClicks.articleId, last7, last30 })
    .from(shareClicks)
    .where(gte(shareClicks.day, since30))
    .groupBy(shareClicks.articleId)
    .orderBy(desc(last30), desc(shareClicks.articleId))
    .limit(limit)
    .offset(offset);
  if (totals.length === 0) return [];
  const ids = totals.map((t) => t.articleId);
  const [stories, perNetwork] = await db.batch([
    db.select({ id: articles.id, title: articles.title, status: articles.status }).from(articles).where(inArray(articles.id, ids)),
    db
      .select({ articleId: shareClicks.articleId, network: shareClicks.network, clicks: last30 })
      .from(shareClicks)
      .where(and(inArray(shareClicks.articleId, ids), gte(shareClicks.day, since30)))
      .groupBy(shareClicks.articleId, shareClicks.network),
  ]);
  const byId = new Map(stories.map((s) => [s.id, s]));
  return totals.map((t) => ({
    id: t.articleId,
    title: byId.get(t.articleId)?.title ?? `Story ${t.articleId}`,
    status: byId.get(t.articleId)?.status ?? 'deleted',
    last7: t.last7,
    last30: t.last30,
    networks: perNetwork
      .filter((n) => n.articleId === t.articleId)
      .map((n) => ({ network: n.network, clicks: n.clicks }))
      .sort((a, b) => b.clicks - a.clicks || a.network.localeCompare(b.network)),
  }));
}
