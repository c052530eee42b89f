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
import { ArticlePage } from '../views/article-page';
import { editionOf, toLiteHref } from '../views/edition';
import { renderErrorPage, renderPage } from '../views/render';
import { ArticleHead } from '../views/seo-head';

/** Reader-facing article pages: `/articles/:slug`. */
export const articlePages = new Hono<AppEnv>().get('/:slug', async (c) => {
  // The article and the section navigation in one batch: one D1 round trip.
  const db = c.get('db');
  const [navigation, ...lookupResults] = await db.batch([navigationQuery(db), ...articleLookupStatements(db, c.req.param('slug'))]);
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
  const article = toArticleView(lookup.record, c.get('origin'));
  addCacheTags(c, ...articleViewTags(article, lookup.record.unlistedRelatedIds));
  setLastModified(c, lookup.record.article.updatedAt);
  return renderPage(
    c,
    {
      title: `${article.title} · ${c.env.SITE_NAME}`,
      description: article.dek,
      // A syndicated copy names the original as canonical; otherwise this is our own URL.
      canonicalPath: article.canonicalUrl,
      lang: article.language,
      navigation,
      // The lite twin stays tiny: search engines and social cards use the full page it points to.
      head:
        editionOf(c.req.path) === 'full' ? (
          <ArticleHead article={article} site={{ name: c.env.SITE_NAME, origin: c.get('origin') }} canonical={article.canonicalUrl} />
        ) : null,
    },
    <ArticlePage article={article} />,
  );
});
