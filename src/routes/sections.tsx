/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { uiStrings } from '../i18n';
import { settingsFromNavigation } from '../site/settings';
import { nextCursorToken, toArticleSummary } from '../model/article-summary';
import { cacheTag } from '../edge-cache/tags';
import { absoluteUrl, paths } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import { sectionFront } from '../queries/fronts';
import { loadSectionListing } from '../queries/listings';
import { LeadStory, TopStories } from '../views/home-page';
import { declareFrontDependencies } from './fronts';
import { ListingPage } from '../views/listing-page';
import { renderErrorPage, renderPage } from '../views/render';
import { ListingHead } from '../views/seo-head';
import { nextPageHref } from '../views/story-list';
import { LISTING_PAGE_SIZE, readCursor } from './reader-params';
import { declareQueryParams } from '../edge-cache/params';

/**
 * A section's stories, newest first: `/sections/:slug?cursor=`. The first page is the
 * section's front (docs/fronts.md): the editors' lead and top stories, if any, come first.
 */
declareQueryParams('/sections/:slug', ['cursor']);

export const sectionPages = new Hono<AppEnv>().get('/:slug', async (c) => {
  const { cursor, response } = readCursor(c);
  if (response) return response;
  const now = Date.now();
  const listing = await loadSectionListing(c.get('db'), c.req.param('slug'), { limit: LISTING_PAGE_SIZE, cursor, now });
  if (!listing) return renderErrorPage(c, 404, 'There is no section at this address.');
  const { section, page } = listing;
  const items = page.items.map((row) => toArticleSummary(row, c.get('origin')));
  addCacheTags(c, cacheTag.section(section.slug), cacheTag.taxonomy(), ...items.map((item) => cacheTag.article(item.id)));
  if (listing.front) declareFrontDependencies(c, sectionFront(section), listing.front, now);
  const lead = listing.front?.lead ? toArticleSummary(listing.front.lead, c.get('origin')) : null;
  const top = (listing.front?.top ?? []).map((row) => toArticleSummary(row, c.get('origin')));

  const settings = settingsFromNavigation(listing.navigation, c.env);
  const t = uiStrings(settings.language);
  const path = paths.section(section.slug);
  const title = `${section.name} · ${settings.name}`;
  const description = section.description || `${section.name} news from ${settings.name}.`;
  const canonicalPath = cursor ? `${path}?cursor=${c.req.query('cursor')}` : path;
  const origin = c.get('origin');
  const head = (
    <ListingHead site={{ name: settings.name, origin }} title={title} description={description} canonical={absoluteUrl(origin, canonicalPath)} section={section} />
  );
  return renderPage(
    c,
    { title, description, canonicalPath, navigation: listing.navigation, head },
    <ListingPage
      kicker={t.sectionKicker}
      heading={section.name}
      description={section.description}
      items={items}
      nextHref={nextPageHref(path, nextCursorToken(page.next))}
      lang={settings.language}
      strings={t}
      showSection={false}
      front={
        <>
          {lead ? <LeadStory story={lead} lang={settings.language} strings={t} /> : null}
          <TopStories items={top} lang={settings.language} strings={t} />
        </>
      }
    />,
  );
});
