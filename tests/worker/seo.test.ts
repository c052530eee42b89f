import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, sections } from '../../src/db/schema';
import { articles as sample } from '../../seed/content';
import { ListingHead } from '../../src/views/seo-head';
import { db, jsonLd, ORIGIN, request, seedSampleNewsroom } from './support';

const published = sample.filter((a) => a.status === 'published');
const full = published.find((a) => a.sources?.length && a.heroImage && a.tags.length > 1)!;
const HOSTILE_TITLE = 'Breaking </script><script>alert(1)</script> <!-- & "quotes"';

beforeAll(async () => {
  await seedSampleNewsroom();
  const [world] = await db().select().from(sections).where(eq(sections.slug, 'world'));
  await db().insert(articles).values({
    slug: 'hostile-headline',
    title: HOSTILE_TITLE,
    dek: 'A dek with </script> in it',
    bodyHtml: '<p>Body</p>',
    status: 'published',
    publishedAt: new Date(),
    updatedAt: new Date(),
    sectionId: world!.id,
    shortCode: 'HOSTILE1',
  });
  await db().insert(articles).values({
    slug: 'photo-story',
    title: 'A story with a photograph',
    dek: 'Dek',
    bodyHtml: '<p>Body</p>',
    status: 'published',
    publishedAt: new Date(),
    updatedAt: new Date(),
    sectionId: world!.id,
    shortCode: 'PHOTO001',
    heroImageUrl: 'https://cdn.example/photo.jpg',
    heroImageAlt: 'A photograph',
  });
});

const page = async (path: string) => (await request(path)).text();
const meta = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('article page head', () => {
  it('has title, description, canonical, Open Graph and Twitter tags', async () => {
    const html = await page(`/articles/${full.slug}`);
    const url = `${ORIGIN}/articles/${full.slug}`;
    expect(html).toContain(`<title>${full.title} · The Edge Courier</title>`);
    expect(meta(html, 'description')).toEqual([full.dek]);
    expect(html).toContain(`<link rel="canonical" href="${url}"/>`);
    expect(meta(html, 'og:type')).toEqual(['article']);
    expect(meta(html, 'og:title')).toEqual([full.title]);
    expect(meta(html, 'og:url')).toEqual([url]);
    // The seed's heroes are SVG, which social networks do not preview: the PNG logo stands in.
    expect(meta(html, 'og:image')).toEqual([`${ORIGIN}/icon-512.png`]);
    expect(meta(html, 'twitter:card')).toEqual(['summary']);
    expect(meta(html, 'article:tag')).toHaveLength(full.tags.length);
    expect(meta(html, 'article:published_time')[0]).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('previews a photo hero as a large card', async () => {
    const html = await page('/articles/photo-story');
    expect(meta(html, 'og:image')).toEqual(['https://cdn.example/photo.jpg']);
    expect(meta(html, 'og:image:alt')).toEqual(['A photograph']);
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(html, 'twitter:image')).toEqual(['https://cdn.example/photo.jpg']);
  });

  it('embeds NewsArticle and BreadcrumbList JSON-LD', async () => {
    const html = await page(`/articles/${full.slug}`);
    const [article, breadcrumbs] = jsonLd(html);
    const url = `${ORIGIN}/articles/${full.slug}`;
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: full.title,
      image: [`${ORIGIN}${full.heroImage!.url}`],
      inLanguage: full.language,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      author: [{ '@type': 'Person', url: `${ORIGIN}/authors/${full.author}` }],
      publisher: { name: 'The Edge Courier', logo: { url: `${ORIGIN}/icon-512.png`, width: 512, height: 512 } },
      isBasedOn: full.sources!.map((s) => s.url),
    });
    expect(article.citation.map((c: { name: string }) => c.name)).toEqual(full.sources!.map((s) => s.name));
    expect(new Date(article.datePublished).toISOString()).toBe(article.datePublished);
    expect(new Date(article.dateModified).toISOString()).toBe(article.dateModified);
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.map((i: { item: string }) => i.item)).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/sections/${full.section}`,
      url,
    ]);
  });

  it('escapes a headline that tries to close the JSON-LD script', async () => {
    const html = await page('/articles/hostile-headline');
    expect(html).not.toContain('<script>alert(1)');
    const blocks = jsonLd(html);
    expect(blocks).toHaveLength(2);
    expect(blocks[0].headline).toBe(HOSTILE_TITLE);
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('leaves structured data and social tags out of the lite twin', async () => {
    const html = await page(`/lite/articles/${full.slug}`);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/articles/${full.slug}"/>`);
    expect(html).not.toContain('application/ld+json');
    expect(html).not.toContain('og:title');
  });

  it('links the site feeds, the section feeds and the JSON twin', async () => {
    const html = await page(`/articles/${full.slug}`);
    for (const href of ['/feed.xml', '/atom.xml', '/feed.json']) expect(html).toContain(`href="${href}"`);
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="`);
    expect(html).toContain(`href="/sections/${full.section}/feed.xml"`);
    expect(html).toContain(`<link rel="alternate" type="application/json" title="JSON" href="/api/v1/articles/${full.slug}"/>`);
  });
});

describe('ListingHead (front page and section pages)', () => {
  const site = { name: 'The Edge Courier', origin: ORIGIN };
  const render = async (props: Parameters<typeof ListingHead>[0]) => String(await ListingHead(props)!.toString());

  it('gives a section page social tags and its own feed links', async () => {
    const html = await render({ site, title: 'Science', description: 'Research & more', canonical: `${ORIGIN}/sections/science`, section: { slug: 'science', name: 'Science' } });
    expect(meta(html, 'og:type')).toEqual(['website']);
    expect(meta(html, 'og:url')).toEqual([`${ORIGIN}/sections/science`]);
    expect(meta(html, 'og:description')).toEqual(['Research &amp; more']);
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Science · The Edge Courier (RSS)" href="/sections/science/feed.xml"/>');
    expect(jsonLd(html)).toEqual([]);
  });

  it('gives the front page WebSite JSON-LD with a search action', async () => {
    const html = await render({ site, title: 'The Edge Courier', description: 'News', canonical: `${ORIGIN}/` });
    const [website] = jsonLd(html);
    expect(website).toMatchObject({ '@type': 'WebSite', url: `${ORIGIN}/`, publisher: { name: 'The Edge Courier' } });
    expect(website.potentialAction.target.urlTemplate).toBe(`${ORIGIN}/search?q={search_term_string}`);
  });
});

describe('other pages', () => {
  it('the home page links the feeds and the manifest', async () => {
    const html = await page('/');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="The Edge Courier (Atom)" href="/atom.xml"/>');
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"/>');
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png"/>');
    // Indexable pages ask for large image previews (issue #13, tests/worker/media-pages), nothing else.
    expect(html).toContain('<meta name="robots" content="max-image-preview:large"/>');
    expect(html).not.toContain('noindex');
  });

  it('marks error pages and search results noindex', async () => {
    expect(await page('/articles/no-such-story')).toContain('<meta name="robots" content="noindex"/>');
    expect(await page('/search?q=harbor')).toContain('<meta name="robots" content="noindex"/>');
  });
});

/** Reads a PNG's IHDR and decodes the pixel at (x, y) (filter type 0 rows, as we write them). */
async function readPng(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    chunks.push({ type: new TextDecoder().decode(bytes.subarray(at + 4, at + 8)), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset);
  const width = ihdr.getUint32(0);
  const idat = chunks.find((c) => c.type === 'IDAT')!.data;
  const raw = new Uint8Array(await new Response(new Blob([idat]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer());
  const pixel = (x: number, y: number) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)];
  return { types: chunks.map((c) => c.type), width, height: ihdr.getUint32(4), colorType: chunks[0]!.data[9], pixel, rawLength: raw.length };
}

describe('site icons and manifest', () => {
  it.each([
    ['/icon-192.png', 192, false],
    ['/icon-512.png', 512, false],
    ['/apple-touch-icon.png', 180, true],
    ['/icon-maskable-512.png', 512, true],
  ] as const)('%s is a real %ipx PNG', async (path, size, opaque) => {
    const res = await request(path);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = await readPng(bytes);
    expect(png.types).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([png.width, png.height, png.colorType]).toEqual([size, size, 6]);
    expect(png.rawLength).toBe(size * (size * 4 + 1));
    expect(png.pixel(Math.round(size * 0.375), Math.round(size * 0.5))).toEqual([255, 255, 255, 255]); // the "E"
    expect(png.pixel(Math.round(size * 0.8), Math.round(size * 0.5))).toEqual([0xa3, 0x12, 0x2b, 255]);
    expect(png.pixel(0, 0)[3]).toBe(opaque ? 255 : 0);
  });

  it('favicon.ico wraps a PNG', async () => {
    const bytes = new Uint8Array(await (await request('/favicon.ico')).arrayBuffer());
    expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect([...bytes.subarray(22, 26)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('the manifest names the icons', async () => {
    const res = await request('/manifest.webmanifest');
    expect(res.headers.get('content-type')).toContain('application/manifest+json');
    const manifest = await res.json<any>();
    expect(manifest).toMatchObject({ name: 'The Edge Courier', start_url: '/', theme_color: '#a3122b' });
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await request(icon.src)).status).toBe(200);
  });
});

describe('front page and section pages', () => {
  it('carry Open Graph tags and WebSite JSON-LD on the front page', async () => {
    const html = await (await request('/')).text();
    expect(html).toContain(`<meta property="og:url" content="${ORIGIN}/"`);
    expect(html).toContain('<meta property="og:type" content="website"');
    expect(html).toMatch(/<script type="application\/ld\+json">[^<]*"@type":"WebSite"/);
  });

  it('link a section page to its own feeds', async () => {
    const html = await (await request('/sections/world')).text();
    expect(html).toContain(`<meta property="og:url" content="${ORIGIN}/sections/world"`);
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="[^"]*\/sections\/world\/feed\.xml"/);
  });
});
