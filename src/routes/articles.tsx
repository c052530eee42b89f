import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { paths } from '../model/urls';
import type { Db } from '../db/client';
import { articleLookupStatements, findPublicArticle, toArticleLookup, type ArticleLookup } from '../queries/articles';
import { embedCardsStatement } from '../queries/embed-cards';
import { reusableBatch } from '../db/reusable-batch';
import { navigationQuery } from '../queries/listings';
import { declareQueryParams } from '../edge-cache/params';
import { liveEntryStatements, toLiveEntries } from '../queries/live-entries';
import { editionOf, toLiteHref } from '../views/edition';
import { renderErrorPage } from '../views/render';
import { settingsFromNavigation } from '../site/settings';
import { fragmentBySlug, noServableFragment, storedPieces } from '../article-render/fragments';
import { renderArticlePieces, withLiveEntries, type ArticlePieces } from '../article-render/pieces';
import { serveArticlePieces } from '../article-render/serve';

// `before`: the "older entries" page of a live story (docs/live.md).
declareQueryParams('/articles/:slug', ['before']);
const ENTRY_ID = /^[1-9]\d{0,15}$/;

type PageVariant = `${'full' | 'lite'}${'' | '-older'}`;

/**
 * Everything a miss reads, in one batch: the navigation, the fragment, the embed cards'
 * metadata (the lite edition shows plain links: its statement reads nothing), the live
 * entries (of the page, or older than `before`) and the full lookup, guarded to read nothing
 * when the fragment is served. Its SQL is built once per variant (reusableBatch).
 */
const pageBatch = reusableBatch(
  (db: Db, variant: PageVariant, { slug, before }: { slug: string; before: number }) =>
    [
      navigationQuery(db),
      fragmentBySlug(db, slug),
      embedCardsStatement(db, slug, { read: variant.startsWith('full') }),
      ...liveEntryStatements(db, slug, { before: variant.endsWith('-older') ? before : undefined }),
      ...articleLookupStatements(db, slug, () => noServableFragment(db, slug)),
    ] as const,
  // Stand-ins no request can send: a slug never has a NUL, an entry id has at most 16 digits.
  { slug: '\u0000slug', before: 2 ** 60 },
);

/**
 * Reader-facing article pages: `/articles/:slug`. A miss is one D1 round trip (pageBatch). A
 * stored fragment is served with the live entries filled in. Without one (just changed,
 * never rendered), and for old slugs (301), withdrawn stories (410) and unknown or
 * unpublished ones (404), the lookup's results are in the same batch: the page renders in
 * full with the same render function the fragments are made with. `Server-Timing` says
 * which (`article;desc="fragment"` or `"full-render"`). A reader's miss never writes.
 */
export const articlePages = new Hono<AppEnv>().get('/:slug', async (c) => {
  const db = c.get('db');
  const before = c.req.query('before');
  if (before !== undefined && !ENTRY_ID.test(before)) return renderErrorPage(c, 400, 'This page of entries does not exist.');
  const slug = c.req.param('slug');
  const variant = `${editionOf(c.req.path)}${before === undefined ? '' : '-older'}` as const;
  const [navigation, fragment, embedCards, pinned, recent, keyEvents, ...lookupResults] = await db.batch(pageBatch(db, variant, { slug, before: Number(before ?? 0) }));
  const liveEntries = { ...toLiveEntries([pinned, recent, keyEvents]), olderPage: before !== undefined };
  const site = settingsFromNavigation(navigation, c.env);
  let lookup: ArticleLookup;
  if (fragment[0]) {
    const fromFragment = await filledFragment(c.get('origin'), fragment[0], liveEntries, site.timeZone);
    if (fromFragment) {
      c.header('Server-Timing', 'article;desc="fragment"', { append: true });
      return serveArticlePieces(c, fromFragment, navigation, embedCards);
    }
    // A fragment that cannot be served here (see filledFragment) kept the batch's lookup
    // empty: the article is read again, a second round trip, rare.
    lookup = await findPublicArticle(db, slug);
  } else {
    lookup = toArticleLookup(lookupResults);
  }
  switch (lookup.kind) {
    case 'moved':
      // A lite reader following an old link stays in the lite edition.
      return c.redirect(editionOf(c.req.path) === 'lite' ? toLiteHref(paths.article(lookup.slug)) : paths.article(lookup.slug), 301);
    case 'gone':
      return renderErrorPage(c, 410, 'This article is no longer available.', site);
    case 'missing':
      return renderErrorPage(c, 404, 'There is no article at this address.', site);
  }
  const pieces = await renderArticlePieces({ ...lookup.record, liveEntries }, c.get('origin'), site);
  c.header('Server-Timing', 'article;desc="full-render"', { append: true });
  return serveArticlePieces(c, pieces, navigation, embedCards);
});

/**
 * The stored fragment with the request's origin and live entries filled in, or null: an
 * origin that cannot be pasted into stored markup (storedPieces), or filling it failed (a
 * marker missing after a view change, a broken row). A stored fragment never turns a page
 * into an error: the page then renders in full.
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
