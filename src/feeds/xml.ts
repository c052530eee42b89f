/**
 * The small XML toolkit the feeds and sitemaps need: text escaping and CDATA that stay
 * well-formed whatever an editor typed (control characters, a literal "]]>").
 */

// Characters XML 1.0 forbids outright, plus unpaired surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML element or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Wraps text in CDATA; a "]]>" inside is split across two sections so it cannot end it. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(FORBIDDEN, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** `<name>escaped text</name>`, or nothing when there is no value. */
export function element(name: string, text: string | null | undefined, attributes = ''): string {
  if (text == null || text === '') return '';
  return `<${name}${attributes}>${xmlEscape(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
