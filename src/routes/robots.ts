/** robots.txt: crawl everything readers see, skip search results and the API, name the sitemaps. */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { cacheTag } from '../edge-cache/tags';
import { absoluteUrl } from '../model/urls';
import { addCacheTags } from '../edge-cache/tags';
import { sitemapPaths } from './sitemaps';

export const robots = new Hono<AppEnv>().get('/robots.txt', (c) => {
  addCacheTags(c, cacheTag.sitemaps());
  const at = (path: string) => absoluteUrl(c.get('origin'), path);
  const lines = [
    'User-agent: *',
    'Allow: /',
    // Search result pages are endless and noindex; the JSON API duplicates the pages.
    'Disallow: /search',
    'Disallow: /api/',
    // Share redirects and short links only forward to pages that are already listed.
    'Disallow: /share/',
    'Disallow: /s/',
    '',
    `Sitemap: ${at(sitemapPaths.index)}`,
    `Sitemap: ${at(sitemapPaths.news)}`,
    '',
  ];
  return c.text(lines.join('\n'));
});
