/**
 * Writers for the sitemap protocol (sitemaps.org 0.9) with the Google image and news
 * extensions. They take absolute URLs and dates; what to list is decided by the route.
 */
import { element, XML_DECLARATION } from './xml';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export interface SitemapUrl { loc: string; lastModified?: Date; imageUrl?: string | null }
export interface NewsUrl { loc: string; title: string; language: string; published: Date; lastModified?: Date }

export function renderSitemapIndex(sitemaps: { loc: string; lastModified?: Date }[]): string {
  const entries = sitemaps.map(
    (s) => `<sitemap>${element('loc', s.loc)}${element('lastmod', s.lastModified?.toISOString())}</sitemap>`,
  );
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...entries, '</sitemapindex>'].join('\n');
}

export function renderUrlSet(urls: SitemapUrl[]): string {
  const entries = urls.map(
    (u) =>
      `<url>${element('loc', u.loc)}${element('lastmod', u.lastModified?.toISOString())}` +
      (u.imageUrl ? `<image:image>${element('image:loc', u.imageUrl)}</image:image>` : '') +
      '</url>',
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:image="${IMAGE_NS}">`, ...entries, '</urlset>'].join('\n');
}

/** A Google News sitemap: publication name and language, publication date, title. */
export function renderNewsSitemap(publication: string, urls: NewsUrl[]): string {
  const entries = urls.map(
    (u) =>
      // lastmod: the last significant change, so a typo fix does not resurface a story (docs/corrections.md).
      `<url>${element('loc', u.loc)}${element('lastmod', u.lastModified?.toISOString())}<news:news><news:publication>${element('news:name', publication)}` +
      `${element('news:language', u.language)}</news:publication>` +
      `${element('news:publication_date', u.published.toISOString())}${element('news:title', u.title)}</news:news></url>`,
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`, ...entries, '</urlset>'].join('\n');
}
