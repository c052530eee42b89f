/**
 * Full and lite editions share every page component; the lite edition is the same HTML
 * with a lighter shell, internal links kept inside /lite, and media removed (simorgh's
 * approach). The edition is chosen once, from the URL.
 */
import type { Edition } from './layout';
import { plainLinkHtml } from '../content/embeds';

export const LITE_PREFIX = '/lite';

/** Pages that have a lite twin: the front page and these path prefixes. */
const LITE_PAGES = ['/articles/', '/sections/', '/tags/', '/authors/'];

export function editionOf(path: string): Edition {
  return path === LITE_PREFIX || path.startsWith(`${LITE_PREFIX}/`) ? 'lite' : 'full';
}

/** True when `path` (no query) is a reader page with a lite twin. */
export function hasLiteTwin(path: string): boolean {
  return path === '/' || path === '/search' || LITE_PAGES.some((prefix) => path.startsWith(prefix));
}

/** "/articles/x?y" -> "/lite/articles/x?y", "/" -> "/lite"; other links stay as they are. */
export function toLiteHref(href: string): string {
  const [path = '', rest = ''] = href.split(/(?=[?#])/, 2);
  if (!hasLiteTwin(path)) return href;
  return `${LITE_PREFIX}${path === '/' ? '' : path}${rest}`;
}

/** "/lite/articles/x" -> "/articles/x", "/lite" -> "/". */
export function toFullPath(litePath: string): string {
  return litePath.slice(LITE_PREFIX.length) || '/';
}

/**
 * What the lite edition drops, to stay text-only and under 10 KB a page: anything that
 * downloads media or runs scripts, except the breaking-news banner's (746 bytes, one tiny
 * JSON request: a breaking story must reach lite readers too, docs/alerts.md); list summaries and the times in front-page section
 * blocks (headlines stay); and metadata for crawlers and social cards, which read the
 * full page that every lite page names as canonical.
 */
const LITE_OMITS = [
  'img, picture, video, audio, iframe, object, embed, svg, figure:not([data-lite-link])',
  '.list .summary, .block .list time',
  'script:not([data-alert-script]), meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"]',
].join(', ');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A library image (views/picture) becomes its alt text, linked to its 1280 px JPEG: lite
 * readers download no image unless they ask for that one.
 */
function imageAsLink(el: Element) {
  // HTMLRewriter hands attribute values over as written (entities kept): escape only what is not.
  const reescape = (value: string | null) => escapeHtml((value ?? '').replace(/&(quot|lt|gt|#39|amp);/g, (_m, e: string) => ({ quot: '"', lt: '<', gt: '>', '#39': "'", amp: '&' })[e]!));
  const href = reescape(el.getAttribute('data-lite-link'));
  const alt = reescape(el.getAttribute('data-lite-alt'));
  el.replace(`<p class="image-link"><a href="${href}">${alt || href}</a></p>`, { html: true });
}

/**
 * Rewrites a page for the lite edition: links in <main> stay in /lite (the lite shell
 * writes its own links), and the extras above are dropped.
 */
export async function toLiteHtml(html: string): Promise<string> {
  const keepInLite = {
    element(el: Element) {
      for (const attr of ['href', 'action']) {
        const value = el.getAttribute(attr);
        if (value?.startsWith('/') && !value.startsWith('//')) el.setAttribute(attr, toLiteHref(value));
      }
    },
  };
  const rewritten = new HTMLRewriter()
    .on('main a[href], main form[action]', keepInLite)
    .on(LITE_OMITS, { element: (el) => void el.remove() })
    .on('figure[data-lite-link]', { element: imageAsLink })
    // An embed card (content/embeds) becomes its plain link: nothing to load, nothing to run.
    .on('div.embed[data-url]', { element: (el) => void el.replace(plainLinkHtml(el.getAttribute('data-url')!), { html: true }) })
    .transform(new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
  return rewritten.text();
}
