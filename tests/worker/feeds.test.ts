import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, sections } from '../../src/db/schema';
import { articles as sample } from '../../seed/content';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';
import { parseXml } from './xml';
import { feeds } from '../../src/routes/feeds';
import { cacheTagsOf, probeRoute } from './cache-tags-probe';

const published = sample.filter((a) => a.status === 'published');
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
// Everything an editor could type that breaks naive XML: markup, entities, "]]>", a control character.
const NASTY_TITLE = 'Tom & Jerry <b>"quoted"</b> ]]> it\'s\u0007 done';
const NASTY_BODY = '<p>Ends a CDATA early: ]]> and &amp; <a href="/articles/x">relative</a></p>';

beforeAll(async () => {
  await seedSampleNewsroom();
  const [science] = await db().select().from(sections).where(eq(sections.slug, 'science'));
  await db().insert(articles).values({
    slug: 'escaping-check',
    title: NASTY_TITLE,
    dek: 'A <dek> & more',
    bodyHtml: NASTY_BODY,
    status: 'published',
    publishedAt: new Date(),
    updatedAt: new Date(),
    sectionId: science!.id,
    shortCode: 'ESCAPE01',
  });
});

async function fetchXml(path: string, type: string) {
  const res = await request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
  const text = await res.text();
  expect(text).not.toMatch(/Draft|Embargoed/);
  return { text, xml: parseXml(text) };
}

describe('RSS 2.0', () => {
  it('is a valid full-content feed of the latest public articles', async () => {
    const { xml } = await fetchXml('/feed.xml', 'application/rss+xml');
    expect(xml.rss['@version']).toBe('2.0');
    const channel = xml.rss.channel;
    expect(channel.link[0]).toBe(`${ORIGIN}/`);
    expect(channel.title).toBe('The Edge Courier');
    expect(channel['atom:link']).toMatchObject({ '@href': `${ORIGIN}/feed.xml`, '@rel': 'self', '@type': 'application/rss+xml' });
    expect(channel.lastBuildDate).toMatch(RFC822);
    expect(channel.item).toHaveLength(30);
    const dates = channel.item.map((item: any) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of channel.item) {
      expect(item.pubDate).toMatch(RFC822);
      expect(item.guid).toMatchObject({ '@isPermaLink': 'true', '#text': item.link[0] });
      expect(item.link[0]).toMatch(new RegExp(`^${ORIGIN}/articles/[^/]+$`));
      expect(item.description.length).toBeGreaterThan(0);
      expect(item['content:encoded']).toMatch(/<p>/);
    }
  });

  it('escapes titles and keeps bodies containing "]]>" intact', async () => {
    const { xml } = await fetchXml('/feed.xml', 'application/rss+xml');
    const item = xml.rss.channel.item[0];
    expect(item.title).toBe(NASTY_TITLE.replace('\u0007', ''));
    expect(item.description).toBe('A <dek> & more');
    expect(item['content:encoded']).toContain('Ends a CDATA early: ]]> and &amp;');
    expect(item['content:encoded']).toContain(`href="${ORIGIN}/articles/x"`);
  });

  it('gives each section its own feed with only that section', async () => {
    const { xml } = await fetchXml('/sections/science/feed.xml', 'application/rss+xml');
    const channel = xml.rss.channel;
    expect(channel['atom:link']['@href']).toBe(`${ORIGIN}/sections/science/feed.xml`);
    expect(channel.link[0]).toBe(`${ORIGIN}/sections/science`);
    const expected = published.filter((a) => a.section === 'science').length + 1;
    expect(channel.item).toHaveLength(expected);
    for (const item of channel.item) expect([item.category].flat()).toContain('Science');
  });

  it('answers 404 for an unknown section', async () => {
    const res = await request('/sections/no-such-section/feed.xml');
    expect(res.status).toBe(404);
  });
});

describe('Atom 1.0', () => {
  it('is a valid feed with rel=self, RFC 3339 dates and HTML content', async () => {
    const { xml } = await fetchXml('/atom.xml', 'application/atom+xml');
    const feed = xml.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${ORIGIN}/`);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.link).toContainEqual({ '@rel': 'self', '@type': 'application/atom+xml', '@href': `${ORIGIN}/atom.xml` });
    expect(feed.author.name).toBe('The Edge Courier');
    expect(feed.entry).toHaveLength(30);
    for (const entry of feed.entry) {
      expect(entry.id).toBe(entry.link[0]['@href']);
      expect(entry.published).toMatch(RFC3339);
      expect(entry.updated).toMatch(RFC3339);
      expect(Date.parse(entry.updated)).toBeGreaterThanOrEqual(Date.parse(entry.published));
      expect(entry.content['@type']).toBe('html');
      expect(entry.content['#text']).toMatch(/<p>/);
      expect(entry.summary['#text'].length).toBeGreaterThan(0);
    }
    expect(feed.entry[0].title['#text']).toBe(NASTY_TITLE.replace('\u0007', ''));
    expect(feed.entry[0].content['#text']).toContain(']]>');
  });

  it('marks Polish entries with xml:lang', async () => {
    const { xml } = await fetchXml('/atom.xml', 'application/atom+xml');
    expect(xml.feed.entry.map((e: any) => e['@xml:lang'])).toContain('pl');
  });

  it('has a per-section feed', async () => {
    const { xml } = await fetchXml('/sections/world/atom.xml', 'application/atom+xml');
    expect(xml.feed.link).toContainEqual({ '@rel': 'self', '@type': 'application/atom+xml', '@href': `${ORIGIN}/sections/world/atom.xml` });
    expect(xml.feed.entry.length).toBe(published.filter((a) => a.section === 'world').length);
  });
});

describe('JSON Feed 1.1', () => {
  it('follows the 1.1 spec with content_html and summary', async () => {
    const res = await request('/feed.json');
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const text = await res.text();
    expect(text).not.toMatch(/Draft|Embargoed/);
    const feed = JSON.parse(text);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    expect(feed.home_page_url).toBe(`${ORIGIN}/`);
    expect(feed.items).toHaveLength(30);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url).toBe(item.id);
      expect(item.content_html).toMatch(/<p>/);
      expect(typeof item.summary).toBe('string');
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    }
    expect(feed.items[0].title).toBe(NASTY_TITLE);
  });

  it('has a per-section feed', async () => {
    const feed = await (await request('/sections/sport/feed.json')).json<any>();
    expect(feed.feed_url).toBe(`${ORIGIN}/sections/sport/feed.json`);
    expect(feed.items.length).toBe(published.filter((a) => a.section === 'sport').length);
  });
});

describe('cache tags', () => {
  it('tags feeds with "feeds" and the section', async () => {
    expect(await cacheTagsOf(feeds, '/feed.xml')).toEqual(['feeds']);
    expect(await cacheTagsOf(feeds, '/sections/science/atom.xml')).toEqual(['feeds', 'section:science']);
  });
  it.each(['/feed.xml', '/atom.xml', '/feed.json', '/sections/world/feed.xml'])('%s costs one D1 round trip', async (path) => {
    expect((await probeRoute(feeds, path)).d1RoundTrips).toBe(1);
  });
});
