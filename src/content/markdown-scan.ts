/**
 * The pre-scan of a Markdown body's block structure: one pass over its lines, before marked,
 * refusing the shapes marked renders in superlinear time or at many times the cost of prose:
 * quotes, lists and emphasis nested deep, and bodies made of tens of thousands of tiny
 * blocks or inline marks.
 */
import { BODY_LIMITS, BodyRenderError, formatCount } from './limits';
import { countInlineMarks, EmphasisDepth } from './markdown-inline';

const SPACE = 32, TAB = 9, QUOTE = 62, BACKTICK = 96, TILDE = 126, HASH = 35;
const isBlank = (code: number) => code === SPACE || code === TAB || code === 13;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Length of the list marker (`-`, `+`, `*`, `12.`, `3)`) at `i`, or 0. */
function listMarker(line: string, i: number): number {
  const c = line.charCodeAt(i);
  let end = i;
  if (c === 45 || c === 43 || c === 42) end = i + 1;
  else {
    while (isDigit(line.charCodeAt(end)) && end - i < 9) end++;
    const after = line.charCodeAt(end);
    if (end === i || (after !== 46 && after !== 41)) return 0;
    end++;
  }
  const next = line.charCodeAt(end);
  return Number.isNaN(next) || isBlank(next) ? end - i : 0;
}

/**
 * The containers a line opens or continues: its `>` and list markers, and an upper bound of
 * its depth. Every list level a line continues from earlier lines needs at least 2 more
 * columns of indentation, so quotes + markers + (indentation before the last marker) / 2
 * never understates. Lines without a list marker count only their quotes: an indented code
 * sample is not depth, and such a line opens no list.
 */
function lineShape(line: string): { depth: number; quotes: number; markers: number; contentAt: number } {
  let i = 0, quotes = 0, markers = 0, pending = 0, indent = 0;
  for (;;) {
    const c = line.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      pending += c === TAB ? 4 : 1;
      i++;
      continue;
    }
    if (c === QUOTE) {
      quotes++;
      i += line.charCodeAt(i + 1) === SPACE ? 2 : 1; // the space after ">" belongs to the marker
      continue;
    }
    const marker = listMarker(line, i);
    if (!marker) break;
    markers++;
    indent += pending;
    pending = 0;
    i += marker + (line.charCodeAt(i + marker) === SPACE ? 1 : 0); // so does one space after a list marker
  }
  return { depth: quotes + markers + (markers ? Math.floor(indent / 2) : 0), quotes, markers, contentAt: i };
}

/** The closing or opening fence at `i`: its character and length, or null. */
function fenceAt(line: string, i: number): { char: number; length: number } | null {
  const char = line.charCodeAt(i);
  if (char !== BACKTICK && char !== TILDE) return null;
  let end = i;
  while (line.charCodeAt(end) === char) end++;
  return end - i >= 3 ? { char, length: end - i } : null;
}

/** An ATX heading: 1 to 6 `#`, then a space or the end of the line. */
function isHeading(line: string, at: number): boolean {
  let end = at;
  while (line.charCodeAt(end) === HASH && end - at < 7) end++;
  const after = line.charCodeAt(end);
  return end > at && end - at <= 6 && (Number.isNaN(after) || isBlank(after));
}

/** Throws BodyRenderError for a Markdown shape beyond BODY_LIMITS. */
export function checkMarkdownShape(source: string): void {
  const limits = BODY_LIMITS;
  let blocks = 0, marks = 0, quotesAbove = 0, paragraphLine = 1, lineNumber = 0, afterBlank = true;
  let fence: { char: number; length: number } | null = null;
  let emphasis = new EmphasisDepth();
  const endParagraph = () => {
    if (emphasis.deepest > limits.emphasisNesting) {
      const where = `in the paragraph at line ${formatCount(paragraphLine)}`;
      throw new BodyRenderError(`* and _ emphasis nests ${formatCount(emphasis.deepest)} deep ${where}; at most ${limits.emphasisNesting}`);
    }
    emphasis = new EmphasisDepth();
  };
  for (let start = 0; start <= source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const line = source.slice(start, end);
    start = end + 1;
    lineNumber++;
    if (fence) {
      // Only a fence at the top level is skipped: it ends at its closing fence and nowhere else.
      const trimmed = line.trimStart();
      const close = line.length - trimmed.length <= 3 ? fenceAt(trimmed, 0) : null;
      if (close && close.char === fence.char && close.length >= fence.length && trimmed.slice(close.length).trim() === '') fence = null;
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      paragraphLine = lineNumber + 1;
      quotesAbove = 0;
      afterBlank = true;
      continue;
    }
    const shape = lineShape(line);
    if (shape.depth > limits.markdownNesting) {
      throw new BodyRenderError(`quotes and lists nest ${formatCount(shape.depth)} deep on line ${formatCount(lineNumber)}; at most ${limits.markdownNesting}`);
    }
    // Each block costs marked a tokenizer pass, and each list item or quote a nested lexer:
    // count the containers this line opens (quotes beyond those of the line above continue
    // it), or one for a paragraph or a heading it starts.
    const opened = shape.markers + Math.max(0, shape.quotes - quotesAbove);
    blocks += Math.max(opened, afterBlank || isHeading(line, shape.contentAt) ? 1 : 0);
    quotesAbove = shape.quotes;
    afterBlank = false;
    const opening = shape.contentAt === 0 ? fenceAt(line, 0) : null; // no container around it
    if (opening && !(opening.char === BACKTICK && line.indexOf('`', opening.length) !== -1)) {
      endParagraph();
      fence = opening;
      continue;
    }
    marks += countInlineMarks(line, shape.contentAt, emphasis);
  }
  endParagraph();
  if (blocks > limits.markdownBlocks) {
    throw new BodyRenderError(`the body has ${formatCount(blocks)} paragraphs, headings, list items and quotes; at most ${formatCount(limits.markdownBlocks)}`);
  }
  if (marks > limits.markdownInlineMarks) {
    throw new BodyRenderError(`the body has ${formatCount(marks)} links, tags, code spans and emphasis marks; at most ${formatCount(limits.markdownInlineMarks)}`);
  }
}
