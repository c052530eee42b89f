/**
 * Where a shared or short link finally takes a reader: the article's canonical URL (the
 * original, for a syndicated copy), else our own article URL with its current slug.
 */
import { absoluteUrl, paths } from '../model/urls';

/**
 * Absolute landing URL. The stored canonical URL is editor input, so only an http(s) URL
 * is trusted; anything else falls back to our own page.
 */
export function landingUrl(article: { slug: string; canonicalUrl: string | null }, origin: string): string {
  const own = absoluteUrl(origin, paths.article(article.slug));
  if (!article.canonicalUrl) return own;
  try {
    const canonical = new URL(article.canonicalUrl);
    return canonical.protocol === 'https:' || canonical.protocol === 'http:' ? canonical.href : own;
  } catch {
    return own;
  }
}
