/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { uiStrings } from '../i18n';
import { settingsFromNavigation } from '../site/settings';
import { nextCursorToken, toArticleSummary } from '../model/article-summary';
import { cacheTag } from '../edge-cache/tags';
import { paths } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import { loadTagListing } from '../queries/listings';
import { ListingPage } from '../views/listing-page';
import { renderErrorPage, renderPage } from '../views/render';
import { nextPageHref } from '../views/story-list';
import { LISTING_PAGE_SIZE, readCursor } from './reader-params';
import { declareQueryParams } from '../edge-cache/params';

/**
 * The stories on a topic, newest first: `/tags/:slug?cursor=`. A tag no public story carries
 * yet gets the very 404 of an unknown one (queries/public-taxonomy), with no cache tag of its own.
 */
declareQueryParams('/tags/:slug', ['cursor']);

export const tagPages = new Hono<AppEnv>().get('/:slug', async (c) => {
  const { cursor, response } = readCursor(c);
  if (response) return response;
  const listing = await loadTagListing(c.get('db'), c.req.param('slug'), { limit: LISTING_PAGE_SIZE, cursor });
  if (!listing) return renderErrorPage(c, 404, 'There is no topic at this address.');
  const { tag, page } = listing;
  const items = page.items.map((row) => toArticleSummary(row, c.get('origin')));
  addCacheTags(c, cacheTag.tag(tag.slug), cacheTag.taxonomy(), ...items.map((item) => cacheTag.article(item.id)));

  const settings = settingsFromNavigation(listing.navigation, c.env);
  const t = uiStrings(settings.language);
  const path = paths.tag(tag.slug);
  return renderPage(
    c,
    {
      title: `${tag.name} · ${settings.name}`,
      description: `Stories about ${tag.name} from ${settings.name}.`,
      canonicalPath: cursor ? `${path}?cursor=${c.req.query('cursor')}` : path,
      navigation: listing.navigation,
    },
    <ListingPage
      kicker={t.topicKicker}
      heading={tag.name}
      items={items}
      nextHref={nextPageHref(path, nextCursorToken(page.next))}
      lang={settings.language}
      strings={t}
    />,
  );
});
