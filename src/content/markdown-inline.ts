/**
 * What the Markdown pre-scan counts inside a line: the inline marks marked and the sanitizer
 * pay most for, and how deep `*` and `_` emphasis could nest, read with CommonMark's
 * flanking rules in one pass.
 */
import { isAsciiLetter } from './tag-scanner';

const STAR = 42, UNDERSCORE = 95, BACKTICK = 96, LESS_THAN = 60, GREATER = 62, BRACKET = 91;
const AT = 64, COLON = 58, SLASH = 47, HYPHEN = 45, W = 119;

const isDigit = (code: number) => code >= 48 && code <= 57;
// NaN (before the start or past the end of a line) is the line break: white space.
const isWhite = (code: number) => Number.isNaN(code) || code === 32 || (code >= 9 && code <= 13);
const isPunctuation = (code: number) => (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);

/** Emphasis that may be open in the paragraph being read, per delimiter character. */
export class EmphasisDepth {
  private star = 0;
  private underscore = 0;
  deepest = 0;

  /**
   * Takes a run of `length` delimiters. A run that can only close lowers the depth of its own
   * character; one that may open raises it, also when it could close instead: counting it
   * as an opener can only overstate the depth, never hide nesting from the limit.
   */
  run(char: number, length: number, opens: boolean, closes: boolean) {
    const change = opens ? length : closes ? -length : 0;
    if (char === STAR) this.star = Math.max(0, this.star + change);
    else this.underscore = Math.max(0, this.underscore + change);
    this.deepest = Math.max(this.deepest, this.star, this.underscore);
  }
}

/** Where an HTML tag name at `i` ends, if a tag starts there ("<b>", "</em "), else -1. */
function tagNameEnd(line: string, i: number): number {
  if (!isAsciiLetter(line.charCodeAt(i))) return -1;
  let end = i + 1;
  while (isAsciiLetter(line.charCodeAt(end)) || isDigit(line.charCodeAt(end)) || line.charCodeAt(end) === HYPHEN) end++;
  const after = line.charCodeAt(end);
  return isWhite(after) || after === GREATER || after === SLASH ? end : -1;
}

/**
 * Counts a line's inline marks from `from` on, feeding its emphasis runs to `emphasis`.
 * Marks: `[` (links, images), a `<` that starts no HTML tag (autolinks, text), GFM's bare
 * links (`://`, `www.`, `@`), and each run of backticks or of `*` or `_` that can open or
 * close. HTML tags are not counted: they cost about what prose does.
 */
export function countInlineMarks(line: string, from: number, emphasis: EmphasisDepth): number {
  let marks = 0;
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === STAR || c === UNDERSCORE) {
      let end = i + 1;
      while (line.charCodeAt(end) === c) end++;
      const before = line.charCodeAt(i - 1);
      const after = line.charCodeAt(end);
      const left = !isWhite(after) && (!isPunctuation(after) || isWhite(before) || isPunctuation(before));
      const right = !isWhite(before) && (!isPunctuation(before) || isWhite(after) || isPunctuation(after));
      // An "_" inside a word (snake_case, a URL's New_York) can neither open nor close.
      const opens = c === STAR ? left : left && (!right || isPunctuation(before));
      const closes = c === STAR ? right : right && (!left || isPunctuation(after));
      if (opens || closes) marks++;
      emphasis.run(c, end - i, opens, closes);
      i = end - 1;
    } else if (c === BACKTICK) {
      if (line.charCodeAt(i - 1) !== BACKTICK) marks++;
    } else if (c === BRACKET || c === AT) {
      marks++;
    } else if (c === LESS_THAN) {
      const end = tagNameEnd(line, line.charCodeAt(i + 1) === SLASH ? i + 2 : i + 1);
      if (end === -1) marks++;
      else i = end - 1; // a tag's name is read once
    } else if ((c === COLON && line.startsWith('//', i + 1)) || (c === W && line.startsWith('www.', i))) {
      marks++;
    }
  }
  return marks;
}
