/**
 * Article bodies of an exact size, built from the markup that makes HTML sanitizers and
 * Markdown parsers slow, plus plain prose and a realistic feature to compare them with.
 * Pure (no Node APIs): bench/sanitizer.ts measures them, tests/worker/body-limits.test.ts
 * checks what the renderer does with each.
 */
import { BODY_LIMITS, type BodyFormat } from '../src/content/body';

/** The editor API's largest body. */
export { MAX_BODY_CHARS } from '../src/schemas/article';

export interface BodyFamily {
  name: string;
  formats: BodyFormat[];
  build: (chars: number) => string;
}

/** `prefix`, then `unit` repeated, then "x" padding and `suffix`: exactly `chars` long. */
export function repeatTo(chars: number, unit: string, prefix = '', suffix = ''): string {
  const room = chars - prefix.length - suffix.length;
  const body = unit.repeat(Math.max(0, Math.floor(room / unit.length)));
  return (prefix + body).padEnd(chars - suffix.length, 'x') + suffix;
}

const SENTENCE = 'The harbour council approved the tram extension after a long night of questions from residents. ';
/** Prose in paragraphs of about 600 characters: what most of an article is. */
export const plainText = (chars: number) => repeatTo(chars, SENTENCE.repeat(6).trimEnd() + '\n\n');

const REALISTIC_MARKDOWN =
  '## What changes for riders\n\nThe **Harbor Line** opens on [Monday](https://transit.example/news/2026/11/harbor-line?utm_source=courier&ref=feature), ' +
  'with trams every _six minutes_ and `battery` packs charged at both ends.\n\n> "It is the biggest change since 1978," said Zofia Łukasiewicz.\n\n' +
  '- Stops: Quay, Market, Łódź Street\n- Fares unchanged: 3,20 zł\n  - Night service 🚋 from May\n\n| Stop | Minutes |\n| --- | ---: |\n| Quay | 0 |\n| Market | 4 |\n\n' +
  'Київ і Львів мають схожі плани. ![A tram at the quay](https://img.example/tram.jpg "Battery tram")\n\n';
const REALISTIC_HTML =
  '<h2>What changes for riders</h2><p>The <strong>Harbor Line</strong> opens on <a href="https://transit.example/news/2026/11/harbor-line?utm_source=courier&amp;ref=feature" title="Timetable">Monday</a>, ' +
  'with trams every <em>six minutes</em>.</p><blockquote cite="https://transit.example/q"><p>“The biggest change since 1978,” said Zofia Łukasiewicz.</p></blockquote>' +
  '<figure><img src="https://img.example/tram.jpg" alt="A tram" width="1200" height="800"><figcaption>Київ і Львів 🚋</figcaption></figure>' +
  '<iframe src="https://video.example/embed/123" width="560" height="315" allowfullscreen></iframe>' +
  '<table><caption>Stops</caption><thead><tr><th scope="col">Stop</th><th scope="col">Minutes</th></tr></thead><tbody><tr><td>Quay</td><td>0</td></tr></tbody></table>\n';

const both: BodyFormat[] = ['markdown', 'html'];
const md: BodyFormat[] = ['markdown'];
const html: BodyFormat[] = ['html'];
const { attributesPerTag, attributeValueChars, tagChars, nestingDepth, strayBrackets, markdownNesting, markdownBlocks, markdownInlineMarks, emphasisNesting } = BODY_LIMITS;

const attrs = (count: number) => Array.from({ length: count }, (_, i) => ` data-a${i}="x"`).join('');
/** `open` tags nested as deep as `chars` allows, then their end tags. */
function nested(chars: number, open: string[], text = 'deep'): string {
  const opens = open.map((t) => `<${t}>`).join('');
  const closes = [...open].reverse().map((t) => `</${t}>`).join('');
  const depth = Math.floor((chars - text.length) / (opens.length + closes.length));
  return (opens.repeat(depth) + text + closes.repeat(depth)).padEnd(chars, 'x');
}
/** A paragraph of `depth` nested `*a ... a*` pairs. */
const nestedEmphasis = (depth: number) => `${'*a '.repeat(depth)}b${' a*'.repeat(depth)}\n\n`;
/** Lists nested `depth` deep, indented two columns a level. */
const nestedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('') + '\n';

/**
 * As many `unit`s as a count limit allows (each counting `perUnit`), then prose up to
 * `chars`: the costliest body of that shape the renderer accepts. The prose's own
 * paragraphs (one per ~600 characters) are left room for.
 */
function asManyAsAllowed(chars: number, unit: string, perUnit: number, limit: number, proseCounts = true): string {
  const room = limit - (proseCounts ? Math.ceil(chars / 500) : 0);
  const units = unit.repeat(Math.min(Math.floor(room / perUnit), Math.floor(chars / unit.length)));
  return units + '\n\n' + plainText(chars - units.length - 2);
}

/** Every family the bench measures; the tests check each one at the maximum size. */
export const BODY_FAMILIES: BodyFamily[] = [
  { name: 'plain text', formats: both, build: plainText },
  { name: 'realistic feature', formats: md, build: (n) => repeatTo(n, REALISTIC_MARKDOWN) },
  { name: 'realistic feature', formats: html, build: (n) => repeatTo(n, REALISTIC_HTML) },
  { name: 'data table', formats: html, build: (n) => repeatTo(n, `<tr>${'<td>12,5</td>'.repeat(8)}</tr>\n`, '<table>', '</table>') },
  { name: 'data table', formats: md, build: (n) => repeatTo(n, `|${' 12,5 |'.repeat(10)}\n`, `|${' col |'.repeat(10)}\n|${' --- |'.repeat(10)}\n`) },
  // Attributes
  { name: 'attributes: thousands on one tag', formats: both, build: (n) => repeatTo(n, ' a="x"', '<p', '>text</p>') },
  { name: 'attributes: bare names on one tag', formats: both, build: (n) => repeatTo(n, ' a', '<p', '>') },
  { name: 'attributes: spaces between two', formats: both, build: (n) => repeatTo(n, ' ', '<p a', 'b>') },
  { name: 'attributes: huge value', formats: both, build: (n) => repeatTo(n, 'a', '<a href="https://example.com/', '">link</a>') },
  { name: 'attributes: unterminated quote', formats: both, build: (n) => repeatTo(n, 'a b ', '<p title="') },
  { name: 'attributes: as many as allowed, every tag', formats: both, build: (n) => repeatTo(n, `<p${attrs(attributesPerTag)}>text</p>\n`) },
  { name: 'attributes: longest values allowed', formats: both, build: (n) => repeatTo(n, `<a href="https://example.com/${'a'.repeat(attributeValueChars - 20)}" title="t">link</a>\n`) },
  { name: 'attributes: longest tags allowed, spaces', formats: both, build: (n) => repeatTo(n, `<p a${' '.repeat(tagChars - 10)}b>\n`) },
  // Tags
  { name: 'tags: huge tag name', formats: both, build: (n) => repeatTo(n, 'a', '<p', '>') },
  { name: 'tags: nested inline <b><i>', formats: both, build: (n) => nested(n, ['b', 'i']) },
  { name: 'tags: nested <div>', formats: both, build: (n) => nested(n, ['div']) },
  { name: 'tags: nested as deep as allowed', formats: both, build: (n) => repeatTo(n, nested(nestingDepth * 7 + 4, ['b']) + '\n') },
  { name: 'tags: unclosed <b>', formats: both, build: (n) => repeatTo(n, '<b>x') },
  { name: 'tags: unclosed <p> paragraphs', formats: both, build: (n) => repeatTo(n, '<p>' + SENTENCE) },
  { name: 'tags: unclosed <script>', formats: both, build: (n) => repeatTo(n, '<script>x') },
  { name: 'tags: <script> bodies', formats: both, build: (n) => repeatTo(n, '<script>if (a<b) x()</script>') },
  { name: 'tags: open without >', formats: both, build: (n) => repeatTo(n, '<p ') },
  { name: 'tags: comment openers', formats: both, build: (n) => repeatTo(n, '<!--') },
  // Runs of "<" and other text
  { name: 'text: run of <', formats: both, build: (n) => repeatTo(n, '<') },
  { name: 'text: <<<<a', formats: both, build: (n) => repeatTo(n, '<<<<a') },
  { name: 'text: run of </', formats: both, build: (n) => repeatTo(n, '</') },
  { name: 'text: run of >', formats: both, build: (n) => repeatTo(n, '>') },
  { name: 'text: stray < as many as allowed', formats: html, build: (n) => asManyAsAllowed(n, 'a < b ', 1, strayBrackets, false) },
  { name: 'text: entities', formats: both, build: (n) => repeatTo(n, '&amp;&#x1F600;&#128512;&lt;&nbsp;&bogus;&#') },
  // Markdown inline syntax (measured as HTML too, where it is plain text)
  { name: 'markdown: run of [', formats: both, build: (n) => repeatTo(n, '[') },
  { name: 'markdown: run of *', formats: both, build: (n) => repeatTo(n, '*') },
  { name: 'markdown: run of _', formats: both, build: (n) => repeatTo(n, '_') },
  { name: 'markdown: run of `', formats: both, build: (n) => repeatTo(n, '`') },
  { name: 'markdown: run of ![', formats: md, build: (n) => repeatTo(n, '![') },
  { name: 'markdown: run of \\', formats: md, build: (n) => repeatTo(n, '\\') },
  { name: 'markdown: run of ~', formats: md, build: (n) => repeatTo(n, '~') },
  { name: 'markdown: run of ](', formats: md, build: (n) => repeatTo(n, '](') },
  { name: 'markdown: [a]( unclosed links', formats: both, build: (n) => repeatTo(n, '[a](') },
  { name: 'markdown: *a pairs', formats: md, build: (n) => repeatTo(n, '*a ') },
  { name: 'markdown: `a code spans', formats: md, build: (n) => repeatTo(n, '`a ') },
  { name: 'markdown: links to bad URLs', formats: md, build: (n) => repeatTo(n, '[a](b) ') },
  { name: 'markdown: <http autolinks', formats: md, build: (n) => repeatTo(n, '<http://a> ') },
  { name: 'markdown: bare www. URLs', formats: md, build: (n) => repeatTo(n, 'www.a.b ') },
  { name: 'markdown: bare http:// URLs', formats: md, build: (n) => repeatTo(n, 'http://a.b ') },
  { name: 'markdown: bare e-mail addresses', formats: md, build: (n) => repeatTo(n, 'a@b.c ') },
  { name: 'markdown: links, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, '[a](b) ', 1, markdownInlineMarks, false) },
  { name: 'markdown: autolinks, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, '<http://a> ', 2, markdownInlineMarks, false) },
  { name: 'markdown: images, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, '![a](https://i.example/a.png) ', 2, markdownInlineMarks, false) },
  { name: 'markdown: code spans, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, '`a` ', 2, markdownInlineMarks, false) },
  { name: 'markdown: nested emphasis, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, nestedEmphasis(emphasisNesting), 2 * emphasisNesting, markdownInlineMarks, false) },
  { name: 'markdown: flat emphasis, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, '**a** _b_ ', 4, markdownInlineMarks, false) },
  { name: 'markdown: nested emphasis', formats: md, build: (n) => nestedEmphasis(Math.floor(n / 6) - 1).padEnd(n, 'x') },
  // Markdown blocks
  { name: 'markdown: run of >', formats: md, build: (n) => repeatTo(n, '>') },
  { name: 'markdown: run of #', formats: md, build: (n) => repeatTo(n, '#') },
  { name: 'markdown: one-letter paragraphs', formats: md, build: (n) => repeatTo(n, 'a\n\n') },
  { name: 'markdown: one-letter headings', formats: md, build: (n) => repeatTo(n, '# a\n') },
  { name: 'markdown: one-letter quotes', formats: md, build: (n) => repeatTo(n, '> a\n\n') },
  { name: 'markdown: one-letter list items', formats: md, build: (n) => repeatTo(n, '+ a\n') },
  { name: 'markdown: list markers on one line', formats: md, build: (n) => repeatTo(n, '+ ') },
  { name: 'markdown: lists nested by indentation', formats: md, build: (n) => nestedListAsDeepAsFits(n) },
  { name: 'markdown: link definitions', formats: md, build: (n) => repeatTo(n, '[a]: https://example.com/a\n') },
  { name: 'markdown: wide table', formats: md, build: (n) => repeatTo(n, '|a', '', '\n' + '|-'.repeat(10) + '\n') },
  { name: 'markdown: paragraphs, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, 'a\n\n', 1, markdownBlocks) },
  { name: 'markdown: headings, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, '# a\n', 1, markdownBlocks) },
  { name: 'markdown: list items, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, '+ a\n', 1, markdownBlocks) },
  { name: 'markdown: quotes nested as deep as allowed', formats: md, build: (n) => asManyAsAllowed(n, '>'.repeat(markdownNesting) + ' quote\n\n', markdownNesting, markdownBlocks) },
  { name: 'markdown: lists nested as deep as allowed', formats: md, build: (n) => asManyAsAllowed(n, nestedList(markdownNesting), markdownNesting, markdownBlocks) },
  { name: 'markdown: list markers, as many as allowed', formats: md, build: (n) => asManyAsAllowed(n, '+ '.repeat(markdownNesting) + 'a\n', markdownNesting, markdownBlocks) },
];

/** `- item` lists nested as deep as the size allows (each level indents two more spaces). */
function nestedListAsDeepAsFits(chars: number): string {
  let out = '';
  for (let depth = 0; ; depth++) {
    const line = `${'  '.repeat(depth)}- item ${depth}\n`;
    if (out.length + line.length > chars) return out.padEnd(chars, 'x');
    out += line;
  }
}
