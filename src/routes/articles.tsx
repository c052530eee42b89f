/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { toArticleView } from '../model/article-view';
import { articleViewTags } from '../edge-cache/tags';
import { addCacheTags } from '../edge-cache/tags';
import { setLastModified } from '../edge-cache/validators';
import { paths } from '../model/urls';
import { articleLookupStatements, toArticleLookup } from '../queries/articles';
import { navigationQuery } from '../queries/listings';
import { declareQueryParams } from '../edge-cache/params';
import { liveCacheTag } from '../model/live-coverage';
import { liveEntryStatements, toLiveEntries } from '../queries/live-entries';
import { ArticlePage } from '../views/article-page';
import { editionOf, toLiteHref } from '../views/edition';
import { renderErrorPage, renderPage } from '../views/render';
import { ArticleHead } from '../views/seo-head';
import { settingsFromNavigation } from '../site/settings';
import { embedFrameOrigins } from '../content/embeds';
import { allowEmbedFrames } from '../middleware/security-headers';
import { embedCardsForPage } from './article-embeds';
import { embedScript } from '../views/embed-script';

// `before`: the "older entries" page of a live story (docs/live.md).
declareQueryParams('/articles/:slug', ['before']);
const ENTRY_ID = /^[1-9]\d{0,15}$/;

/** Reader-facing article pages: `/articles/:slug`. */
export const articlePages = new Hono<AppEnv>().get('/:slug', async (c) => {
  // The article and the section navigation in one batch: one D1 round trip.
  const db = c.get('db');
  const before = c.req.query('before');
  if (before !== undefined && !ENTRY_ID.test(before)) return renderErrorPage(c, 400, 'This page of entries does not exist.');
  const slug = c.req.param('slug');
  // Live entries in the same batch (none for other stories): still one D1 round trip.
  const [navigation, pinned, recent, keyEvents, ...lookupResults] = await db.batch([
    navigationQuery(db),
    ...liveEntryStatements(db, slug, { before: before === undefined ? undefined : Number(before) }),
    ...articleLookupStatements(db, slug),
  ]);
  const lookup = toArticleLookup(lookupResults);
  switch (lookup.kind) {
    case 'moved':
      // A lite reader following an old link stays in the lite edition.
      return c.redirect(editionOf(c.req.path) === 'lite' ? toLiteHref(paths.article(lookup.slug)) : paths.article(lookup.slug), 301);
    case 'gone':
      return renderErrorPage(c, 410, 'This article is no longer available.');
    case 'missing':
      return renderErrorPage(c, 404, 'There is no article at this address.');
  }
  const liveEntries = { ...toLiveEntries([pinned, recent, keyEvents]), olderPage: before !== undefined };
  const article = toArticleView({ ...lookup.record, liveEntries }, c.get('origin'));
  const site = settingsFromNavigation(navigation, c.env);
  addCacheTags(c, ...articleViewTags(article, lookup.record.unlistedRelatedIds));
  if (article.live) addCacheTags(c, liveCacheTag(article.id));
  setLastModified(c, lookup.record.article.updatedAt, ...liveEntries.entries.map((e) => e.updatedAt));
  // Embed cards (content/embeds): titles and thumbnails, their providers' frames, and the
  // click-to-load script. Lite shows plain links.
  const embedFrames = editionOf(c.req.path) === 'full' ? embedFrameOrigins(article.bodyHtml) : [];
  allowEmbedFrames(c, embedFrames);
  if (embedFrames.length) article.bodyHtml = await embedCardsForPage(c, article.id, article.bodyHtml);
  return renderPage(
    c,
    {
      title: `${article.title} · ${site.name}`,
      description: article.dek,
      // A syndicated copy names the original as canonical; otherwise this is our own URL.
      canonicalPath: article.canonicalUrl,
      lang: article.language,
      navigation,
      // The lite twin stays tiny: search engines and social cards use the full page it points to.
      head:
        editionOf(c.req.path) === 'full' ? (
          <ArticleHead article={article} site={{ name: site.name, origin: c.get('origin') }} canonical={article.canonicalUrl} />
        ) : null,
    },
    <>
      <ArticlePage article={article} />
      {embedFrames.length ? <script dangerouslySetInnerHTML={{ __html: embedScript }} /> : null}
    </>,
  );
});
