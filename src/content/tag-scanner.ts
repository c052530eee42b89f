/**
 * Reads one HTML tag in a single forward pass, the way js-xss delimits tags: a quote opens a
 * value only after `=`, a `>` outside quotes ends the tag, a `<` outside quotes interrupts it
 * (js-xss then treats what came before as text), and an unclosed tag runs to the end. The
 * pre-scan uses it to measure every tag; the sanitizer uses it to read attributes in linear
 * time (js-xss's own attribute parser re-scans the whole tag at every space: quadratic).
 */
import { BODY_LIMITS, formatCount } from './limits';

export interface ScannedTag {
  /** Where the name is in the text (not sliced out: most callers only compare it). */
  nameStart: number;
  nameEnd: number;
  closing: boolean;
  /** Ended with `/>`. */
  selfClosing: boolean;
  /** Ended with `>` (not interrupted by `<` or the end of the text). */
  complete: boolean;
  /** Index just after the tag. */
  end: number;
  attributes: number;
  longestValue: number;
}

const LT = 60, GT = 62, SLASH = 47, EQUALS = 61, DOUBLE = 34, SINGLE = 39;

/** What String.prototype.trim and js-xss treat as white space. */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 ||
    code === 8239 || code === 8287 || code === 12288 || code === 65279;
}

export const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Scans the tag whose `<` is at `start`, calling `onAttribute` with each attribute's raw
 * name and value (quotes removed; '' when it has none). Every character is read once.
 */
export function scanTag(text: string, start: number, onAttribute?: (name: string, value: string) => void): ScannedTag {
  const n = text.length;
  const closing = text.charCodeAt(start + 1) === SLASH;
  let i = start + (closing ? 2 : 1);
  const nameStart = i;
  while (i < n && !endsName(text.charCodeAt(i))) i++;
  const tag: ScannedTag = { nameStart, nameEnd: i, closing, selfClosing: false, complete: false, end: n, attributes: 0, longestValue: 0 };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (c === GT) {
      tag.complete = true;
      tag.end = i + 1;
      return tag;
    }
    if (c === LT) {
      tag.end = i;
      return tag;
    }
    if (c === SLASH) { tag.selfClosing = true; i++; continue; }
    tag.selfClosing = false;
    tag.attributes++;
    const attrStart = i++; // the first character belongs to the name even when it is "="
    while (i < n && !endsName(text.charCodeAt(i)) && text.charCodeAt(i) !== EQUALS) i++;
    const attrEnd = i;
    let j = i;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== EQUALS) {
      onAttribute?.(text.slice(attrStart, attrEnd), '');
      continue; // the spaces are skipped again above: at most twice, still linear
    }
    j++;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    const quote = text.charCodeAt(j);
    let valueStart: number, valueEnd: number;
    if (quote === DOUBLE || quote === SINGLE) {
      const close = text.indexOf(quote === DOUBLE ? '"' : "'", j + 1);
      valueStart = j + 1;
      valueEnd = close === -1 ? n : close; // an unclosed quote runs to the end, as in js-xss
      i = close === -1 ? n : close + 1;
    } else {
      valueStart = j;
      while (j < n && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== GT && text.charCodeAt(j) !== LT) j++;
      valueEnd = i = j;
    }
    tag.longestValue = Math.max(tag.longestValue, valueEnd - valueStart);
    onAttribute?.(text.slice(attrStart, attrEnd), text.slice(valueStart, valueEnd));
  }
  return tag;
}

function endsName(code: number): boolean {
  return isSpace(code) || code === GT || code === SLASH || code === LT;
}

/**
 * The first limit a scanned tag breaks, as a message for the editor, or null. `position`
 * places it when it is an index into the editor's own source.
 */
export function tagLimitProblem(text: string, tag: ScannedTag, start: number, position?: number): string | null {
  const { attributeValueChars, attributesPerTag, tagChars } = BODY_LIMITS;
  const length = tag.end - start;
  if (tag.longestValue <= attributeValueChars && tag.attributes <= attributesPerTag && length <= tagChars) return null;
  const where = position === undefined ? '' : ` at character ${formatCount(position + 1)}`;
  const name = text.slice(tag.nameStart, Math.min(tag.nameEnd, tag.nameStart + 21)).toLowerCase();
  const label = /^[a-z][a-z0-9-]{0,19}$/.test(name) ? `a <${name}> tag` : 'a tag';
  if (tag.longestValue > attributeValueChars) {
    return `an attribute value${where} is ${formatCount(tag.longestValue)} characters; at most ${formatCount(attributeValueChars)}`;
  }
  if (tag.attributes > attributesPerTag) {
    return `${label}${where} has ${formatCount(tag.attributes)} attributes; at most ${attributesPerTag} are allowed`;
  }
  return `${label}${where} is ${formatCount(length)} characters long; at most ${formatCount(tagChars)}`;
}
