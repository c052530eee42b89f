/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { uiStrings } from '../i18n';
import { settingsFromNavigation } from '../site/settings';
import { nextCursorToken, toArticleSummary } from '../model/article-summary';
import { cacheTag } from '../edge-cache/tags';
import { absoluteUrl, paths } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import { homeFront } from '../queries/fronts';
import { loadHome } from '../queries/listings';
import { declareFrontDependencies } from './fronts';
import { HomePage, MoreStoriesPage } from '../views/home-page';
import { renderPage } from '../views/render';
import { ListingHead } from '../views/seo-head';
import { nextPageHref } from '../views/story-list';
import { readCursor } from './reader-params';
import { declareQueryParams } from '../edge-cache/params';

/** The lead story plus the latest list on the first page; later pages list this many. */
const FRONT_PAGE_STORIES = 11;
const STORIES_PER_SECTION = 3;

/**
 * The front page (`/`) and its older pages (`/?cursor=`): one D1 batch per render. The
 * first page is the home front (docs/fronts.md): the editors' lead and top stories, then the
 * latest stories and section blocks without them; later pages are newest first.
 */
declareQueryParams('/', ['cursor']);

export const homePage = new Hono<AppEnv>().get('/', async (c) => {
  const { cursor, response } = readCursor(c);
  if (response) return response;
  const now = Date.now();
  const home = await loadHome(c.get('db'), { limit: FRONT_PAGE_STORIES, cursor, perSection: STORIES_PER_SECTION, now });
  const origin = c.get('origin');
  const latest = home.latest.items.map((row) => toArticleSummary(row, origin));
  const curatedLead = home.front?.lead ? toArticleSummary(home.front.lead, origin) : null;
  const top = (home.front?.top ?? []).map((row) => toArticleSummary(row, origin));
  const blocks = home.sectionBlocks.map((block) => ({
    slug: block.section.slug,
    name: block.section.name,
    items: block.items.map((row) => toArticleSummary(row, origin)),
  }));
  const shown = [...(curatedLead ? [curatedLead] : []), ...top, ...latest, ...blocks.flatMap((block) => block.items)];
  addCacheTags(c, cacheTag.home(), cacheTag.taxonomy(), ...shown.map((story) => cacheTag.article(story.id)));
  if (home.front) declareFrontDependencies(c, homeFront, home.front, now);

  // Name, language and time zone from the site settings, read in loadHome's batch (src/site/settings).
  const settings = settingsFromNavigation(home.navigation, c.env);
  const t = uiStrings(settings.language);
  const nextHref = nextPageHref(paths.home(), nextCursorToken(home.latest.next));
  const title = cursor ? `${t.moreStories} · ${settings.name}` : `${settings.name} · ${t.tagline}`;
  const description = `The latest news from ${settings.name}.`;
  const canonicalPath = cursor ? `${paths.home()}?cursor=${c.req.query('cursor')}` : paths.home();
  const site = { name: settings.name, origin };
  const head = <ListingHead site={site} title={title} description={description} canonical={absoluteUrl(origin, canonicalPath)} />;
  const meta = { title, description, canonicalPath, navigation: home.navigation, head, lang: settings.language };
  const body = cursor ? (
    <MoreStoriesPage items={latest} nextHref={nextHref} lang={settings.language} strings={t} />
  ) : (
    <HomePage
      siteName={settings.name}
      lead={curatedLead ?? latest[0] ?? null}
      top={top}
      latest={curatedLead ? latest : latest.slice(1)}
      blocks={blocks}
      nextHref={nextHref}
      lang={settings.language}
      strings={t}
    />
  );
  return renderPage(c, meta, body);
});
