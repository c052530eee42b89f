/** Property-based tests (fast-check) of what guards the editor API's input: slugs, schemas, the sanitizer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBody, sanitizeHtml } from '../../src/content/body';
import { SLUG_PATTERN, slugify } from '../../src/model/slug';
import { createArticleSchema, updateArticleSchema } from '../../src/schemas/article';

/** Pieces attackers combine; fast-check strings them together in every order. */
const HOSTILE = [
  '<script>', '</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '<a href=" JaVaScRiPt:alert(1)">',
  '<svg onload=alert(1)>', '<iframe src="https://evil.example">', '<style>', '"', "'", '>', '<', '<p onclick="x()">', '&#106;avascript:',
  '<a href="&#x6A;avascript:alert(1)">', 'java\tscript:', '<math><mi//xlink:href="data:x,<script>alert(1)</script>">', '<!--', '-->',
  '<img src="https://ok.example/a.png" onload="x">', '<h1 style="color:red">', '<a href="//evil.example">', '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>', '<object data="x">', '<form action="javascript:x">', '<input autofocus onfocus=x>', 'text', '\n', ' ',
];
const hostileHtml = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })), { maxLength: 25 }).map((parts) => parts.join(''));

const decode = (value: string) =>
  value.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)));

/** Problems a browser would act on: a script element, a handler attribute, a javascript: URL. */
function dangers(html: string): string[] {
  const found: string[] = [];
  if (/<\s*script/i.test(html)) found.push('script element');
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    const outsideValues = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/[\s/]on[a-z]+\s*=/i.test(outsideValues)) found.push(`handler in ${tag}`);
    if (/\sstyle\s*=/i.test(outsideValues)) found.push(`style in ${tag}`);
    for (const [, value] of tag.matchAll(/(?:href|src|cite|action|data)\s*=\s*"([^"]*)"/gi)) {
      if (/^\s*(javascript|vbscript|data):/i.test(decode(value!).replace(/[\s\u0000-\u001f]/g, ''))) found.push(`url in ${tag}`);
    }
  }
  return found;
}

describe('sanitizer properties', () => {
  it('never emits a script, an event handler, a style attribute or a javascript: URL', () => {
    fc.assert(fc.property(hostileHtml, (input) => {
      expect(dangers(sanitizeHtml(input))).toEqual([]);
    }), { numRuns: 600 });
  });

  it('holds for Markdown with raw HTML as well', () => {
    fc.assert(fc.property(hostileHtml, (input) => {
      expect(dangers(renderBody(input, 'markdown').html)).toEqual([]);
    }), { numRuns: 300 });
  });

  it('is stable: sanitizing its own output changes nothing more', () => {
    fc.assert(fc.property(hostileHtml, (input) => {
      const once = sanitizeHtml(input);
      expect(sanitizeHtml(once).replace(/ rel="noopener noreferrer"/g, '')).toBe(once.replace(/ rel="noopener noreferrer"/g, ''));
    }), { numRuns: 300 });
  });

  it('keeps what editors need and applies the house rules', () => {
    const html = sanitizeHtml(
      '<h1>Top</h1><figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>' +
        '<a href="https://example.com/x" target="_blank">x</a><a href="">empty</a><img src="http://insecure.example/b.jpg" alt="B">' +
        '<table><caption>T</caption><tr><td>1</td></tr></table><pre><code class="language-ts">let a</code></pre><a href="mailto:desk@news.example">mail</a>',
    );
    expect(html).toContain('<h2>Top</h2>');
    expect(html).toContain('<img src="https://img.example/a.jpg" alt="A">');
    expect(html).toContain('<a rel="noopener noreferrer" href="https://example.com/x">x</a>');
    expect(html).toContain('<a rel="noopener noreferrer">empty</a>');
    expect(html).toContain('<img alt="B">');
    expect(html).toContain('<caption>T</caption>');
    expect(html).toContain('<code class="language-ts">');
    expect(html).toContain('href="mailto:desk@news.example"');
    expect(html).not.toContain('target');
  });
});

describe('slugify properties', () => {
  it('always produces a valid slug of bounded length', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (title) => {
      const slug = slugify(title);
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(80);
    }), { numRuns: 1000 });
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120, unit: 'grapheme' }), (title) => {
      expect(slugify(slugify(title))).toBe(slugify(title));
    }));
  });
});

describe('article schema properties', () => {
  const valid = { title: 'A story', body: 'Text', section: 'world' };

  it('rejects any unknown field', () => {
    const known = new Set(Object.keys(createArticleSchema.shape));
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !known.has(k) && k !== '__proto__'), fc.jsonValue(), (key, value) => {
      expect(createArticleSchema.safeParse({ ...valid, [key]: value }).success).toBe(false);
      expect(updateArticleSchema.safeParse({ [key]: value }).success).toBe(false);
    }));
  });

  it('accepts only http(s) source URLs', () => {
    fc.assert(fc.property(fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'file'] }), (url) => {
      const ok = createArticleSchema.safeParse({ ...valid, sources: [{ name: 'Wire', url }] }).success;
      expect(ok).toBe(/^https?:/.test(url));
    }));
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(() => createArticleSchema.safeParse(value)).not.toThrow();
      expect(() => updateArticleSchema.safeParse(value)).not.toThrow();
    }));
  });
});
