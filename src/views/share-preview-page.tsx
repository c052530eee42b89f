/** @jsxImportSource hono/jsx */
/**
 * What a link-preview crawler (facebookexternalhit, Twitterbot, Slackbot…) gets for a share
 * or short link: the article's Open Graph page, so the card it draws shows the story. The
 * route reads the article and the site settings (routes/share serveSharePreview); this only
 * renders them.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import type { ArticleView } from '../model/article-view';
import type { SiteSettings } from '../site/settings';
import { renderPage } from './render';
import { ArticleHead } from './seo-head';

/** The preview page of `article`, named after the site as its settings say. */
export function renderSharePreview(c: Context<AppEnv>, article: ArticleView, site: SiteSettings): Promise<Response> {
  return renderPage(
    c,
    {
      title: `${article.title} · ${site.name}`,
      description: article.dek,
      canonicalPath: article.canonicalUrl,
      lang: article.language,
      noindex: true,
      site,
      head: <ArticleHead article={article} site={{ name: site.name, origin: c.get('origin') }} canonical={article.canonicalUrl} />,
    },
    <article>
      <h1>
        <a href={article.url}>{article.title}</a>
      </h1>
      {article.dek ? <p class="dek">{article.dek}</p> : null}
    </article>,
  );
}
