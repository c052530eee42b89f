/**
 * The public live JSON, `GET /api/v1/articles/:slug/live` (docs/live.md): what a live page's
 * script polls. One fixed URL per story (no query parameter is read, so any other URL is a
 * 301 to this one), cached at the edge for a few seconds and purged by every new entry:
 * however many readers poll, the origin renders it at most once per period.
 */
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { articles, siteSettings } from '../db/schema';
import { addCacheTags, cacheTag } from '../edge-cache/tags';
import { declareQueryParams } from '../edge-cache/params';
import { setLastModified } from '../edge-cache/validators';
import type { AppEnv } from '../env';
import { HttpError, notFound } from '../http/errors';
import { LIVE_FEED_FRESH_SECONDS, liveCacheTag, POLL_SECONDS, toLiveState, toPublicEntry } from '../model/live-coverage';
import { absoluteUrl, paths } from '../model/urls';
import { isPublic } from '../queries/articles';
import { FEED_ENTRIES, liveEntryStatements, toLiveEntries } from '../queries/live-entries';
import type { PublicLive } from '../schemas/live';
import { toSiteSettings } from '../site/settings';

declareQueryParams('/api/v1/articles/:slug/live', []);

export const liveApi = new Hono<AppEnv>().get('/:slug/live', async (c) => {
  const db = c.get('db');
  const slug = c.req.param('slug');
  const [found, settingsRows, ...entryResults] = await db.batch([
    db
      .select({ id: articles.id, slug: articles.slug, language: articles.language, live: articles.live, coverageStartedAt: articles.coverageStartedAt, coverageEndedAt: articles.coverageEndedAt, updatedAt: articles.updatedAt })
      .from(articles)
      .where(and(eq(articles.slug, slug), isPublic())),
    // The site's time zone, for the entries' labels (the page shows the same ones).
    db.select({ timeZone: siteSettings.timeZone }).from(siteSettings).where(eq(siteSettings.id, 1)),
    ...liveEntryStatements(db, slug, { recent: FEED_ENTRIES }),
  ]);
  const article = found[0];
  if (!article) throw notFound('Article');
  const state = toLiveState(article, c.get('origin'));
  if (!state) throw new HttpError(404, 'not_live', 'This story has no live coverage');
  const { entries } = toLiveEntries(entryResults, FEED_ENTRIES);
  // article:<id> too: opening or closing coverage is an article change, and must reach pollers;
  // site: the labels are in the site's time zone, so saving settings must purge them.
  addCacheTags(c, liveCacheTag(article.id), cacheTag.article(article.id), cacheTag.site());
  setLastModified(c, article.updatedAt, ...entries.map((e) => e.updatedAt));
  // Short, for browsers too: the script must see the next entry within seconds.
  c.header('Cache-Control', `public, max-age=${LIVE_FEED_FRESH_SECONDS}, s-maxage=${LIVE_FEED_FRESH_SECONDS}`);
  const body: PublicLive = {
    articleId: article.id,
    url: absoluteUrl(c.get('origin'), paths.article(article.slug)),
    open: state.open,
    coverageStartTime: state.startedAt,
    coverageEndTime: state.endedAt,
    pollSeconds: POLL_SECONDS,
    entries: entries.map((e) => toPublicEntry(e, article.language, toSiteSettings(settingsRows[0], c.env).timeZone)),
  };
  return c.json(body);
});
