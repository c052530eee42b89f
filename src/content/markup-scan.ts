/**
 * The pre-scan of the HTML in a body (all of an HTML body, the raw HTML of a Markdown one):
 * one forward pass, before marked and js-xss, that refuses tags with too many or too long
 * attributes, over-long tags, elements nested deeper than BODY_LIMITS allow, and HTML with
 * thousands of "<" or ">" in its text.
 */
import { ALLOWED, VOID_ELEMENTS } from './allowlist';
import { BODY_LIMITS, BodyRenderError, formatCount } from './limits';
import { isAsciiLetter, isSpace, scanTag, tagLimitProblem } from './tag-scanner';

const BANG = 33, SLASH = 47, QUESTION = 63;

/** Start tags that close an open element of these names (HTML's optional end tags). */
const CLOSES = new Map<string, string[]>(Object.entries({
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr'], td: ['td', 'th'], th: ['td', 'th'],
  thead: ['thead', 'tbody', 'tfoot'], tbody: ['thead', 'tbody', 'tfoot'], tfoot: ['thead', 'tbody', 'tfoot'],
}));
/** ...but not across these: an <li> in a nested list does not close the outer list's item. */
const SCOPES = new Set(['ul', 'ol', 'dl', 'table', 'blockquote', 'figure', 'li', 'dd', 'dt', 'td', 'th', 'caption']);
/** Elements whose content browsers read as text, so tags inside them are not elements. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/** Allowed elements that take content: the ones whose nesting survives the sanitizer. */
const NESTING = new Set(Object.keys(ALLOWED).filter((name) => !VOID_ELEMENTS.has(name)));
// Every name the scan acts on, mapped to one shared string: the stack and the sets then
// compare names by identity. (Measured: a Map lookup beats comparing in place.)
const CANONICAL = new Map([...NESTING, ...RAW_TEXT].map((name) => [name, name]));
const LONGEST_NAME = Math.max(...[...CANONICAL.keys()].map((name) => name.length));

/** The element name written at text[start, end), or undefined when the scan ignores it. */
function elementName(text: string, start: number, end: number): string | undefined {
  return end - start > LONGEST_NAME ? undefined : CANONICAL.get(text.slice(start, end).toLowerCase());
}

/**
 * The open allowed elements, innermost last. Every walk down the stack stops within the
 * nesting limit (the stack never grows past it without a refusal), so each tag costs O(1).
 */
class OpenElements {
  private readonly stack: string[] = [];

  get depth() { return this.stack.length; }

  /** Closes `name` and everything opened inside it; a stray end tag closes nothing. */
  close(name: string) {
    const at = this.stack.lastIndexOf(name);
    if (at !== -1) this.stack.length = at;
  }

  open(name: string) {
    const closes = CLOSES.get(name);
    if (closes) {
      for (let k = this.stack.length - 1; k >= 0; k--) {
        const element = this.stack[k]!;
        if (closes.includes(element)) { this.stack.length = k; break; }
        if (SCOPES.has(element)) break;
      }
    }
    this.stack.push(name);
  }
}

/** How many `char` are in source[from, to): an indexOf walk, linear. */
function countIn(source: string, char: string, from: number, to: number): number {
  let count = 0;
  for (let at = source.indexOf(char, from); at !== -1 && at < to; at = source.indexOf(char, at + 1)) count++;
  return count;
}

/** Throws BodyRenderError naming the first tag or nesting level beyond BODY_LIMITS. */
export function checkMarkup(source: string, format: 'markdown' | 'html'): void {
  const open = new OpenElements();
  const rawText = new RawTextEnds(source);
  const lastCommentEnd = source.lastIndexOf('-->');
  // "<" and ">" in the text of an HTML body (Markdown escapes its own; they count among its
  // inline marks). The text runs from `textFrom` to the next tag.
  let strays = 0, textFrom = 0;
  const endText = (at: number) => {
    if (format === 'html') strays += countIn(source, '>', textFrom, at);
  };
  let i = source.indexOf('<');
  while (i !== -1) {
    const next = source.charCodeAt(i + 1);
    if (next === BANG && source.startsWith('<!--', i)) {
      // A closed comment is dropped whole by the sanitizer; an unclosed one is scanned on.
      const end = lastCommentEnd >= i + 4 ? source.indexOf('-->', i + 4) : -1;
      if (end !== -1) { endText(i); textFrom = end + 3; }
      i = source.indexOf('<', end === -1 ? i + 1 : end + 3);
      continue;
    }
    const closing = next === SLASH;
    if (!isAsciiLetter(source.charCodeAt(i + (closing ? 2 : 1)))) {
      if (next !== BANG && next !== QUESTION) strays++;
      i = source.indexOf('<', i + 1);
      continue;
    }
    const tag = scanTag(source, i);
    const problem = tagLimitProblem(source, tag, i, i);
    if (problem) throw new BodyRenderError(problem);
    if (!tag.complete && tag.end < source.length) {
      strays++; // cut short by "<": text to js-xss, and not an element
      i = tag.end;
      continue;
    }
    endText(i);
    const name = elementName(source, tag.nameStart, tag.nameEnd);
    let resume = tag.end;
    if (name !== undefined) {
      // In HTML, a closed <script> (or <style>...) holds text, not tags. Markdown is not read
      // this way: code spans can hold a lone "<script>" that marked never treats as a tag.
      if (format === 'html' && tag.complete && !tag.closing && RAW_TEXT.has(name)) resume = rawText.end(tag.end, name) ?? tag.end;
      if (NESTING.has(name)) track(open, name, tag.closing, i);
    }
    textFrom = resume;
    i = source.indexOf('<', resume);
  }
  endText(source.length);
  if (format === 'html' && strays > BODY_LIMITS.strayBrackets) {
    throw new BodyRenderError(`the body has ${formatCount(strays)} "<" or ">" outside tags; at most ${formatCount(BODY_LIMITS.strayBrackets)} (write &lt; and &gt; in text)`);
  }
}

function track(open: OpenElements, name: string, closing: boolean, start: number) {
  if (closing) return open.close(name);
  open.open(name);
  if (open.depth > BODY_LIMITS.nestingDepth) {
    const where = `at character ${formatCount(start + 1)} (<${name}>)`;
    throw new BodyRenderError(`tags nest ${formatCount(open.depth)} deep ${where}; at most ${BODY_LIMITS.nestingDepth}`);
  }
}

/**
 * Finds the `</name` that ends a raw-text element. A failed search is remembered per name:
 * a hundred thousand unclosed <script> tags must not each search to the end of the body.
 */
class RawTextEnds {
  private readonly noneAfter = new Map<string, number>();

  constructor(private readonly source: string) {}

  end(from: number, name: string): number | null {
    if ((this.noneAfter.get(name) ?? Infinity) <= from) return null;
    const source = this.source;
    for (let at = source.indexOf('</', from); at !== -1; at = source.indexOf('</', at + 2)) {
      const after = source.charCodeAt(at + 2 + name.length);
      const ends = Number.isNaN(after) || after === 62 || after === 47 || isSpace(after);
      if (ends && source.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
    }
    this.noneAfter.set(name, from);
    return null;
  }
}
