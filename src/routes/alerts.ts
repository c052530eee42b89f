/**
 * The public alert resources, both edge-cached under the `alerts` tag and nothing else, so
 * raising or removing an alert purges these two URLs and no page (docs/alerts.md):
 * - GET /api/v1/alerts: what the banner script on every reader page fetches;
 * - GET /alerts.json: the same alerts as a JSON Feed 1.1 for feed readers and bots.
 * Their freshness is short and ends at the next expiry, so an expired alert leaves the
 * edge on time without any purge; browsers keep them a few seconds only. The feed also names
 * the site (its settings row, read in the alerts' batch) and carries `site`: a save purges it.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env';
import { addCacheTags, cacheTag } from '../edge-cache/tags';
import { JSON_FEED_VERSION } from '../feeds/json-feed';
import { absoluteUrl, alertPaths } from '../model/urls';
import { activeAlertsQuery, findActiveAlerts, type PublicAlert } from '../queries/alerts';
import { siteSettingsStatement, toSiteSettings } from '../site/settings';

/** Safety net if a purge is lost: no edge copy outlives this. */
export const ALERTS_EDGE_SECONDS = 60;
/** Browsers cannot be purged: they re-ask after this. */
export const ALERTS_BROWSER_SECONDS = 15;

/** Reads the active alerts, tags the response and bounds its freshness by the soonest expiry. */
async function activeAlerts(c: Context<AppEnv>): Promise<PublicAlert[]> {
  const now = Date.now();
  return freshUntilExpiry(c, await findActiveAlerts(c.get('db'), now), now);
}

/** Tags the response `alerts` and ends its freshness at the soonest expiry of `items`. */
function freshUntilExpiry(c: Context<AppEnv>, items: PublicAlert[], now: number): PublicAlert[] {
  addCacheTags(c, cacheTag.alerts());
  const untilExpiry = Math.min(...items.map((a) => Math.ceil((a.expiresAt.getTime() - now) / 1000)));
  const edge = Math.max(1, Math.min(ALERTS_EDGE_SECONDS, untilExpiry));
  c.header('Cache-Control', `public, max-age=${Math.min(ALERTS_BROWSER_SECONDS, edge)}, s-maxage=${edge}`);
  return items;
}

const publicUrl = (origin: string, url: string | null) => (url === null ? null : absoluteUrl(origin, url));

export const alertResources = new Hono<AppEnv>()
  .get(alertPaths.api, async (c) => {
    const items = await activeAlerts(c);
    return c.json({
      items: items.map((a) => ({
        id: a.id,
        text: a.text,
        url: publicUrl(c.get('origin'), a.url),
        language: a.language,
        createdAt: a.createdAt.toISOString(),
        expiresAt: a.expiresAt.toISOString(),
      })),
    });
  })
  .get(alertPaths.feed, async (c) => {
    // The alerts and the site's name in one batch; the banner's resource above reads no settings.
    const db = c.get('db');
    const now = Date.now();
    const [rows, settingsRows] = await db.batch([activeAlertsQuery(db, now), siteSettingsStatement(db)]);
    const items = freshUntilExpiry(c, rows, now);
    const site = toSiteSettings(settingsRows[0], c.env);
    addCacheTags(c, cacheTag.site());
    const origin = c.get('origin');
    const feed = {
      version: JSON_FEED_VERSION,
      title: `${site.name}: breaking news`,
      home_page_url: absoluteUrl(origin, '/'),
      feed_url: absoluteUrl(origin, alertPaths.feed),
      description: 'Breaking-news alerts while they are current; an alert leaves this feed when it expires or is removed.',
      language: 'en',
      items: items.map((a) => ({
        id: absoluteUrl(origin, `${alertPaths.feed}#alert-${a.id}`),
        ...(a.url ? { url: publicUrl(origin, a.url) } : {}),
        content_text: a.text,
        date_published: a.createdAt.toISOString(),
        language: a.language,
        _alert: { expires_at: a.expiresAt.toISOString() },
      })),
    };
    return c.body(JSON.stringify(feed), 200, { 'content-type': 'application/feed+json; charset=utf-8' });
  });
