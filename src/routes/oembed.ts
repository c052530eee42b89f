/**
 * oEmbed provider (https://oembed.com), `/oembed?url=<article url>&format=json`: lets
 * other sites and tools embed a story as a small card. Only URLs of public articles on
 * our own origin are answered; the card's HTML is built with escaping and contains no
 * script or iframe, so an embedding site runs nothing of ours.
 */
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Db } from '../db/client';
import { siteSettings } from '../db/schema';
import type { AppEnv } from '../env';
import { errorBody } from '../http/errors';
import { toArticleView, type ArticleView } from '../model/article-view';
import { articleViewTags } from '../edge-cache/tags';
import { absoluteUrl, paths } from '../model/urls';
import { addCacheTags, cacheTag } from '../edge-cache/tags';
import { articleLookupStatements, toArticleLookup } from '../queries/articles';
import { findArticleByShortCode } from '../queries/shares';
import { declareQueryParams } from '../edge-cache/params';
import { toSiteSettings } from '../site/settings';

const DEFAULT_WIDTH = 550;
/** Hero images are rendered at 1200×675 (views/article-page). */
const THUMBNAIL = { width: 1200, height: 675 };

/** Slug of an article page URL on `origin` (full or lite edition, or a short link), else null. */
async function slugFromUrl(db: Db, raw: string, origin: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  const article = /^\/(?:lite\/)?articles\/([^/]+)\/?$/.exec(url.pathname);
  if (article) {
    try {
      return decodeURIComponent(article[1]!);
    } catch {
      return null;
    }
  }
  const short = /^\/s\/([0-9A-Za-z]{8})$/.exec(url.pathname);
  if (short) return (await findArticleByShortCode(db, short[1]!))?.slug ?? null;
  return null;
}

/** Positive integer query parameter, or undefined when absent; null when malformed. */
function dimension(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^[1-9]\d{0,4}$/.test(value) ? Number(value) : null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** The embed card: a blockquote with the headline as a link, the dek and the byline. */
function embedHtml(article: ArticleView, siteName: string): string {
  const url = escapeHtml(article.url);
  const byline = escapeHtml(article.author ? `${article.author.name}, ${siteName}` : siteName);
  const dek = article.dek ? `<p>${escapeHtml(article.dek)}</p>` : '';
  return `<blockquote class="edge-courier-embed" cite="${url}"><p><a href="${url}">${escapeHtml(article.title)}</a></p>${dek}<footer>— ${byline}</footer></blockquote>`;
}

declareQueryParams('/oembed', ['url', 'format', 'maxwidth', 'maxheight']);

export const oembed = new Hono<AppEnv>().get('/oembed', async (c) => {
  const format = c.req.query('format') ?? 'json';
  if (format !== 'json') return c.json(errorBody('not_implemented', 'Only format=json is available'), 501);
  const url = c.req.query('url');
  if (!url) return c.json(errorBody('bad_request', 'The url parameter is required'), 400);
  const maxWidth = dimension(c.req.query('maxwidth'));
  if (maxWidth === null || dimension(c.req.query('maxheight')) === null) {
    return c.json(errorBody('bad_request', 'maxwidth and maxheight must be positive integers'), 400);
  }

  const origin = c.get('origin');
  const slug = await slugFromUrl(c.get('db'), url, origin);
  if (slug === null) return c.json(errorBody('not_found', 'No public article at that URL'), 404);
  // The saved site name (provider_name, the card's byline) in the article's own batch.
  const db = c.get('db');
  const [settingsRows, ...lookupResults] = await db.batch([
    db.select({ name: siteSettings.name }).from(siteSettings).where(eq(siteSettings.id, 1)),
    ...articleLookupStatements(db, slug),
  ]);
  const lookup = toArticleLookup(lookupResults);
  if (lookup.kind !== 'found') return c.json(errorBody('not_found', 'No public article at that URL'), 404);

  const article = toArticleView(lookup.record, origin);
  const siteName = toSiteSettings(settingsRows[0], c.env).name;
  // site: saving the settings (a new name) purges the card.
  addCacheTags(c, ...articleViewTags(article), cacheTag.site());
  return c.json({
    version: '1.0',
    type: 'rich',
    title: article.title,
    ...(article.author ? { author_name: article.author.name, author_url: article.author.url } : {}),
    provider_name: siteName,
    provider_url: absoluteUrl(origin, paths.home()),
    cache_age: 3600,
    html: embedHtml(article, siteName),
    width: Math.min(maxWidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH),
    // The card is text: its height depends on the embedding page's fonts (X answers null too).
    height: null,
    ...(article.heroImage && (maxWidth === undefined || maxWidth >= THUMBNAIL.width)
      ? { thumbnail_url: article.heroImage.url, thumbnail_width: THUMBNAIL.width, thumbnail_height: THUMBNAIL.height }
      : {}),
  });
});
