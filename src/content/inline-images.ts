/**
 * Library images inside bodies: `![alt](media:<id> "caption")` in Markdown, or
 * `<img src="media:<id>" alt="..." title="...">` in HTML. Rendered on write into the same
 * responsive <figure> as the lead image (views/picture), AFTER the sanitizer: the sanitizer
 * never admits <picture>, <source> or srcset, so the only responsive markup a body can hold
 * is the one this module writes from the library's own row (an editor cannot point a
 * srcset at another host). Between marked and the sanitizer each reference is a text marker
 * with a per-render random nonce, which nothing an editor types can forge.
 */
import { COLUMN_SIZES, figureHtml, type MediaImage } from '../views/picture';
import { BodyRenderError } from './limits';
import { isAsciiLetter, scanTag } from './tag-scanner';

/** A library image as bodies need it (a row of the media table fits). */
export interface InlineMedia extends MediaImage { caption: string; credit: string }
export type InlineMediaLookup = ReadonlyMap<string, InlineMedia>;

/** More would not fit one D1 lookup (100 bound parameters) and no story needs it. */
export const MAX_INLINE_IMAGES = 50;

const REFERENCE = /media:([0-9a-f]{32})/g;

/** Library ids a body source mentions (at most MAX_INLINE_IMAGES), for one lookup before rendering. */
export function mediaIdsReferenced(source: string): string[] {
  if (!source.includes('media:')) return [];
  const ids = [...new Set(Array.from(source.matchAll(REFERENCE), (m) => m[1]!))];
  if (ids.length > MAX_INLINE_IMAGES) throw new BodyRenderError(`at most ${MAX_INLINE_IMAGES} library images in one body (found ${ids.length})`);
  return ids;
}

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface Placeholder { id: string; alt: string | null; caption: string | null }

/**
 * Calls `replace` with each real `<img>` tag of `html` (as the sanitizer delimits tags, via
 * scanTag), never with text inside another tag's attribute value or inside a closed comment.
 * One forward pass: every tag is scanned once, the text between tags is only searched.
 */
function replaceImgTags(html: string, replace: (tag: string) => string): string {
  let out = '';
  let copiedTo = 0;
  // Searching for "-->" only when one follows keeps a body of unclosed "<!--" linear.
  const lastCommentEnd = html.lastIndexOf('-->');
  let i = html.indexOf('<');
  while (i !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = lastCommentEnd >= i + 4 ? html.indexOf('-->', i + 4) : -1;
      i = end === -1 ? html.indexOf('<', i + 1) : html.indexOf('<', end + 3);
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47; // "/"
    if (!isAsciiLetter(html.charCodeAt(i + (closing ? 2 : 1)))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const tag = scanTag(html, i);
    if (tag.complete && !closing && html.slice(tag.nameStart, tag.nameEnd).toLowerCase() === 'img') {
      out += html.slice(copiedTo, i) + replace(html.slice(i, tag.end));
      copiedTo = tag.end;
    }
    i = html.indexOf('<', Math.max(tag.end, i + 1));
  }
  return copiedTo === 0 ? html : out + html.slice(copiedTo);
}

/**
 * Swaps every `<img src="media:<id>">` tag of the rendered source for a marker and remembers
 * what it said; `restore` turns the markers of the sanitized HTML into figures. Only real
 * tags are swapped, so a marker (and later a figure) only ever stands where text can.
 * Unknown ids and images without alt text (neither in the body nor in the library) are refused.
 */
export function extractInlineImages(html: string, lookup: InlineMediaLookup | undefined) {
  if (!html.includes('media:')) return { html, restore: (sanitized: string) => sanitized };
  const nonce = crypto.randomUUID().replace(/-/g, '');
  const found: Placeholder[] = [];
  const marked = replaceImgTags(html, (tag) => {
    const attrs = new Map<string, string>();
    scanTag(tag, 0, (name, value) => void (attrs.has(name.toLowerCase()) || attrs.set(name.toLowerCase(), value)));
    const match = /^media:([0-9a-f]{32})$/.exec(attrs.get('src')?.trim() ?? '');
    if (!match) return tag;
    found.push({ id: match[1]!, alt: attrs.has('alt') ? decode(attrs.get('alt')!).trim() : null, caption: attrs.has('title') ? decode(attrs.get('title')!).trim() : null });
    return `media-${nonce}-${found.length - 1}-end`;
  });
  const figures = found.map((ref) => {
    const image = lookup?.get(ref.id);
    if (!image) throw new BodyRenderError(`no image media:${ref.id} in the media library`);
    const alt = ref.alt || image.alt;
    if (!alt) throw new BodyRenderError(`image media:${ref.id} needs alt text: ![what it shows](media:${ref.id})`);
    return figureHtml({ ...image, alt }, { crop: 'original', sizes: COLUMN_SIZES, caption: ref.caption ?? image.caption, credit: image.credit });
  });
  return {
    html: marked,
    restore: (sanitized: string) => (figures.length === 0 ? sanitized : placeFigures(sanitized, nonce, figures)),
  };
}

/**
 * Puts the figures in place of the markers of the sanitized HTML, in text only: a marker
 * alone in a paragraph replaces the paragraph. The sanitizer strips comments before it
 * reads tags, which can move text into an attribute value; a marker found inside a tag is
 * therefore dropped, never expanded (figure markup in an attribute would break out of it).
 * The sanitizer's output escapes "<" in text and in values, so every "<" here opens a tag.
 */
function placeFigures(sanitized: string, nonce: string, figures: string[]): string {
  const inText = new RegExp(`media-${nonce}-(\\d+)-end`, 'g');
  const alone = new RegExp(`^media-${nonce}-(\\d+)-end$`);
  const figure = (_m: string, index: string) => figures[Number(index)] ?? '';
  let out = '';
  let textFrom = 0;
  let i = sanitized.indexOf('<');
  while (i !== -1) {
    const text = sanitized.slice(textFrom, i);
    const only = alone.exec(text);
    if (only && out.endsWith('<p>') && sanitized.startsWith('</p>', i)) {
      out = out.slice(0, -3) + figure('', only[1]!);
      textFrom = i + 4;
      i = sanitized.indexOf('<', textFrom);
      continue;
    }
    const end = scanTag(sanitized, i).end;
    out += text.replace(inText, figure) + sanitized.slice(i, end).replace(inText, '');
    textFrom = Math.max(end, i + 1);
    i = sanitized.indexOf('<', textFrom);
  }
  return out + sanitized.slice(textFrom).replace(inText, figure);
}
