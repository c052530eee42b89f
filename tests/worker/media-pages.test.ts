/**
 * Library images on every reader surface (issue #13): the article page's responsive lead and
 * inline figures, its structured data, social card and robots rule, the lite edition, the
 * feeds, and thumbnails on home, section, tag, author and search pages. Media rows are
 * inserted directly (the upload API has its own tests); pages only need the rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { media } from '../../src/db/schema';
import { api, tokenFor } from './editor-support';
import { db, jsonLd, request, requestUncached, seedSampleNewsroom } from './support';

const LEAD = 'e5'.repeat(16);
const INLINE = 'f6'.repeat(16);
const TITLE = 'Gdańsk ferries run again: „Wisła” leaves the quay at dawn after the storm 🌊';
const SECOND = 'Київ: трамваї повертаються на Поділ після ремонту колій';

let lead: { slug: string };
let second: { slug: string };

async function publish(token: string, fields: Record<string, unknown>) {
  const res = await api('/articles', { token, json: { section: 'world', author: 'maya-okafor', tags: ['transit'], ...fields } });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  const article = (await res.json()) as { id: number; slug: string };
  const published = await api(`/articles/${article.id}/publish`, { token, method: 'POST' });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status}`);
  return article;
}

beforeAll(async () => {
  await seedSampleNewsroom();
  const editor = (await tokenFor('editor')).secret;
  await db().insert(media).values([
    { id: LEAD, sha256: LEAD.repeat(2), format: 'jpeg', width: 3000, height: 2000, bytes: 900_000, alt: 'Prom „Wisła” przy nabrzeżu o świcie', caption: 'Pierwszy kurs po sztormie', credit: 'Fot. Anna Kowalczyk' },
    { id: INLINE, sha256: INLINE.repeat(2), format: 'jpeg', width: 1000, height: 750, bytes: 200_000, alt: 'Pasażerowie z rowerami na pokładzie', credit: 'Fot. Jan Nowak' },
  ]);
  second = await publish(editor, { title: SECOND, body: 'Трамваї знову ходять.', heroImage: { mediaId: INLINE, alt: 'Трамвай на Подолі' } });
  lead = await publish(editor, {
    title: TITLE,
    body: `Ferries left at 6:40.\n\n![Cyclists & "bikes" on deck](media:${INLINE} "Rowery na pokładzie")\n\nMore soon.`,
    heroImage: { mediaId: LEAD },
  });
}, 60_000);

const imgTags = (html: string) => html.match(/<img\b[^>]*>/g) ?? [];
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

describe('article page', () => {
  it('shows the lead image first-priority and inline images lazy, each a responsive figure', async () => {
    const html = await (await requestUncached(`/articles/${lead.slug}`)).text();
    const images = imgTags(html).filter((tag) => tag.includes('/media/'));
    expect(images).toHaveLength(2);
    for (const tag of images) {
      for (const name of ['width', 'height', 'alt', 'srcset', 'sizes']) expect(attr(tag, name), `${name} on ${tag}`).toBeTruthy();
    }
    const [hero, inline] = images as [string, string];
    expect(attr(hero, 'src')).toBe(`/media/${LEAD}/16x9/1280.jpg`);
    expect([attr(hero, 'width'), attr(hero, 'height')]).toEqual(['1280', '720']);
    expect(attr(hero, 'fetchpriority')).toBe('high');
    expect(attr(hero, 'loading')).toBeNull();
    expect(attr(hero, 'alt')).toBe('Prom „Wisła” przy nabrzeżu o świcie');
    expect(attr(inline, 'loading')).toBe('lazy');
    expect(attr(inline, 'decoding')).toBe('async');
    expect(attr(inline, 'alt')).toBe('Cyclists &amp; &quot;bikes&quot; on deck');
    expect(attr(inline, 'src')).toBe(`/media/${INLINE}/original/960.jpg`);
    expect([attr(inline, 'width'), attr(inline, 'height')]).toEqual(['960', '720']);
    // AVIF, then WebP, then the JPEG <img>, inside a figure with caption and credit.
    expect(html).toMatch(new RegExp(`<figure class="media hero"[^>]*><picture><source type="image/avif" srcset="/media/${LEAD}/16x9/320.avif 320w, [^"]*1280.avif 1280w"[^>]*><source type="image/webp"`));
    expect(html).toContain('<figcaption>Pierwszy kurs po sztormie <span class="credit">Fot. Anna Kowalczyk</span></figcaption>');
    expect(html).toContain('<figcaption>Rowery na pokładzie <span class="credit">Fot. Jan Nowak</span></figcaption>');
    expect(html.indexOf('fetchpriority')).toBe(html.lastIndexOf('fetchpriority'));
  });

  it('lists the three crops at 1280 px in NewsArticle and the 1200x630 card in og:image', async () => {
    const html = await (await request(`/articles/${lead.slug}`)).text();
    const article = jsonLd(html).find((doc) => doc['@type'] === 'NewsArticle');
    expect(article.image).toEqual(['16x9', '4x3', '1x1'].map((crop) => `https://news.example/media/${LEAD}/${crop}/1280.jpg`));
    const card = `https://news.example/media/${LEAD}/card/1200.jpg`;
    expect(html).toContain(`<meta property="og:image" content="${card}"/>`);
    expect(html).toContain('<meta property="og:image:width" content="1200"/>');
    expect(html).toContain('<meta property="og:image:height" content="630"/>');
    expect(html).toContain('<meta property="og:image:alt" content="Prom „Wisła” przy nabrzeżu o świcie"/>');
    expect(html).toContain(`<meta name="twitter:image" content="${card}"/>`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  });

  it('asks for large image previews on every indexable page, and keeps noindex where it was', async () => {
    for (const path of [`/articles/${lead.slug}`, '/', '/sections/world', '/tags/transit', '/authors/maya-okafor']) {
      expect(await (await request(path)).text(), path).toContain('<meta name="robots" content="max-image-preview:large"/>');
    }
    const search = await (await request('/search?q=ferries')).text();
    expect(search).toMatch(/<meta name="robots" content="(noindex|max-image-preview:large)"\/>/);
  });

  it('gives lite readers no image, only its alt text linked to the 1280 JPEG', async () => {
    const html = await (await request(`/lite/articles/${lead.slug}`)).text();
    expect(html).not.toMatch(/<img|<picture|<source|srcset/);
    expect(html).toContain(`<p class="image-link"><a href="/media/${LEAD}/16x9/1280.jpg">Prom „Wisła” przy nabrzeżu o świcie</a></p>`);
    expect(html).toContain(`<p class="image-link"><a href="/media/${INLINE}/original/960.jpg">Cyclists &amp; &quot;bikes&quot; on deck</a></p>`);
  });
});

describe('feeds', () => {
  it('carry the lead image (RSS media:content, Atom enclosure, JSON Feed image) and absolute srcsets', async () => {
    const jpeg = `https://news.example/media/${LEAD}/16x9/1280.jpg`;
    const rss = await (await request('/feed.xml')).text();
    expect(rss).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    expect(rss).toContain(`<media:content url="${jpeg}" medium="image" type="image/jpeg"><media:description>Prom „Wisła” przy nabrzeżu o świcie</media:description></media:content>`);
    expect(rss).not.toMatch(/srcset="\/|, \/media/);
    const atom = await (await request('/atom.xml')).text();
    expect(atom).toContain(`<link rel="enclosure" type="image/jpeg" href="${jpeg}"/>`);
    const json = (await (await request('/feed.json')).json()) as { items: { title: string; image?: string; content_html: string }[] };
    const item = json.items.find((i) => i.title === TITLE)!;
    expect(item.image).toBe(jpeg);
    expect(item.content_html).toContain(`srcset="https://news.example/media/${INLINE}/original/320.avif 320w, https://news.example/media/${INLINE}/original/640.avif 640w`);
  });
});

describe('listings', () => {
  it('home: the lead story large and first-priority, other stories as lazy 4:3 thumbnails', async () => {
    const html = await (await requestUncached('/')).text();
    const images = imgTags(html).filter((tag) => tag.includes('/media/') && !tag.includes('.svg'));
    const leadImage = images.find((tag) => tag.includes(LEAD))!;
    expect(attr(leadImage, 'src')).toBe(`/media/${LEAD}/16x9/1280.jpg`);
    expect(attr(leadImage, 'fetchpriority')).toBe('high');
    expect(images.filter((tag) => tag.includes('fetchpriority'))).toHaveLength(1);
    const thumb = images.find((tag) => tag.includes(`/media/${INLINE}/4x3/`))!;
    expect(thumb).toBeTruthy();
    expect(attr(thumb, 'loading')).toBe('lazy');
    expect([attr(thumb, 'width'), attr(thumb, 'height'), attr(thumb, 'alt')]).toEqual(['320', '240', 'Трамвай на Подолі']);
  });

  it('section, tag, author and search pages show lazy thumbnails with their size set', async () => {
    for (const path of ['/sections/world', '/tags/transit', '/authors/maya-okafor', `/search?q=${encodeURIComponent('трамваї')}`]) {
      const html = await (await request(path)).text();
      const thumb = imgTags(html).find((tag) => tag.includes(`/media/${INLINE}/4x3/320.jpg`));
      expect(thumb, path).toBeTruthy();
      expect(attr(thumb!, 'loading'), path).toBe('lazy');
      expect(attr(thumb!, 'srcset'), path).toBe(`/media/${INLINE}/4x3/320.jpg 320w`);
      expect(attr(thumb!, 'fetchpriority'), path).toBeNull();
    }
    const lite = await (await request('/lite/sections/world')).text();
    expect(lite).not.toMatch(/<img|<picture/);
  });
});
