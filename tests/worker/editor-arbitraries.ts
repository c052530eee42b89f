/**
 * fast-check arbitraries for what a newsroom sends the editor API. Each field comes with the
 * verdict the API owes it: `valid` must be accepted, `invalid` must be refused naming the
 * field, `either` (free junk, sanitizer territory) may go both ways but never 5xx.
 */
import fc from 'fast-check';
import { tags as seedTags } from '../../seed/content';

export type Verdict = 'valid' | 'invalid' | 'either';
export interface Labelled<T> { value: T; verdict: Verdict }

const labelled = <T>(arbitrary: fc.Arbitrary<T>, verdict: Verdict | ((value: T) => Verdict)) =>
  arbitrary.map((value): Labelled<T> => ({ value, verdict: typeof verdict === 'function' ? verdict(value) : verdict }));

/** Text that has broken news sites: scripts, marks, joiners, bidi controls, markup and entities. */
const TRICKY = [
  'Zażółć gęślą jaźń', 'Łódź', 'Київ і Львів', 'Ёлка', '東京で地震', '北京市', '서울', 'مرحبا بالعالم', 'שלום עולם', 'ग्रामीण', 'ไทย',
  '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇵🇱', '👍🏽', 'e\u0301', 'a\u0308\u0323', 'Z̷a̷l̷g̷o̷', '"quoted"', "it's", '„cytat”', '«guillemets»', '`code`',
  '<script>alert(1)</script>', '</h1><img src=x onerror=alert(1)>', '&', '&amp;', '&lt;b&gt;', '&#0;', '<!--', ']]>', '\\', '${x}', '{{x}}',
  '\u200B', '\u200D', '\u202E', '\u00A0', '\u2028', '\u3000', '\uFEFF', '\u0000', '\u0007', '\t', '\n', ' ', '  ',
];

/** Unpaired UTF-16 surrogates: JSON carries them, UTF-8 (D1, every page) cannot. */
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];
export const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Text in any script, usually short, sometimes with an unpaired surrogate, sometimes near `max`. */
export function text(max: number) {
  return fc.oneof(
    { weight: 10, arbitrary: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.tuple(fc.array(piece, { maxLength: 3 }), fc.constantFrom(...LONE_SURROGATES)).map(([parts, lone]) => parts.join('') + lone) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: max - 3, maxLength: max + 3 }) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00A0\u3000\n\t', '\u2028\uFEFF') },
  );
}

/** The documented rules of a trimmed, bounded text field, plus: ill-formed Unicode is refused. */
const textVerdict = (min: number, max: number) => (value: string): Verdict =>
  value.trim().length >= min && value.trim().length <= max && !hasLoneSurrogate(value) ? 'valid' : 'invalid';

export const titleArb = labelled(text(300), textVerdict(1, 300));
export const dekArb = labelled(text(1000), textVerdict(0, 1000));

const KNOWN_TAGS = seedTags.map((tag) => tag.slug);
const unknownTag = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/).map((slug) => `no-such-${slug}`);
const malformedTag = fc.constantFrom('Budget', 'city council', 'transit-', '-x', 'a--b', 'łódź', '', 'x'.repeat(121));

/** Up to a few tags: known slugs are accepted unless repeated; unknown or malformed ones refused. */
export const tagsArb = fc.oneof(
  labelled(fc.uniqueArray(fc.constantFrom(...KNOWN_TAGS), { maxLength: 4 }), 'valid'),
  labelled(fc.array(fc.constantFrom(...KNOWN_TAGS), { minLength: 2, maxLength: 4 }), (list) => (new Set(list).size === list.length ? 'valid' : 'invalid')),
  labelled(fc.tuple(fc.uniqueArray(fc.constantFrom(...KNOWN_TAGS), { maxLength: 2 }), fc.oneof(unknownTag, malformedTag)).map(([known, bad]) => [...known, bad]), 'invalid'),
);

const subtag = (pattern: RegExp) => fc.stringMatching(pattern);
/** language[-Script][-REGION][-u-key-type], in any letter case: what Intl must accept. */
const builtTag = fc
  .tuple(subtag(/^[a-z]{2,3}$/), fc.option(subtag(/^[A-Z][a-z]{3}$/)), fc.option(fc.oneof(subtag(/^[A-Z]{2}$/), subtag(/^[0-9]{3}$/))), fc.option(fc.constantFrom('u-ca-islamic', 'u-nu-thai', 'u-hc-h23', 'x-newsroom')))
  .chain((parts) => fc.mixedCase(fc.constant(parts.filter((part) => part !== null).join('-'))));

const WELL_KNOWN = ['en', 'pl', 'uk', 'pt-BR', 'zh-Hant-TW', 'sr-Latn-RS', 'en-US-u-ca-islamic', 'zz-ZZ', 'qaa', 'und', 'ar-u-nu-arab', 'pl-x-newsroom', ' de-AT '];
const NEAR_MISSES = ['pl-12', 'pl-abc', 'en_US', 'en-', '-en', 'x-private', 'i-klingon', 'sgn-BE-FR', 'Polish', 'e', '', 'pl\u0000', 'en-GB\uD800'];

export const languageArb = fc.oneof(
  labelled(fc.constantFrom(...WELL_KNOWN), 'valid'),
  labelled(builtTag, 'valid'),
  labelled(fc.constantFrom(...NEAR_MISSES), 'invalid'),
  labelled(fc.stringMatching(/^[A-Za-z0-9_-]{0,16}$/), 'either'),
);

const words = fc.oneof(fc.lorem({ maxCount: 6 }), fc.constantFrom(...TRICKY));
const url = fc.constantFrom('https://harbor.example/news', 'http://example.com/a?b=1&c=2', '/articles/elsewhere', 'mailto:desk@news.example', 'javascript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example', '');
const imageUrl = fc.constantFrom('https://img.example/a.png', 'http://img.example/mixed.jpg', 'javascript:alert(1)', 'https://img.example/a.svg');
const RAW_HTML = [
  '<div onclick="x()">box</div>', '<script>alert(1)</script>', '<iframe src="https://evil.example"></iframe>', '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>', '<svg><script>1</script></svg>', '<style>body{display:none}</style>', '<h1>big</h1>', '<b><i>unclosed',
  '<details open ontoggle=alert(1)>', '<!-- comment', '<![CDATA[x]]>', '&#0;', '&#xD800;', '&nbsp;', '<table><tr><td>1</td></tr></table>',
  '<form action="/x"><input name=q></form>', '<p lang="pl" dir="rtl" title="t">p</p>', '<pre><code class="language-ts">let a = 1</code></pre>',
];

/** One Markdown or HTML block: the structures stories use, raw HTML and plain junk. */
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), words).map(([level, title]) => `${'#'.repeat(level)} ${title}`),
  fc.array(words, { minLength: 1, maxLength: 5 }).chain((items) => fc.constantFrom('- ', '1. ', '* ').map((mark) => items.map((item) => mark + item).join('\n'))),
  fc.array(fc.tuple(words, words), { minLength: 1, maxLength: 4 }).map((rows) => ['| A | B |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n')),
  fc.tuple(words, url).map(([label, href]) => `[${label}](${href})`),
  fc.tuple(words, imageUrl).map(([alt, src]) => `![${alt}](${src})`),
  fc.tuple(words, url).map(([label, href]) => `<p>${label} <a href="${href}">link</a></p>`),
  fc.tuple(words, imageUrl).map(([alt, src]) => `<figure><img src="${src}" alt="${alt}"><figcaption>${alt}</figcaption></figure>`),
  fc.array(words, { minLength: 1, maxLength: 3 }).map((items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`),
  words.map((quote) => `> ${quote}`),
  words.map((code) => `\`\`\`js\n${code}\n\`\`\``),
  fc.constantFrom(...RAW_HTML),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A body of a few blocks in either format; the sanitizer may refuse it (400 on `body`), never 5xx. */
export const bodyArb = fc.record({
  body: fc.array(block, { maxLength: 10 }).chain((blocks) => fc.constantFrom('\n\n', '\n', '').map((gap) => blocks.join(gap))),
  bodyFormat: fc.constantFrom('markdown' as const, 'html' as const),
});
