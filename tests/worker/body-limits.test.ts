/**
 * Body limits (issue #10). Every pathological family of bench/sanitizer-bodies.ts, at the
 * largest size the API accepts, renders safely or is refused by the pre-scan naming the
 * limit it breaks; bodies exactly at a limit render; the editor API answers 400 on `body`;
 * real copy still renders. Timings belong to bench/sanitizer.ts, not here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_FAMILIES, MAX_BODY_CHARS } from '../../bench/sanitizer-bodies';
import { BODY_LIMITS, BodyRenderError, prescanBody, renderBody, type BodyFormat } from '../../src/content/body';
import { api, tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';

const N = '[\\d,]+';
/** Every reason a refusal may give; each names the limit and its value. */
const REASONS = [
  `a (<[a-z0-9-]+> )?tag at character ${N} has ${N} attributes; at most 32 are allowed`,
  `an attribute value( at character ${N})? is ${N} characters; at most 8,192`,
  `a (<[a-z0-9-]+> )?tag at character ${N} is ${N} characters long; at most 16,384`,
  `tags nest 101 deep at character ${N} \\(<[a-z0-9]+>\\); at most 100`,
  `the body has ${N} "<" or ">" outside tags; at most 1,000 \\(write &lt; and &gt; in text\\)`,
  `quotes and lists nest ${N} deep on line ${N}; at most 10`,
  `the body has ${N} paragraphs, headings, list items and quotes; at most 5,000`,
  `the body has ${N} links, tags, code spans and emphasis marks; at most 10,000`,
  `\\* and _ emphasis nests ${N} deep in the paragraph at line ${N}; at most 64`,
].map((reason) => new RegExp(`^${reason}$`));

/** The refusals the issue names, word for word. */
const EXPECTED: Record<string, string> = {
  'attributes: thousands on one tag': 'a <p> tag at character 1 has 33,332 attributes; at most 32 are allowed',
  'attributes: huge value': 'an attribute value at character 1 is 199,981 characters; at most 8,192',
  'tags: huge tag name': 'a tag at character 1 is 200,000 characters long; at most 16,384',
  'tags: nested inline <b><i>': 'tags nest 101 deep at character 301 (<b>); at most 100',
  'text: run of < (html)': 'the body has 200,000 "<" or ">" outside tags; at most 1,000 (write &lt; and &gt; in text)',
  'text: run of < (markdown)': 'the body has 200,000 links, tags, code spans and emphasis marks; at most 10,000',
  'markdown: run of > (markdown)': 'quotes and lists nest 200,000 deep on line 1; at most 10',
  'markdown: one-letter paragraphs (markdown)': 'the body has 66,667 paragraphs, headings, list items and quotes; at most 5,000',
  'markdown: nested emphasis (markdown)': '* and _ emphasis nests 33,332 deep in the paragraph at line 1; at most 64',
};

/** What a browser would run: a script element, an event handler, a javascript: URL. */
function dangers(html: string): string[] {
  const found = /<\s*script/i.test(html) ? ['script element'] : [];
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    const outsideValues = tag.replace(/"[^"]*"/g, '""');
    if (/[\s/](on[a-z]+|style)\s*=/i.test(outsideValues) || /javascript:/i.test(tag)) found.push(tag.slice(0, 80));
  }
  return found;
}

/** How deep `name` elements nest in sanitized HTML. */
function depthOf(html: string, name: string): number {
  let depth = 0, deepest = 0;
  for (const [, closing] of html.matchAll(new RegExp(`<(/?)${name}[\\s>]`, 'g'))) deepest = Math.max(deepest, (depth += closing ? -1 : 1));
  return deepest;
}

const cases = BODY_FAMILIES.flatMap((family) => family.formats.map((format) => ({ family, format, label: `${family.name} (${format})` })));

describe('every pathological body at the maximum size', () => {
  it.each(cases)('$label renders safely or is refused naming its limit', ({ family, format, label }) => {
    const source = family.build(MAX_BODY_CHARS);
    expect(source).toHaveLength(MAX_BODY_CHARS);
    let html: string;
    try {
      html = renderBody(source, format).html;
    } catch (error) {
      expect(error).toBeInstanceOf(BodyRenderError);
      const reason = (error as Error).message;
      expect(REASONS.some((pattern) => pattern.test(reason)), reason).toBe(true);
      expect(reason).toBe(EXPECTED[label] ?? EXPECTED[family.name] ?? reason);
      // Refused before marked and js-xss run: the pre-scan alone gives the same reason.
      expect(() => prescanBody(source, format)).toThrow(reason);
      // A body at a limit, or real copy, must never be refused.
      expect(family.name).not.toMatch(/allowed|realistic|plain text|data table/);
      return;
    }
    expect(EXPECTED[label] ?? EXPECTED[family.name], `${label} rendered`).toBeUndefined();
    expect(dangers(html)).toEqual([]);
  });

  it('keeps the deepest nesting it accepts, and no deeper', () => {
    const tags = BODY_FAMILIES.find((f) => f.name === 'tags: nested as deep as allowed')!.build(MAX_BODY_CHARS);
    expect(depthOf(renderBody(tags, 'html').html, 'b')).toBe(BODY_LIMITS.nestingDepth);
    const emphasis = BODY_FAMILIES.find((f) => f.name === 'markdown: nested emphasis, as many as allowed')!.build(MAX_BODY_CHARS);
    expect(depthOf(renderBody(emphasis, 'markdown').html, 'em')).toBe(BODY_LIMITS.emphasisNesting);
  });
});

const attributes = (count: number) => Array.from({ length: count }, (_, i) => ` data-n${i}="x"`).join('');
const refusal = (source: string, format: BodyFormat) => {
  try {
    renderBody(source, format);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('exactly at each limit', () => {
  it.each(['html', 'markdown'] as const)('attributes, values, tag length and nesting (%s)', (format) => {
    expect(renderBody(`<p${attributes(32)}>x</p>`, format).html).toBe('<p>x</p>');
    expect(refusal(`<p${attributes(33)}>x</p>`, format)).toBe('a <p> tag at character 1 has 33 attributes; at most 32 are allowed');
    const url = (length: number) => `https://example.com/${'a'.repeat(length - 20)}`;
    expect(renderBody(`<a href="${url(8_192)}">x</a>`, format).html).toContain(`href="${url(8_192)}"`);
    expect(refusal(`<a href="${url(8_193)}">x</a>`, format)).toBe('an attribute value at character 1 is 8,193 characters; at most 8,192');
    const tag = (length: number) => `<p title="${'t'.repeat(8_000)}" id="${'i'.repeat(8_000)}" lang="${'l'.repeat(length - 16_026)}">`;
    expect(refusal(tag(16_384), format)).toBeNull();
    expect(refusal(tag(16_385), format)).toBe('a <p> tag at character 1 is 16,385 characters long; at most 16,384');
    expect(refusal('<i>'.repeat(100) + 'x', format)).toBeNull();
    expect(refusal('<i>'.repeat(101) + 'x', format)).toBe('tags nest 101 deep at character 301 (<i>); at most 100');
    // Optional end tags close their element, as in browsers: 500 unclosed paragraphs nest 1 deep.
    expect(refusal('<p>Paragraph.'.repeat(500), format)).toBeNull();
  });

  it('stray "<" and ">" in HTML text', () => {
    expect(renderBody('a < b > c '.repeat(500), 'html').html).toContain('a &lt; b &gt; c');
    expect(refusal('a < b > c '.repeat(500) + '<', 'html')).toBe('the body has 1,001 "<" or ">" outside tags; at most 1,000 (write &lt; and &gt; in text)');
  });

  it('Markdown nesting: quotes, lists by 2 and by 4 columns, markers on one line', () => {
    const list = (depth: number, step: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(step * i)}- level ${i + 1}`).join('\n');
    expect(refusal(`${'>'.repeat(10)} quote`, 'markdown')).toBeNull();
    expect(refusal(`${'>'.repeat(11)} quote`, 'markdown')).toBe('quotes and lists nest 11 deep on line 1; at most 10');
    expect(depthOf(renderBody(list(10, 2), 'markdown').html, 'ul')).toBe(10);
    expect(refusal(list(11, 2), 'markdown')).toBe('quotes and lists nest 11 deep on line 11; at most 10');
    expect(depthOf(renderBody(list(5, 4), 'markdown').html, 'ul')).toBe(5);
    expect(refusal(list(6, 4), 'markdown')).toBe('quotes and lists nest 11 deep on line 6; at most 10');
    expect(refusal(`${'- '.repeat(10)}item`, 'markdown')).toBeNull();
  });

  it('Markdown blocks, inline marks and emphasis', () => {
    expect(refusal('a\n\n'.repeat(5_000), 'markdown')).toBeNull();
    expect(refusal('a\n\n'.repeat(5_001), 'markdown')).toBe('the body has 5,001 paragraphs, headings, list items and quotes; at most 5,000');
    expect(renderBody('[a](https://e.example/) '.repeat(5_000), 'markdown').html.match(/<a /g)).toHaveLength(5_000);
    expect(refusal('[a](b) '.repeat(10_001), 'markdown')).toBe('the body has 10,001 links, tags, code spans and emphasis marks; at most 10,000');
    const nested = (depth: number) => `${'*a '.repeat(depth)}b${' a*'.repeat(depth)}`;
    expect(depthOf(renderBody(nested(64), 'markdown').html, 'em')).toBe(64);
    expect(refusal(nested(65), 'markdown')).toBe('* and _ emphasis nests 65 deep in the paragraph at line 1; at most 64');
    // Flat emphasis is cheap, however much of it: a table or a list of bold labels is fine.
    expect(refusal('**Label** _note_ '.repeat(2_000), 'markdown')).toBeNull();
  });

  it('a Markdown link to an over-long URL is refused where marked turns it into a tag', () => {
    const body = `[a](https://example.com/${'a'.repeat(9_000)})`;
    expect(() => prescanBody(body, 'markdown')).not.toThrow();
    expect(refusal(body, 'markdown')).toBe('an attribute value is 9,020 characters; at most 8,192');
  });
});

const REAL_COPY = `## Wyniki głosowania w Nowej Przystani 🗳️

Rada miasta przyjęła budżet. Київ і Львів мають схожі плани; 👩‍👩‍👧‍👦 families welcome it.
Read the [full minutes](https://council.harborview.example/meetings/2026-10-14/minutes?${'q=1&'.repeat(700)}utm_source=courier).

| Dzielnica | Głosy | Udział |
|---|---:|---:|
| Stare Miasto | 12 345 | 45,6% |
| **Razem** | **27 070** | **100%** |

<iframe src="https://video.example/embed/123" width="560" height="315" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen title="Debate"></iframe>

> „Nikt nie chciał cięć” — said the mayor.
`;

describe('real copy still renders', () => {
  it('keeps tables, long URLs, Polish, Ukrainian and emoji, and drops the embed', () => {
    const { html, text } = renderBody(REAL_COPY, 'markdown');
    expect(html).toContain('<h2>Wyniki głosowania w Nowej Przystani 🗳️</h2>');
    expect(html).toContain('<td align="right"><strong>27 070</strong></td>');
    expect(html).toMatch(/<a rel="noopener noreferrer" href="https:\/\/council\.harborview\.example\/meetings\/2026-10-14\/minutes\?(q=1&amp;){700}utm_source=courier">/);
    expect(html).not.toMatch(/iframe|allowfullscreen/);
    expect(text).toContain('Київ і Львів мають схожі плани; 👩‍👩‍👧‍👦 families welcome it.');
    expect(text).toContain('„Nikt nie chciał cięć” — said the mayor.');
  });
});

describe('through the editor API', () => {
  let editor: string;
  beforeAll(async () => {
    await seedSampleNewsroom();
    editor = (await tokenFor('editor')).secret;
  });
  const create = (body: string, bodyFormat: BodyFormat) => api('/articles', { token: editor, json: { title: 'Limits', body, bodyFormat, section: 'world' } });
  const bodyErrors = async (res: Response) => {
    expect(res.status).toBe(400);
    const { error } = await res.json<{ error: { code: string; message: string; details: { fields: Record<string, string[]> } } }>();
    expect(error.code).toBe('validation_error');
    return error.details.fields.body;
  };

  it('answers 400 naming the reason in details.fields.body', async () => {
    expect(await bodyErrors(await create(`<p${attributes(3_000)}>x</p>`, 'html'))).toEqual(['a <p> tag at character 1 has 3,000 attributes; at most 32 are allowed']);
    const items = BODY_FAMILIES.find((f) => f.name === 'markdown: one-letter list items')!.build(MAX_BODY_CHARS);
    expect(await bodyErrors(await create(items, 'markdown'))).toEqual(['the body has 50,000 paragraphs, headings, list items and quotes; at most 5,000']);
    expect(await bodyErrors(await create(`${'>'.repeat(5_000)} x`, 'markdown'))).toEqual(['quotes and lists nest 5,000 deep on line 1; at most 10']);
  });

  it('accepts bodies at the limits and real copy', async () => {
    expect((await create(`<p${attributes(32)}>x</p>`, 'html')).status).toBe(201);
    const res = await create(REAL_COPY, 'markdown');
    expect(res.status).toBe(201);
    expect((await res.json<{ bodyHtml: string }>()).bodyHtml).toContain('Київ і Львів');
  });
});
