/**
 * The shapes of markup an article body may have, and the error that names a broken one.
 * Every bound sits far above what newsroom copy needs (embeds, long URLs, big tables) and
 * keeps the render linear in the body's size: bench/sanitizer.ts measures each pathological
 * family against plain text at the largest body the API accepts.
 */

/** A body the renderer refuses; the editor API answers 400 on the `body` field with its message. */
export class BodyRenderError extends Error {
  override name = 'BodyRenderError';
}

export const BODY_LIMITS = {
  /**
   * Attributes on one tag. The busiest real tags (an iframe embed, a social-media blockquote
   * with data-* attributes) carry about 10; thousands on one tag are only an attack.
   */
  attributesPerTag: 32,
  /**
   * Characters in one attribute value. Web servers refuse request lines over ~8 KB (nginx,
   * Apache defaults), so a longer URL would not load anyway; alt text and titles are far shorter.
   */
  attributeValueChars: 8_192,
  /**
   * Characters in one tag, from `<` to `>`: the longest value plus the rest of an embed's
   * attributes. A longer "tag" is text that lost its `>`, or an attack.
   */
  tagChars: 16_384,
  /**
   * Elements inside elements (of those the sanitizer keeps). A table in a list in a quote in
   * a figure is about 10; browsers stop nesting at 512 (Blink), and readers' tools far sooner.
   */
  nestingDepth: 100,
  /**
   * "<" and ">" in the text of an HTML body, outside tags (text should say &lt; and &gt;).
   * Exports from editors have none and hand-written HTML a few ("a < b"); each costs the
   * sanitizer and the plain-text step ten times a letter of prose.
   */
  strayBrackets: 1_000,
  /**
   * Markdown quotes and lists inside each other. marked lexes a nested block once per level,
   * so a line costs its depth; copy rarely goes past 3. Indentation counts a level per 2
   * columns (the least a nested list item takes), so lists indented by 4 may nest 5 deep.
   */
  markdownNesting: 10,
  /**
   * Markdown paragraphs, headings, list items and block quotes in one body. Each costs marked
   * and the sanitizer 2-12 µs, as much as 50-250 characters of prose; a 200,000-character
   * feature has about 1,000, and long lists fit (the 2,977 names of the 9/11 victims).
   */
  markdownBlocks: 5_000,
  /**
   * Markdown inline marks in one body: `[` (links, images), `<` that start no HTML tag
   * (autolinks), bare links (`://`, `www.`, `@`), and runs of backticks, `*` or `_`. A link
   * costs marked and the sanitizer 5-9 µs, 100 characters of prose; a long feature with
   * 1,500 links, 1,000 code spans and 500 bold phrases uses about 7,000.
   */
  markdownInlineMarks: 10_000,
  /**
   * How deep `*` and `_` emphasis may nest in one Markdown paragraph (delimiters that may
   * open minus those that close). marked's emphasis matching is quadratic in nested
   * delimiters: 999 levels in each paragraph took 6 s for 200,000 characters. Prose nests 2.
   */
  emphasisNesting: 64,
} as const;

let count: Intl.NumberFormat | undefined;
/** 250000 -> "250,000": the messages are read by editors. (Made on first use: it costs startup time.) */
export const formatCount = (value: number) => (count ??= new Intl.NumberFormat('en-US')).format(value);
