/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { SITE_LANGUAGE, uiStrings } from '../i18n';
import { nextCursorToken, toArticleSummary } from '../model/article-summary';
import { cacheTag } from '../edge-cache/tags';
import { absoluteUrl, paths } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import { loadSectionListing } from '../queries/listings';
import { ListingPage } from '../views/listing-page';
import { renderErrorPage, renderPage } from '../views/render';
import { ListingHead } from '../views/seo-head';
import { nextPageHref } from '../views/story-list';
import { LISTING_PAGE_SIZE, readCursor } from './reader-params';
import { declareQueryParams } from '../edge-cache/params';

/** A section's stories, newest first: `/sections/:slug?cursor=`. */
declareQueryParams('/sections/:slug', ['cursor']);

export const sectionPages = new Hono<AppEnv>().get('/:slug', async (c) => {
  const { cursor, response } = readCursor(c);
  if (response) return response;
  const listing = await loadSectionListing(c.get('db'), c.req.param('slug'), { limit: LISTING_PAGE_SIZE, cursor });
  if (!listing) return renderErrorPage(c, 404, 'There is no section at this address.');
  const { section, page } = listing;
  const items = page.items.map((row) => toArticleSummary(row, c.get('origin')));
  addCacheTags(c, cacheTag.section(section.slug), cacheTag.taxonomy(), ...items.map((item) => cacheTag.article(item.id)));

  const t = uiStrings(SITE_LANGUAGE);
  const path = paths.section(section.slug);
  const title = `${section.name} · ${c.env.SITE_NAME}`;
  const description = section.description || `${section.name} news from ${c.env.SITE_NAME}.`;
  const canonicalPath = cursor ? `${path}?cursor=${c.req.query('cursor')}` : path;
  const origin = c.get('origin');
  const head = (
    <ListingHead site={{ name: c.env.SITE_NAME, origin }} title={title} description={description} canonical={absoluteUrl(origin, canonicalPath)} section={section} />
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
      lang={SITE_LANGUAGE}
      strings={t}
      showSection={false}
    />,
  );
});
