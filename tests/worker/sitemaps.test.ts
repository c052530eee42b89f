import { env } from 'cloudflare:workers';
import { eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../src/db/schema';
import { listArticleSitemapEntries, listArticleSitemapPages } from '../../src/queries/sitemaps';
import { articles as sample, authors, sections } from '../../seed/content';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';
import { parseXml } from './xml';
import { robots } from '../../src/routes/robots';
import { sitemaps } from '../../src/routes/sitemaps';
import { cacheTagsOf, probeRoute } from './cache-tags-probe';

const published = sample.filter((a) => a.status === 'published');
const hidden = sample.filter((a) => a.status !== 'published');
const recent = published.filter((a) => (a.hoursAgo ?? 1) < 48);
const syndicated = published.find((a) => (a.hoursAgo ?? 1) < 48)!;

beforeAll(async () => {
  await seedSampleNewsroom();
  // A syndicated copy: its canonical page is elsewhere, so our sitemaps must not list it.
  await db().update(articles).set({ canonicalUrl: 'https://elsewhere.example/original' }).where(eq(articles.slug, syndicated.slug));
});

async function fetchXml(path: string) {
  const res = await request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  const text = await res.text();
  expect(text).not.toMatch(/Draft|Embargoed/);
  for (const a of hidden) expect(text).not.toContain(a.slug);
  return parseXml(text);
}

const locs = (urlset: any): string[] => (urlset.url ?? []).map((u: any) => u.loc);

describe('sitemaps', () => {
  it('robots.txt names the sitemap index and the news sitemap', async () => {
    const res = await request('/robots.txt');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemaps/news.xml`);
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/search$/m);
    expect(text).toMatch(/^Disallow: \/share\/$/m);
    expect(text).toMatch(/^Disallow: \/s\/$/m);
  });

  it('the index lists the news, taxonomy and article sitemaps', async () => {
    const xml = await fetchXml('/sitemap.xml');
    expect(xml.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const listed = xml.sitemapindex.sitemap.map((s: any) => s.loc);
    expect(listed).toEqual([`${ORIGIN}/sitemaps/news.xml`, `${ORIGIN}/sitemaps/taxonomy.xml`, `${ORIGIN}/sitemaps/articles-1.xml`]);
    expect(new Date(xml.sitemapindex.sitemap[2].lastmod).toISOString()).toBe(xml.sitemapindex.sitemap[2].lastmod);
  });

  it('an article sitemap lists every public article with lastmod and image, and no syndicated copy', async () => {
    const xml = await fetchXml('/sitemaps/articles-1.xml');
    const expected = published.filter((a) => a !== syndicated).map((a) => `${ORIGIN}/articles/${a.slug}`);
    expect(locs(xml.urlset).sort()).toEqual(expected.sort());
    for (const url of xml.urlset.url) expect(new Date(url.lastmod).toISOString()).toBe(url.lastmod);
    expect(xml.urlset.url.some((u: any) => u['image:image']?.['image:loc']?.startsWith(`${ORIGIN}/media/`))).toBe(true);
  });

  it.each(['articles-2', 'articles-0', 'articles-007', 'articles-99999999999999999999'])(
    'answers 404 for the article sitemap page %s',
    async (name) => {
      const res = await request(`/sitemaps/${name}.xml`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('There is no such sitemap page.');
    },
  );

  it('lists an article page most recently changed first', async () => {
    const xml = await fetchXml('/sitemaps/articles-1.xml');
    const changes = xml.urlset.url.map((u: any) => Date.parse(u.lastmod));
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
  });

  it("gives each page of the index its public articles' newest change, and no page without one", async () => {
    // The last ids are drafts only: their pages exist by id range, but the index must not list them.
    await env.DB.prepare(
      `with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 15)
       insert into articles (slug, title, status, updated_at, section_id, short_code)
       select 'sitemap-draft-' || n, 'Draft', 'draft', 0, (select min(id) from sections), 'SmDrft' || n from seq`,
    ).run();
    const rows = await db().select({ id: articles.id, updatedAt: articles.updatedAt, status: articles.status, deletedAt: articles.deletedAt }).from(articles);
    const newest = new Map<number, number>();
    for (const row of rows.filter((r) => r.status === 'published' && !r.deletedAt)) {
      const page = Math.floor((row.id - 1) / 7) + 1;
      newest.set(page, Math.max(newest.get(page) ?? 0, row.updatedAt.getTime()));
    }
    const pages = await listArticleSitemapPages(db(), 7);
    await db().delete(articles).where(like(articles.slug, 'sitemap-draft-%'));
    expect(Math.max(...rows.map((r) => Math.floor((r.id - 1) / 7) + 1))).toBeGreaterThan(Math.max(...newest.keys()));
    expect(pages.map((p) => [p.page, p.lastModified.getTime()])).toEqual([...newest].sort(([a], [b]) => a - b));
  });

  it('pages by id range: small pages partition the public articles exactly', async () => {
    const pages = await listArticleSitemapPages(db(), 7);
    expect(pages.length).toBeGreaterThan(4);
    const seen: string[] = [];
    for (const { page } of pages) {
      const entries = await listArticleSitemapEntries(db(), page, 7);
      expect(entries.length).toBeLessThanOrEqual(7);
      seen.push(...entries.map((e) => e.slug));
    }
    expect(seen.sort()).toEqual(published.map((a) => a.slug).sort());
  });

  it('the taxonomy sitemap lists home, sections, used tags and authors', async () => {
    const listed = locs((await fetchXml('/sitemaps/taxonomy.xml')).urlset);
    expect(listed).toContain(`${ORIGIN}/`);
    for (const s of sections) expect(listed).toContain(`${ORIGIN}/sections/${s.slug}`);
    for (const a of authors) expect(listed).toContain(`${ORIGIN}/authors/${a.slug}`);
    const usedTags = new Set(published.flatMap((a) => a.tags));
    expect(listed.filter((u) => u.includes('/tags/')).sort()).toEqual([...usedTags].map((t) => `${ORIGIN}/tags/${t}`).sort());
  });

  it('the news sitemap is only cached briefly, since stories age out of it without a write', async () => {
    const res = await request('/sitemaps/news.xml');
    expect(res.headers.get('cache-control')).toContain('s-maxage=900');
  });

  it('the news sitemap lists the last 48 hours with publication, date and title', async () => {
    const xml = await fetchXml('/sitemaps/news.xml');
    expect(xml.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const expected = recent.filter((a) => a !== syndicated);
    expect(expected.length).toBeGreaterThan(2);
    expect(locs(xml.urlset).sort()).toEqual(expected.map((a) => `${ORIGIN}/articles/${a.slug}`).sort());
    for (const url of xml.urlset.url) {
      const news = url['news:news'];
      expect(news['news:publication']['news:name']).toBe('The Edge Courier');
      expect(['en', 'pl']).toContain(news['news:publication']['news:language']);
      expect(Date.now() - Date.parse(news['news:publication_date'])).toBeLessThan(48 * 3_600_000);
      expect(expected.map((a) => a.title)).toContain(news['news:title']);
    }
  });
});

describe('cache tags', () => {
  it.each(['/sitemap.xml', '/sitemaps/articles-1.xml', '/sitemaps/news.xml', '/sitemaps/taxonomy.xml'])('tags %s with "sitemaps"', async (path) => {
    expect(await cacheTagsOf(sitemaps, path)).toContain('sitemaps');
  });
  it('tags robots.txt with "sitemaps" (it names them)', async () => {
    expect(await cacheTagsOf(robots, '/robots.txt')).toContain('sitemaps');
  });
  it.each(['/sitemap.xml', '/sitemaps/articles-1.xml', '/sitemaps/news.xml', '/sitemaps/taxonomy.xml'])('%s costs one D1 round trip', async (path) => {
    expect((await probeRoute(sitemaps, path)).d1RoundTrips).toBe(1);
  });
});
