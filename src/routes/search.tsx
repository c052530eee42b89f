/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { uiStrings } from '../i18n';
import { settingsFromNavigation } from '../site/settings';
import { nextCursorToken, toArticleSummary } from '../model/article-summary';
import { cacheTag } from '../edge-cache/tags';
import { highlightSnippet } from '../model/search-snippet';
import { addCacheTags } from '../edge-cache/tags';
import { navigationQuery } from '../queries/listings';
import { MAX_QUERY_LENGTH, searchArticles } from '../queries/search';
import { renderPage } from '../views/render';
import { SearchPage } from '../views/search-page';
import { nextPageHref } from '../views/story-list';
import { LISTING_PAGE_SIZE, readCursor } from './reader-params';
import { declareQueryParams } from '../edge-cache/params';

/** Full-text search of public stories: `/search?q=&cursor=`; no query shows the form. */
declareQueryParams('/search', ['q', 'cursor']);

export const searchPages = new Hono<AppEnv>().get('/', async (c) => {
  const { cursor, response } = readCursor(c);
  if (response) return response;
  const query = (c.req.query('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const db = c.get('db');
  addCacheTags(c, cacheTag.search(), cacheTag.taxonomy());

  const found = query ? await searchArticles(db, query, { limit: LISTING_PAGE_SIZE, cursor }) : null;
  const navigation = found ? found.navigation : await navigationQuery(db);
  const settings = settingsFromNavigation(navigation, c.env);
  const t = uiStrings(settings.language);
  const results = found?.results.items.map((row) => ({
    ...toArticleSummary(row, c.get('origin')),
    titleHtml: highlightSnippet(row.titleMarked),
    snippetHtml: highlightSnippet(row.snippet),
  }));
  if (results) addCacheTags(c, ...results.map((item) => cacheTag.article(item.id)));
  const search = query ? `?${new URLSearchParams({ q: query })}` : '';

  return renderPage(
    c,
    {
      title: `${query ? t.resultsFor(query) : t.searchHeading} · ${settings.name}`,
      description: `Search the stories of ${settings.name}.`,
      canonicalPath: `/search${search}`,
      noindex: query !== '',
      navigation,
    },
    <SearchPage
      query={query}
      maxLength={MAX_QUERY_LENGTH}
      results={results ?? null}
      nextHref={nextPageHref('/search', nextCursorToken(found?.results.next ?? null), { q: query })}
      lang={settings.language}
      strings={t}
    />,
  );
});
