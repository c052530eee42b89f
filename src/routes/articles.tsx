/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { toArticleView } from '../model/article-view';
import { articleViewTags } from '../model/cache-tags';
import { addCacheTags } from '../platform/cache-tags';
import { paths } from '../model/urls';
import { findPublicArticle } from '../queries/articles';
import { ArticlePage } from '../views/article-page';
import { renderErrorPage, renderPage } from '../views/render';

/** Reader-facing article pages: `/articles/:slug`. */
export const articlePages = new Hono<AppEnv>().get('/:slug', async (c) => {
  const lookup = await findPublicArticle(c.get('db'), c.req.param('slug'));
  switch (lookup.kind) {
    case 'moved':
      return c.redirect(paths.article(lookup.slug), 301);
    case 'gone':
      return renderErrorPage(c, 410, 'This article is no longer available.');
    case 'missing':
      return renderErrorPage(c, 404, 'There is no article at this address.');
  }
  const article = toArticleView(lookup.record, c.get('origin'));
  addCacheTags(c, ...articleViewTags(article));
  return renderPage(
    c,
    {
      title: `${article.title} · ${c.env.SITE_NAME}`,
      description: article.dek,
      canonicalPath: paths.article(article.slug),
      lang: article.language,
    },
    <ArticlePage article={article} />,
  );
});
