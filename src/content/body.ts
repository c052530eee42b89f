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

const LINK_SCHEMES = /^(https?:|mailto:)$/i;
const IMAGE_SCHEMES = /^https:$/i;
// A same-site path: "/" then no second slash (protocol-relative), no entities, no backslashes.
const SITE_PATH = /^\/(?![/\\])[^\s&\\"'<>]*$/;
const URL_ATTRIBUTES: Record<string, { attr: string; schemes: RegExp; paths: boolean }[]> = {
  a: [{ attr: 'href', schemes: LINK_SCHEMES, paths: true }],
  q: [{ attr: 'cite', schemes: LINK_SCHEMES, paths: false }],
  blockquote: [{ attr: 'cite', schemes: LINK_SCHEMES, paths: false }],
  img: [{ attr: 'src', schemes: IMAGE_SCHEMES, paths: false }],
};

/** Allows a URL only when it parses and uses an allowed scheme; anything odd is dropped. */
function safeUrl(value: string, schemes: RegExp, paths: boolean): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^#[\w-]+$/.test(trimmed)) return trimmed;
  if (paths && SITE_PATH.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed);
    return schemes.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const sanitizer = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROP_WITH_CONTENT,
  allowCommentTag: false,
  // URL attributes are decided here so that an unsafe or empty one disappears entirely
  // (returning "" drops the attribute; js-xss would otherwise keep a bare `href`).
  onTagAttr(tag, name, value) {
    const rule = URL_ATTRIBUTES[tag]?.find((r) => r.attr === name);
    if (!rule) return undefined;
    const url = safeUrl(value, rule.schemes, rule.paths);
    return url ? `${name}="${escapeAttrValue(url)}"` : '';
  },
  safeAttrValue(tag, name, value) {
    if (tag === 'code' && name === 'class') return /^language-[\w+-]+$/.test(value) ? value : '';
    return escapeAttrValue(value);
  },
});

/**
 * Sanitizes editor HTML through the allowlist above. An <h1> becomes an <h2> (the page's
 * headline is the only <h1>), and every link gets rel="noopener noreferrer".
 */
export function sanitizeHtml(html: string): string {
  const demoted = html.replace(/<(\/?)h1(?=[\s>/])/gi, '<$1h2');
  // After sanitizing, "<a" can only start a real tag (text and attribute values are escaped),
  // and `rel` is not in the allowlist, so it is never doubled.
  return sanitizer
    .process(demoted)
    .replace(/<a(?=[\s>])/g, '<a rel="noopener noreferrer"')
    .trim();
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

/** A body the renderer refuses: pathological nesting or emphasis no article needs. */
export class BodyRenderError extends Error {
  override name = 'BodyRenderError';
}

// marked recurses once per nested blockquote, and its emphasis matching is quadratic in
// the delimiters of one paragraph: bounds no real article reaches keep both cheap.
const MAX_QUOTE_DEPTH = 32;
const MAX_EMPHASIS_DELIMITERS_PER_BLOCK = 2_000;

function assertRenderableMarkdown(source: string) {
  for (const line of source.split('\n')) {
    if ((/^[\s>]*/.exec(line)?.[0].match(/>/g)?.length ?? 0) > MAX_QUOTE_DEPTH) {
      throw new BodyRenderError(`Block quotes may nest at most ${MAX_QUOTE_DEPTH} levels deep`);
    }
  }
  for (const block of source.split(/\n\s*\n/)) {
    if ((block.match(/[*_]/g)?.length ?? 0) > MAX_EMPHASIS_DELIMITERS_PER_BLOCK) {
      throw new BodyRenderError(`A paragraph may contain at most ${MAX_EMPHASIS_DELIMITERS_PER_BLOCK} * or _ characters`);
    }
  }
}

/**
 * Renders an editor's body source into the HTML readers see and its plain text. Throws
 * BodyRenderError for a body it will not render (the API answers 400, never 500).
 */
export function renderBody(source: string, format: BodyFormat): { html: string; text: string } {
  if (format === 'markdown') assertRenderableMarkdown(source);
  let raw: string;
  try {
    raw = format === 'markdown' ? (markdown.parse(source) as string) : source;
  } catch (error) {
    if (error instanceof RangeError) throw new BodyRenderError('The body is nested too deeply to render');
    throw error;
  }
  const html = sanitizeHtml(raw);
  return { html, text: htmlToText(html) };
}
