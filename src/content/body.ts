/**
 * Article bodies: Markdown (CommonMark + GFM tables) or HTML in, sanitized HTML out.
 * Pure JavaScript (marked + js-xss), so the Worker and the Node scripts (seed, CLI) render
 * bodies with the same code. Sanitizing happens on write; the CSP is the second line.
 */
import { Marked } from 'marked';
import xssDefault, { type IWhiteList } from 'xss';

// js-xss is CommonJS with a reassigned module.exports: only its default import is reliable
// across esbuild (wrangler), Node (scripts) and Vite (tests).
const { FilterXSS, escapeAttrValue } = xssDefault as unknown as typeof import('xss');

export type BodyFormat = 'markdown' | 'html';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

const common = ['id', 'title', 'lang', 'dir'];
/** Every tag an article body may contain, with the attributes it may keep. */
const ALLOWED: IWhiteList = {
  p: common, br: [], hr: [], h2: common, h3: common, h4: common, h5: common, h6: common,
  strong: [], b: [], em: [], i: [], u: [], s: [], del: [], ins: [], mark: [], sub: [], sup: [], small: [],
  abbr: ['title'], cite: [], q: ['cite'], time: ['datetime'],
  ul: common, ol: [...common, 'start', 'reversed'], li: ['value'], dl: [], dt: [], dd: [],
  a: ['href', 'title', 'hreflang'],
  blockquote: ['cite'], figure: common, figcaption: [], img: ['src', 'alt', 'width', 'height', 'title'],
  table: common, caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['scope', 'colspan', 'rowspan', 'align'],
  td: ['colspan', 'rowspan', 'align'], pre: [], code: ['class'], kbd: [], samp: [],
};

/** Drop these elements together with everything inside them. */
const DROP_WITH_CONTENT = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'form', 'textarea', 'select', 'button'];

const LINK_SCHEMES = /^(https?:|mailto:)/i;
const IMAGE_SCHEMES = /^https:/i;

/** Allows a URL only when it parses and uses an allowed scheme; anything odd is dropped. */
function safeUrl(value: string, allowed: RegExp): string | null {
  const trimmed = value.trim();
  if (trimmed.startsWith('#') && /^#[\w-]*$/.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed);
    return allowed.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const sanitizer = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROP_WITH_CONTENT,
  allowCommentTag: false,
  safeAttrValue(tag, name, value) {
    if ((tag === 'a' && name === 'href') || (tag === 'q' && name === 'cite') || (tag === 'blockquote' && name === 'cite')) {
      const url = safeUrl(value, LINK_SCHEMES);
      return url ? escapeAttrValue(url) : '';
    }
    if (tag === 'img' && name === 'src') {
      const url = safeUrl(value, IMAGE_SCHEMES);
      return url ? escapeAttrValue(url) : '';
    }
    if (tag === 'code' && name === 'class') return /^language-[\w+-]+$/.test(value) ? value : '';
    return escapeAttrValue(value);
  },
});

/** Sanitizes editor HTML through the allowlist above. */
export function sanitizeHtml(html: string): string {
  return sanitizer.process(html).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Plain text of sanitized HTML, for search and descriptions. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|h[2-6]|li|blockquote|figcaption|tr|pre)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** Renders an editor's body source into the HTML readers see and its plain text. */
export function renderBody(source: string, format: BodyFormat): { html: string; text: string } {
  const raw = format === 'markdown' ? (markdown.parse(source) as string) : source;
  const html = sanitizeHtml(raw);
  return { html, text: htmlToText(html) };
}
