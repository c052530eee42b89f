/**
 * Library images inside bodies (src/content/inline-images.ts): only real <img> tags become
 * figures, never text inside another tag's attribute value (review finding 3, issue #13).
 */
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/content/body';
import type { InlineMediaLookup } from '../../src/content/inline-images';

const ID = 'a1'.repeat(16);
const lookup: InlineMediaLookup = new Map([
  [ID, { id: ID, width: 2400, height: 1600, alt: 'Tramwaj na moście Grunwaldzkim we Wrocławiu', caption: 'Трамвай „Ukraina” 🚋', credit: 'Fot. Zofia Wiśniewska' }],
]);

/** Every attribute value of the output: none may hold markup. */
const attributeValues = (html: string) => Array.from(html.matchAll(/\s[\w-]+="([^"]*)"/g), (m) => m[1]!);

describe('inline library images', () => {
  it('turns a Markdown image and a real HTML <img> into one figure each, a lone one replacing its paragraph', () => {
    const markdown = renderBody(`Wrocław, rano.\n\n![Tramwaj „Ukraina” na moście 🚋](media:${ID} "Pierwszy kurs")\n\nДалі буде.`, 'markdown', lookup).html;
    expect(markdown.match(/<figure/g)).toHaveLength(1);
    expect(markdown).not.toMatch(/<p>\s*<figure/);
    expect(markdown).toContain('Pierwszy kurs');
    const html = renderBody(`<p>Przed: <img src="media:${ID}" alt="Tramwaj &quot;nocny&quot;"> po.</p>`, 'html', lookup).html;
    expect(html.match(/<figure/g)).toHaveLength(1);
    expect(html).toContain('Przed: ');
  });

  it('leaves an <img> marker inside a quoted attribute value alone: no figure markup in the title', () => {
    const source = `<p title="<img src=media:${ID} alt=a>">Headline: „Kyiv trams return” — Київ 🚋</p>`;
    const { html } = renderBody(source, 'html', lookup);
    expect(html).not.toContain('<figure');
    for (const value of attributeValues(html)) expect(value).not.toMatch(/[<>]|figure|media-/);
    expect(html).toContain('Київ 🚋');
  });

  it('drops, never expands, a marker that the sanitizer’s comment stripping moves into an attribute', () => {
    // js-xss strips `<!--">-->` before reading tags: the <img> that stood in text lands in title="...".
    const source = `<p title="<!--">--> <img src="media:${ID}" alt="Most">">Tekst</p>`;
    const { html } = renderBody(source, 'html', lookup);
    expect(html).not.toContain('<figure');
    expect(html).not.toContain('media-');
    for (const value of attributeValues(html)) expect(value).not.toMatch(/[<>]|figure/);
  });

  it('still refuses an unknown id or a missing alt in a real tag, and ignores one in an attribute', () => {
    const unknown = 'b2'.repeat(16);
    expect(() => renderBody(`<p><img src="media:${unknown}" alt="x"></p>`, 'html', lookup)).toThrow(/no image media:/);
    expect(renderBody(`<p title='<img src="media:${unknown}">'>ok</p>`, 'html', lookup).html).not.toContain('figure');
  });
});
