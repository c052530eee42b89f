/**
 * Fronts for apps: `GET /api/v1/fronts/home` and `/api/v1/fronts/{section}` give the
 * curated lead and top stories in the editors' order (docs/fronts.md), as the same list
 * items as the other public lists. Also the cache rules every page showing a front follows
 * (`declareFrontDependencies`): the front's tag, the tags of every story in a slot (shown or
 * not yet: publishing a scheduled one must refresh the page), and a lifetime that ends when
 * the next slot expires.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env';
import { HttpError } from '../http/errors';
import { cacheTag, addCacheTags } from '../edge-cache/tags';
import { BROWSER_MAX_AGE_SECONDS, EDGE_FRESH_SECONDS, STALE_IF_ERROR_SECONDS } from '../edge-cache/policy';
import { toArticleSummary } from '../model/article-summary';
import { SLUG_PATTERN } from '../model/slug';
import { absoluteUrl, paths } from '../model/urls';
import { homeFront, loadFrontJson, sectionFront, type FrontRef, type ResolvedFront } from '../queries/fronts';
import type { ArticleSummaryRow } from '../queries/listings';

/**
 * Declares what a page showing `front` depends on. Its copy lives at most until the next
 * slot expires, so an expired slot is never served from a cache (the automatic order takes
 * over on the next render); without expiring slots the usual edge lifetime applies.
 */
export function declareFrontDependencies(c: Context<AppEnv>, front: FrontRef, resolved: ResolvedFront, now: number) {
  addCacheTags(c, cacheTag.front(front.name), ...resolved.slottedIds.map(cacheTag.article));
  if (resolved.nextExpiry === null) return;
  const seconds = Math.max(1, Math.ceil((resolved.nextExpiry - now) / 1000));
  if (seconds >= EDGE_FRESH_SECONDS) return;
  c.header('Cache-Control', `public, max-age=${Math.min(BROWSER_MAX_AGE_SECONDS, seconds)}, s-maxage=${seconds}, stale-if-error=${STALE_IF_ERROR_SECONDS}`);
}

const item = (origin: string, row: ArticleSummaryRow) => {
  const summary = toArticleSummary(row, origin);
  return { ...summary, apiUrl: absoluteUrl(origin, paths.articleJson(summary.slug)) };
};

export const publicFronts = new Hono<AppEnv>().get('/:front', async (c) => {
  const name = c.req.param('front');
  if (name.length > 120 || !SLUG_PATTERN.test(name)) throw new HttpError(400, 'invalid_parameter', 'front must be "home" or a section slug', { parameter: 'front' });
  const now = Date.now();
  const origin = c.get('origin');
  const loaded = await loadFrontJson(c.get('db'), name, now);
  if (!loaded) throw new HttpError(404, 'not_found', `No front "${name}": use "home" or a section slug`, { parameter: 'front' });
  const front = loaded.section ? sectionFront(loaded.section) : homeFront;
  declareFrontDependencies(c, front, loaded.resolved, now);
  // Home's lead falls back to the newest story, so any publish may change it; names shown need taxonomy.
  addCacheTags(c, cacheTag.taxonomy(), ...(loaded.section ? [] : [cacheTag.home()]));
  const lead = loaded.resolved.lead ?? loaded.newest;
  if (lead) addCacheTags(c, cacheTag.article(lead.id));
  return c.json({
    front: front.name,
    url: absoluteUrl(origin, loaded.section ? paths.section(loaded.section.slug) : paths.home()),
    lead: lead ? item(origin, lead) : null,
    leadCurated: loaded.resolved.lead !== null,
    top: loaded.resolved.top.map((row) => item(origin, row)),
    latestUrl: absoluteUrl(origin, loaded.section ? `/api/v1/articles?section=${encodeURIComponent(loaded.section.slug)}` : '/api/v1/articles'),
  });
});
