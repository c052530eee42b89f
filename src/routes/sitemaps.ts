/**
 * The sitemap index (/sitemap.xml) and the sitemaps it names: article pages by id range,
 * sections/tags/authors, and a Google News sitemap of the last 48 hours.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env';
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet } from '../feeds/sitemap-xml';
import { cacheTag } from '../edge-cache/tags';
import { significantTime } from '../model/article-view';
import { absoluteUrl, paths } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import {
  listArticleSitemapEntries,
  listArticleSitemapPages,
  newsSitemapEntriesQuery,
  listTaxonomyForSitemap,
  NEWS_WINDOW_MS,
} from '../queries/sitemaps';
import { siteSettingsStatement, toSiteSettings } from '../site/settings';
import { renderErrorPage } from '../views/render';

export const sitemapPaths = {
  index: '/sitemap.xml',
  news: '/sitemaps/news.xml',
  taxonomy: '/sitemaps/taxonomy.xml',
  articles: (page: number) => `/sitemaps/articles-${page}.xml`,
};

const xml = (c: Context<AppEnv>, body: string) => c.body(body, 200, { 'content-type': 'application/xml; charset=utf-8' });

/** Our own URL for an article, or null for a syndicated copy whose canonical lives elsewhere. */
function ownArticleUrl(origin: string, article: { slug: string; canonicalUrl: string | null }): string | null {
  const url = absoluteUrl(origin, paths.article(article.slug));
  return !article.canonicalUrl || article.canonicalUrl === url ? url : null;
}

export const sitemaps = new Hono<AppEnv>()
  .get(sitemapPaths.index, async (c) => {
    addCacheTags(c, cacheTag.sitemaps());
    const at = (path: string) => absoluteUrl(c.get('origin'), path);
    const pages = await listArticleSitemapPages(c.get('db'));
    return xml(
      c,
      renderSitemapIndex([
        { loc: at(sitemapPaths.news) },
        { loc: at(sitemapPaths.taxonomy) },
        ...pages.map((p) => ({ loc: at(sitemapPaths.articles(p.page)), lastModified: p.lastModified })),
      ]),
    );
  })
  .get('/sitemaps/:file{articles-[0-9]+\\.xml}', async (c) => {
    addCacheTags(c, cacheTag.sitemaps());
    const digits = c.req.param('file').replace(/\D/g, '');
    const page = Number(digits);
    if (!/^[1-9]\d{0,8}$/.test(digits)) return renderErrorPage(c, 404, 'There is no such sitemap page.');
    const entries = await listArticleSitemapEntries(c.get('db'), page);
    // The index lists exactly the pages with a public article: any other page does not exist.
    if (entries.length === 0) return renderErrorPage(c, 404, 'There is no such sitemap page.');
    const origin = c.get('origin');
    const urls = entries.flatMap((entry) => {
      const loc = ownArticleUrl(origin, entry);
      const imageUrl = entry.heroImageUrl ? absoluteUrl(origin, entry.heroImageUrl) : null;
      return loc ? [{ loc, lastModified: entry.updatedAt, imageUrl }] : [];
    });
    return xml(c, renderUrlSet(urls));
  })
  .get(sitemapPaths.taxonomy, async (c) => {
    addCacheTags(c, cacheTag.sitemaps(), cacheTag.taxonomy());
    const at = (path: string) => absoluteUrl(c.get('origin'), path);
    const taxonomy = await listTaxonomyForSitemap(c.get('db'));
    return xml(
      c,
      renderUrlSet([
        { loc: at(paths.home()) },
        ...taxonomy.sections.map((s) => ({ loc: at(paths.section(s.slug)) })),
        ...taxonomy.tags.map((t) => ({ loc: at(paths.tag(t.slug)) })),
        ...taxonomy.authors.map((a) => ({ loc: at(paths.author(a.slug)) })),
      ]),
    );
  })
  .get(sitemapPaths.news, async (c) => {
    addCacheTags(c, cacheTag.sitemaps());
    const origin = c.get('origin');
    const db = c.get('db');
    // The publication's name is the site's saved one (a save purges `sitemaps`), read in the entries' batch.
    const [entries, settingsRows] = await db.batch([newsSitemapEntriesQuery(db, new Date(Date.now() - NEWS_WINDOW_MS)), siteSettingsStatement(db)]);
    const site = toSiteSettings(settingsRows[0], c.env);
    const urls = entries.flatMap((entry) => {
      const loc = ownArticleUrl(origin, entry);
      return loc && entry.publishedAt
        ? [{ loc, title: entry.title, language: entry.language, published: entry.publishedAt, lastModified: significantTime({ publishedAt: entry.publishedAt, significantUpdatedAt: entry.significantUpdatedAt }) }]
        : [];
    });
    // Stories age out of the 48-hour window without any write to purge the copy: keep it short.
    c.header('cache-control', 'public, max-age=300, s-maxage=900');
    return xml(c, renderNewsSitemap(site.name, urls));
  });
