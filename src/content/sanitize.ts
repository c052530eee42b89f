/**
 * The allowlist sanitizer: js-xss delimits tags, strips what is not allowed and drops the
 * bodies of scripts and embeds; the attributes of allowed tags are read by our own scanner
 * (one pass) and rebuilt from the allowlist, so what a browser sees is our serialization.
 */
import xssDefault from 'xss';
import { ALLOWED, CODE_LANGUAGE_CLASS, DROP_WITH_CONTENT, isUrlAttribute, safeUrl } from './allowlist';
import { BodyRenderError } from './limits';
import { scanTag, tagLimitProblem } from './tag-scanner';

// js-xss is CommonJS with a reassigned module.exports: only its default import is reliable
// across esbuild (wrangler), Node (scripts) and Vite (tests).
const { FilterXSS, escapeAttrValue } = xssDefault as unknown as typeof import('xss');

/** One allowed attribute as it will be written, or null to drop it. */
function renderAttribute(tag: string, name: string, value: string): string | null {
  if (isUrlAttribute(tag, name)) {
    const url = safeUrl(tag, name, value);
    return url ? `${name}="${escapeAttrValue(url)}"` : null;
  }
  const trimmed = value.trim();
  if (tag === 'code' && name === 'class') return CODE_LANGUAGE_CLASS.test(trimmed) ? `class="${trimmed}"` : null;
  return trimmed ? `${name}="${escapeAttrValue(trimmed)}"` : name; // bare names are boolean attributes
}

// Every link opens without handing the article to the page it opens (`rel` is not in the
// allowlist, so it is never doubled).
const LINK_REL = 'rel="noopener noreferrer"';

/**
 * Rebuilds an allowed start tag from its allowed attributes; the first of a repeated
 * attribute wins, as in browsers. Markdown makes tags the pre-scan never saw (a link to a
 * 200,000-character URL), so the tag limits are checked here as well.
 */
function renderAllowedTag(tag: string, html: string): string {
  if (html.length === tag.length + 2) return tag === 'a' ? `<a ${LINK_REL}>` : `<${tag}>`; // "<p>": nothing to read
  const allowed = ALLOWED[tag] ?? [];
  const kept = new Map<string, string | null>(tag === 'a' ? [['rel', LINK_REL]] : []);
  const scanned = scanTag(html, 0, (rawName, value) => {
    const name = rawName.toLowerCase();
    if (allowed.includes(name) && !kept.has(name)) kept.set(name, renderAttribute(tag, name, value));
  });
  const problem = tagLimitProblem(html, scanned, 0);
  if (problem) throw new BodyRenderError(problem);
  const attributes = [...kept.values()].filter((attr) => attr !== null);
  return `<${tag}${attributes.length ? ` ${attributes.join(' ')}` : ''}${scanned.selfClosing ? ' /' : ''}>`;
}

let sanitizer: InstanceType<typeof FilterXSS> | undefined;
// Built on the first body, not when the module loads (Worker startup time), like the Markdown parser.
const filter = () => (sanitizer ??= new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROP_WITH_CONTENT,
  allowCommentTag: false,
  // js-xss escapes the text between every two tags with two regex replaces; most of that
  // text has nothing to escape, and a table of 30,000 cells has 60,000 such runs.
  escapeHtml: (text) => (text.includes('<') || text.includes('>') ? text.replace(/</g, '&lt;').replace(/>/g, '&gt;') : text),
  onTag(tag, html, info) {
    // The page's headline is its only <h1>: an <h1> in a body becomes an <h2>.
    if (tag === 'h1') return info.isClosing ? '</h2>' : renderAllowedTag('h2', html);
    if (info.isWhite && !info.isClosing) return renderAllowedTag(tag, html);
    return undefined; // closing tags and tags off the allowlist: js-xss's defaults
  },
}));

// A "<" that cannot start a tag for a browser (not a letter, "/"+letter, "!" or "?" after it)
// is text. js-xss would read `a < b and c > d` as a tag and delete it, and spends a string
// copy on every "<" of a long run; escaping these first keeps the text and the time linear.
const STRAY_LESS_THAN = /<(?![a-zA-Z!?]|\/[a-zA-Z])/g;

/**
 * Sanitizes editor HTML through the allowlist. An <h1> becomes an <h2>, and every link gets
 * rel="noopener noreferrer". Throws BodyRenderError for a tag beyond BODY_LIMITS.
 */
export function sanitizeHtml(html: string): string {
  return filter().process(html.replace(STRAY_LESS_THAN, '&lt;')).trim();
}
