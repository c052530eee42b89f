/** What an article body may keep: elements, their attributes, and the URLs they may point to. */

const common = ['id', 'title', 'lang', 'dir'];
/** Every tag an article body may contain, with the attributes it may keep. */
export const ALLOWED: Record<string, string[]> = {
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
export const DROP_WITH_CONTENT = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'form', 'textarea', 'select', 'button'];

/** Allowed elements that never have content, so never nest. */
export const VOID_ELEMENTS = new Set(['br', 'hr', 'img']);

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

export const isUrlAttribute = (tag: string, name: string) => URL_ATTRIBUTES[tag]?.some((r) => r.attr === name) ?? false;

/**
 * The URL an attribute may keep, or null: it must parse and use an allowed scheme; anything
 * odd is dropped. URL.parse, not `new URL` in a try: a thrown error costs ~10 µs, and a body
 * of 28,000 bad links would spend most of its render in exceptions.
 */
export function safeUrl(tag: string, name: string, value: string): string | null {
  const rule = URL_ATTRIBUTES[tag]?.find((r) => r.attr === name);
  const trimmed = value.trim();
  if (!rule || trimmed === '') return null;
  if (/^#[\w-]+$/.test(trimmed)) return trimmed;
  if (rule.paths && SITE_PATH.test(trimmed)) return trimmed;
  const url = URL.parse(trimmed);
  return url && rule.schemes.test(url.protocol) ? url.href : null;
}

/** `class` on <code> names a highlighting language and nothing else. */
export const CODE_LANGUAGE_CLASS = /^language-[\w+-]+$/;
