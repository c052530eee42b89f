/**
 * Article bodies: Markdown (CommonMark + GFM tables) or HTML in, sanitized HTML out.
 * Pure JavaScript (marked + js-xss), so the Worker and the Node scripts (seed, CLI) render
 * bodies with the same code. Sanitizing happens on write; the CSP is the second line.
 *
 * The pipeline is linear in the body's size: a pre-scan refuses what the later steps would
 * spend superlinear time on (BODY_LIMITS), then marked, then the sanitizer, then plain text.
 */
import { Marked } from 'marked';
import { BodyRenderError } from './limits';
import { checkMarkdownShape } from './markdown-scan';
import { checkMarkup } from './markup-scan';
import { sanitizeHtml } from './sanitize';
import { withEmbedCards } from './embeds';
import { extractInlineImages, type InlineMediaLookup } from './inline-images';

export { BODY_LIMITS, BodyRenderError } from './limits';
export { sanitizeHtml } from './sanitize';

export type BodyFormat = 'markdown' | 'html';

let markdownParser: Marked | undefined;
// Configured on the first Markdown body, not when the module loads: HTML bodies never need it.
const markdown = () => (markdownParser ??= new Marked({ gfm: true, breaks: false, async: false }));

/** Plain text of sanitized HTML, for search and descriptions. */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<\/(p|h[2-6]|li|blockquote|figcaption|tr|pre)>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      // One replace per entity, "&amp;" last so "&amp;lt;" stays "&lt;": a replace with a
      // callback per match costs ten times more on a body that is mostly entities.
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/[ \t]{2,}|\t/g, ' ') // not `[ \t]+`: rewriting every single space costs more than the rest
      .replace(/\n\s*\n+/g, '\n')
      .trim()
  );
}

/**
 * Refuses, in one linear pass each, bodies beyond BODY_LIMITS: tags (for both formats, since
 * Markdown may hold raw HTML), then the block shapes of Markdown.
 */
export function prescanBody(source: string, format: BodyFormat): void {
  checkMarkup(source, format);
  if (format === 'markdown') checkMarkdownShape(source);
}

/**
 * Renders an editor's body source into the HTML readers see and its plain text. Throws
 * BodyRenderError for a body it will not render (the API answers 400, never 500).
 */
export function renderBody(source: string, format: BodyFormat, media?: InlineMediaLookup): { html: string; text: string } {
  prescanBody(source, format);
  let raw: string;
  try {
    raw = format === 'markdown' ? (markdown().parse(source) as string) : source;
  } catch (error) {
    // Belt and braces: the pre-scan bounds nesting, but a stack overflow must stay a 400.
    if (error instanceof RangeError) throw new BodyRenderError('the body is nested too deeply to render');
    throw error;
  }
  // Library images (`media:<id>`) become figures after sanitizing: content/inline-images.
  const inline = extractInlineImages(raw, media);
  const html = inline.restore(sanitizeHtml(inline.html));
  // Embed cards after the sanitizer too (content/embeds); the text is the body's own, without them.
  return { html: withEmbedCards(html), text: htmlToText(html) };
}
