/** @jsxImportSource hono/jsx */
/**
 * What a link-preview crawler (facebookexternalhit, Twitterbot, Slackbot…) gets for a share
 * or short link: the article's Open Graph page, so the card it draws shows the story. It
 * is never cached at the edge (a person asking for the same URL gets the redirect).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { toArticleView } from '../model/article-view';
import { articleViewTags } from '../edge-cache/tags';
import { addCacheTags } from '../edge-cache/tags';
import { findPublicArticle } from '../queries/articles';
import { renderErrorPage, renderPage } from './render';
import { ArticleHead } from './seo-head';

/** Renders the preview page of the public article `slug` (404 page if it is not public). */
export async function renderSharePreview(c: Context<AppEnv>, slug: string): Promise<Response> {
  const lookup = await findPublicArticle(c.get('db'), slug);
  const response =
    lookup.kind === 'found' ? await renderPreview(c, lookup.record) : renderErrorPage(c, 404, 'There is no article at this address.');
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'User-Agent');
  return response;
}

async function renderPreview(c: Context<AppEnv>, record: Parameters<typeof toArticleView>[0]) {
  const article = toArticleView(record, c.get('origin'));
  addCacheTags(c, ...articleViewTags(article));
  return renderPage(
    c,
    {
      title: `${article.title} · ${c.env.SITE_NAME}`,
      description: article.dek,
      canonicalPath: article.canonicalUrl,
      lang: article.language,
      noindex: true,
      head: <ArticleHead article={article} site={{ name: c.env.SITE_NAME, origin: c.get('origin') }} canonical={article.canonicalUrl} />,
    },
    <article>
      <h1>
        <a href={article.url}>{article.title}</a>
      </h1>
      {article.dek ? <p class="dek">{article.dek}</p> : null}
    </article>,
  );
}
