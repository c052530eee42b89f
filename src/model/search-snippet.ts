/**
 * Search snippets come from SQLite's snippet() with two marker characters around each
 * hit. The text is untrusted (it is article text), so it is escaped first and only then
 * are the markers turned into <mark> elements: nothing else can become markup.
 */

/** Marker characters for snippet(); control characters that never appear in visible text. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped HTML of a raw snippet with its hits wrapped in balanced <mark> elements. */
export function highlightSnippet(raw: string): string {
  let html = '';
  let open = false;
  for (const ch of raw) {
    if (ch === SNIPPET_OPEN) {
      if (!open) html += '<mark>';
      open = true;
    } else if (ch === SNIPPET_CLOSE) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += ESCAPES[ch] ?? ch;
    }
  }
  return open ? `${html}</mark>` : html;
}
