/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { uiStrings } from '../i18n';
import { settingsFromNavigation } from '../site/settings';
import { nextCursorToken, toArticleSummary } from '../model/article-summary';
import { cacheTag } from '../edge-cache/tags';
import { paths } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import { loadAuthorListing } from '../queries/listings';
import { ListingPage } from '../views/listing-page';
import { renderErrorPage, renderPage } from '../views/render';
import { nextPageHref } from '../views/story-list';
import { LISTING_PAGE_SIZE, readCursor } from './reader-params';
import { declareQueryParams } from '../edge-cache/params';

/**
 * An author's page: bio and stories, newest first: `/authors/:slug?cursor=`. An author no
 * public story credits yet gets the very 404 of an unknown one (queries/public-taxonomy).
 */
declareQueryParams('/authors/:slug', ['cursor']);

export const authorPages = new Hono<AppEnv>().get('/:slug', async (c) => {
  const { cursor, response } = readCursor(c);
  if (response) return response;
  const listing = await loadAuthorListing(c.get('db'), c.req.param('slug'), { limit: LISTING_PAGE_SIZE, cursor });
  if (!listing) return renderErrorPage(c, 404, 'There is no author at this address.');
  const { author, page } = listing;
  const items = page.items.map((row) => toArticleSummary(row, c.get('origin')));
  addCacheTags(c, cacheTag.author(author.slug), cacheTag.taxonomy(), ...items.map((item) => cacheTag.article(item.id)));

  const settings = settingsFromNavigation(listing.navigation, c.env);
  const t = uiStrings(settings.language);
  const path = paths.author(author.slug);
  return renderPage(
    c,
    {
      title: `${t.storiesBy(author.name)} · ${settings.name}`,
      description: author.bio || `${t.storiesBy(author.name)}, ${settings.name}.`,
      canonicalPath: cursor ? `${path}?cursor=${c.req.query('cursor')}` : path,
      navigation: listing.navigation,
    },
    <ListingPage
      kicker={t.authorKicker}
      heading={author.name}
      description={author.bio}
      items={items}
      nextHref={nextPageHref(path, nextCursorToken(page.next))}
      lang={settings.language}
      strings={t}
    />,
  );
});
