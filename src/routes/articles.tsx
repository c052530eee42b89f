import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { paths } from '../model/urls';
import { articleLookupStatements, toArticleLookup } from '../queries/articles';
import { navigationQuery } from '../queries/listings';
import { declareQueryParams } from '../edge-cache/params';
import { liveEntryStatements, toLiveEntries } from '../queries/live-entries';
import { editionOf, toLiteHref } from '../views/edition';
import { renderErrorPage } from '../views/render';
import { settingsFromNavigation } from '../site/settings';
import { fragmentBySlug, storedPieces } from '../article-render/fragments';
import { renderArticlePieces, withLiveEntries, type ArticlePieces } from '../article-render/pieces';
import { serveArticlePieces } from '../article-render/serve';

// `before`: the "older entries" page of a live story (docs/live.md).
declareQueryParams('/articles/:slug', ['before']);
const ENTRY_ID = /^[1-9]\d{0,15}$/;

/**
 * Reader-facing article pages: `/articles/:slug`. A miss first reads the navigation, the
 * article's stored fragment (article-render) and its live entries (none for other stories):
 * one batch, indexed reads. A live story's entries are filled into its fragment. Without a
 * fresh fragment (just changed, never rendered) the page renders in full, with the same
 * render function the fragments are made with; a reader's miss never writes.
 */
export const articlePages = new Hono<AppEnv>().get('/:slug', async (c) => {
  const db = c.get('db');
  const before = c.req.query('before');
  if (before !== undefined && !ENTRY_ID.test(before)) return renderErrorPage(c, 400, 'This page of entries does not exist.');
  const slug = c.req.param('slug');
  const entryOptions = { before: before === undefined ? undefined : Number(before) };
  const [navigation, fragment, ...entryResults] = await db.batch([navigationQuery(db), fragmentBySlug(db, slug), ...liveEntryStatements(db, slug, entryOptions)]);
  const liveEntries = { ...toLiveEntries(entryResults), olderPage: before !== undefined };
  const site = settingsFromNavigation(navigation, c.env);
  const fromFragment = await filledFragment(c.get('origin'), fragment[0], liveEntries, site.timeZone);
  if (fromFragment) return serveArticlePieces(c, fromFragment, navigation);
  // No fresh fragment: the article itself, in a second round trip (the navigation and live entries are read already).
  const lookup = toArticleLookup(await db.batch(articleLookupStatements(db, slug)));
  switch (lookup.kind) {
    case 'moved':
      // A lite reader following an old link stays in the lite edition.
      return c.redirect(editionOf(c.req.path) === 'lite' ? toLiteHref(paths.article(lookup.slug)) : paths.article(lookup.slug), 301);
    case 'gone':
      return renderErrorPage(c, 410, 'This article is no longer available.');
    case 'missing':
      return renderErrorPage(c, 404, 'There is no article at this address.');
  }
  const pieces = await renderArticlePieces({ ...lookup.record, liveEntries }, c.get('origin'), site);
  return serveArticlePieces(c, pieces, navigation);
});

/**
 * The stored fragment with the request's origin and live entries filled in, or null: none
 * fresh, or filling it failed (a marker missing after a view change, a broken row). A stored
 * fragment never turns a page into an error: the page then renders in full.
 */
async function filledFragment(
  origin: string,
  row: Parameters<typeof storedPieces>[0],
  entries: Parameters<typeof withLiveEntries>[1],
  timeZone: string,
): Promise<ArticlePieces | null> {
  try {
    const stored = storedPieces(row, origin);
    return stored && (await withLiveEntries(stored, entries, origin, timeZone));
  } catch (error) {
    console.error('article fragment: filling it failed; rendering the page in full', error);
    return null;
  }
}
