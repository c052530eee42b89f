/**
 * Site-wide and per-section feeds in RSS 2.0, Atom 1.0 and JSON Feed 1.1, with full
 * content. Paths come from feeds/feed-paths so discovery links can never point elsewhere.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env';
import { renderAtom } from '../feeds/atom';
import { buildFeed, type Feed } from '../feeds/feed-model';
import { FEED_TYPES, feedPaths, sectionFeedRoutes, type FeedFormat } from '../feeds/feed-paths';
import { renderJsonFeed } from '../feeds/json-feed';
import { renderRss } from '../feeds/rss';
import { cacheTag } from '../edge-cache/tags';
import { addCacheTags } from '../edge-cache/tags';
import { findFeedContent } from '../queries/feeds';
import { renderErrorPage } from '../views/render';
import { toSiteSettings } from '../site/settings';

function send(c: Context<AppEnv>, feed: Feed, format: FeedFormat) {
  const type = `${FEED_TYPES[format]}; charset=utf-8`;
  if (format === 'json') return c.body(JSON.stringify(renderJsonFeed(feed)), 200, { 'content-type': type });
  return c.body(format === 'rss' ? renderRss(feed) : renderAtom(feed), 200, { 'content-type': type });
}

async function serveFeed(c: Context<AppEnv>, format: FeedFormat, sectionSlug: string | null) {
  addCacheTags(c, cacheTag.feeds());
  if (sectionSlug) addCacheTags(c, cacheTag.section(sectionSlug));
  const content = await findFeedContent(c.get('db'), sectionSlug);
  const site = toSiteSettings(content.siteSettings, c.env);
  if ('missingSection' in content) return renderErrorPage(c, 404, 'There is no section with this feed.', site);
  return send(c, buildFeed(content, { name: site.name, origin: c.get('origin') }), format);
}

const app = new Hono<AppEnv>();
for (const format of Object.keys(FEED_TYPES) as FeedFormat[]) {
  app.get(feedPaths.site[format], (c) => serveFeed(c, format, null));
  app.get(sectionFeedRoutes[format], (c) => serveFeed(c, format, c.req.param('slug')!));
}

export const feeds = app;
