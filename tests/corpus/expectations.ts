/**
 * What a reader must find on the page for a Markdown body, read from the Markdown source
 * itself (not from the renderer): headings, list items, table cells, pull quotes, link
 * targets and footnote markers, as plain text. The tests compare these with the text of the
 * served HTML, so a renderer or sanitizer that drops or mangles any of them fails.
 */

export interface BodyExpectations {
  /** `##` and `###` headings. */
  headings: { level: 2 | 3; text: string }[];
  listItems: string[];
  /** Header and body cells of GFM tables. */
  tableCells: string[];
  /** Each blockquote, its lines joined. */
  quotes: string[];
  /** Absolute link targets (inline, autolinks, reference definitions), as written. */
  links: string[];
  /** Site-relative link targets ("/tags/transit"). */
  sitePaths: string[];
  /** Literal footnote markers such as "[1]" left in the text. */
  footnotes: string[];
}

const REFERENCE_DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*(\S+)\s*$/;

/** Markdown inline syntax reduced to the text a reader sees. */
export function plainInline(text: string, definitions: ReadonlySet<string> = new Set()): string {
  return text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\((?:[^()\s]+)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^\]]*)\]\[([^\]]*)\]/g, (whole, label: string, ref: string) =>
      definitions.has((ref || label).toLowerCase()) ? label : whole,
    )
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cells of one table row, split on pipes that are not escaped. */
function tableRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

const isTableSeparator = (line: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);

export function expectationsOf(markdown: string): BodyExpectations {
  const lines = markdown.split('\n');
  const definitions = new Map<string, string>();
  for (const line of lines) {
    const def = REFERENCE_DEFINITION.exec(line);
    if (def) definitions.set(def[1]!.toLowerCase(), def[2]!);
  }
  const labels = new Set(definitions.keys());
  const plain = (text: string) => plainInline(text, labels);
  const result: BodyExpectations = { headings: [], listItems: [], tableCells: [], quotes: [], links: [], sitePaths: [], footnotes: [] };

  let inCode = false;
  let quote: string[] = [];
  const flushQuote = () => {
    if (quote.length) result.quotes.push(plain(quote.join(' ')));
    quote = [];
  };
  const prose: string[] = [];

  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    if (/^\s*>/.test(line)) {
      const text = line.replace(/^\s*>\s?/, '');
      if (text.trim()) quote.push(text);
      prose.push(text);
      continue;
    }
    flushQuote();
    if (REFERENCE_DEFINITION.test(line)) continue;
    prose.push(line);
    const heading = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      result.headings.push({ level: heading[1]!.length as 2 | 3, text: plain(heading[2]!) });
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(line);
    if (item && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      result.listItems.push(plain(item[1]!));
      continue;
    }
    if (/^\s*\|/.test(line) && !isTableSeparator(line)) result.tableCells.push(...tableRow(line).map(plain).filter(Boolean));
  }
  flushQuote();

  const text = prose.join('\n');
  for (const m of text.matchAll(/\[[^\]]*\]\(([^()\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]!;
    (target.startsWith('/') ? result.sitePaths : result.links).push(target);
  }
  for (const m of text.matchAll(/<(https?:[^>\s]+)>/g)) result.links.push(m[1]!);
  for (const m of text.matchAll(/\[([^\]]*)\]\[([^\]]*)\]/g)) {
    const url = definitions.get((m[2] || m[1])!.toLowerCase());
    if (url) (url.startsWith('/') ? result.sitePaths : result.links).push(url);
  }
  // "[1]" that is not link syntax stays in the text as a footnote marker.
  for (const m of text.matchAll(/\[(\d{1,2})\](?![(:[])/g)) result.footnotes.push(`[${m[1]}]`);
  result.footnotes = [...new Set(result.footnotes)];
  return result;
}

/** Words of a body, for length checks. */
export const wordCount = (markdown: string) => markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
