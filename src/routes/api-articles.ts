import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { HttpError, notFound } from '../http/errors';
import { toArticleView } from '../model/article-view';
import { articleViewTags } from '../edge-cache/tags';
import { addCacheTags } from '../edge-cache/tags';
import { paths } from '../model/urls';
import { findPublicArticle } from '../queries/articles';
import { setLastModified } from '../edge-cache/validators';

/** Public JSON twin of the article pages: `/api/v1/articles/:slug`. */
export const articlesApi = new Hono<AppEnv>().get('/:slug', async (c) => {
  const lookup = await findPublicArticle(c.get('db'), c.req.param('slug'));
  switch (lookup.kind) {
    case 'moved':
      return c.redirect(paths.articleJson(lookup.slug), 301);
    case 'gone':
      throw new HttpError(410, 'gone', 'This article is no longer available');
    case 'missing':
      throw notFound('Article');
  }
  const article = toArticleView(lookup.record, c.get('origin'));
  addCacheTags(c, ...articleViewTags(article, lookup.record.unlistedRelatedIds));
  // `live` (open, coverage times, the live JSON's URL) is in the view; entries are in the live JSON.
  setLastModified(c, lookup.record.article.updatedAt);
  return c.json(article);
});
