/** /oembed: embed cards for our own public articles only. */
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { oembed } from '../../src/routes/oembed';
import { cacheTagsOf } from './cache-tags-probe';
import { articleBySlug, insertArticle } from './share-fixtures';
import { ORIGIN, request, seedSampleNewsroom } from './support';

const withHero = sample.find((a) => a.status === 'published' && a.heroImage && a.author)!;
const oembedUrl = (url: string, extra = '') => `/oembed?url=${encodeURIComponent(url)}&format=json${extra}`;

beforeAll(async () => {
  await seedSampleNewsroom();
  await insertArticle({ slug: 'embed-escaping', title: `<script>alert("x")</script> & "quotes"`, dek: '<img src=x onerror=alert(1)>' });
});

describe('GET /oembed', () => {
  it('describes a published article as a rich card', async () => {
    const res = await request(oembedUrl(`${ORIGIN}/articles/${withHero.slug}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: withHero.title,
      provider_name: 'The Edge Courier',
      provider_url: `${ORIGIN}/`,
      width: 550,
      height: null,
      thumbnail_url: `${ORIGIN}${withHero.heroImage!.url}`,
      thumbnail_width: 1200,
      thumbnail_height: 675,
    });
    expect(typeof body.author_name).toBe('string');
    expect(body.html).toMatch(new RegExp(`^<blockquote class="edge-courier-embed" cite="${ORIGIN}/articles/${withHero.slug}">`));
    expect(body.html).toContain(`<a href="${ORIGIN}/articles/${withHero.slug}">`);
  });

  it('is discoverable from the article page, and the advertised URL works', async () => {
    const html = await (await request(`/articles/${withHero.slug}`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" title="[^"]*" href="([^"]+)"\/>/.exec(html)?.[1];
    expect(href).toBe(`/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${withHero.slug}`)}&amp;format=json`);
    const res = await request(href!.replace(/&amp;/g, '&'));
    expect(res.status).toBe(200);
    expect((await res.json<{ title: string }>()).title).toBe(withHero.title);
  });

  it('declares the cache tags of the article it describes', async () => {
    const { id } = await articleBySlug(withHero.slug);
    const tags = await cacheTagsOf(oembed, oembedUrl(`${ORIGIN}/articles/${withHero.slug}`));
    expect(tags).toContain(`article:${id}`);
  });

  it('escapes every piece of article text in the card HTML', async () => {
    const body = await (await request(oembedUrl(`${ORIGIN}/articles/embed-escaping`))).json<{ html: string; title: string }>();
    expect(body.title).toBe(`<script>alert("x")</script> & "quotes"`);
    expect(body.html).not.toMatch(/<script|<img/);
    expect(body.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(body.html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('accepts lite and short-link URLs of the article, and format defaults to json', async () => {
    const { shortCode } = await articleBySlug(withHero.slug);
    for (const url of [`${ORIGIN}/lite/articles/${withHero.slug}`, `${ORIGIN}/s/${shortCode}`]) {
      const res = await request(`/oembed?url=${encodeURIComponent(url)}`);
      expect(res.status).toBe(200);
      expect((await res.json<{ title: string }>()).title).toBe(withHero.title);
    }
  });

  it('respects maxwidth, dropping a thumbnail that would be wider', async () => {
    const body = await (await request(oembedUrl(`${ORIGIN}/articles/${withHero.slug}`, '&maxwidth=400'))).json<Record<string, unknown>>();
    expect(body.width).toBe(400);
    expect(body).not.toHaveProperty('thumbnail_url');
  });

  const notOurs = [
    ['a draft', `${ORIGIN}/articles/${sample.find((a) => a.status === 'draft')!.slug}`],
    ['a scheduled story', `${ORIGIN}/articles/${sample.find((a) => a.status === 'scheduled')!.slug}`],
    ['a missing story', `${ORIGIN}/articles/no-such-story`],
    ['a section page', `${ORIGIN}/sections/world`],
    ['the front page', `${ORIGIN}/`],
    ['another origin', `https://evil.example/articles/${withHero.slug}`],
    ['another scheme', `http://news.example/articles/${withHero.slug}`],
    ['a relative URL', `/articles/${withHero.slug}`],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a bad escape', `${ORIGIN}/articles/%E0%A4%A`],
  ];
  it.each(notOurs)('404 JSON for %s', async (_what, url) => {
    const res = await request(oembedUrl(url!));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('501 for format=xml (and any other format)', async () => {
    for (const format of ['xml', 'yaml']) {
      const res = await request(`/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${withHero.slug}`)}&format=${format}`);
      expect(res.status).toBe(501);
    }
  });

  it.each([['no url', '/oembed?format=json'], ['a bad maxwidth', oembedUrl(`${ORIGIN}/articles/x`, '&maxwidth=-5')]])('400 for %s', async (_what, path) => {
    const res = await request(path!);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } });
  });
});
