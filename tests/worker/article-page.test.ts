import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, slugHistory } from '../../src/db/schema';
import { articles as sample } from '../../seed/content';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';

const published = sample.filter((a) => a.status === 'published');
const withEverything = published.find((a) => a.sources?.length && a.related?.length && a.heroImage)!;
const polish = published.find((a) => a.language === 'pl')!;
const hidden = sample.filter((a) => a.status !== 'published');

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('GET /api/v1/articles/:slug', () => {
  it('returns the published article with its absolute canonical url and relations', async () => {
    const res = await request(`/api/v1/articles/${withEverything.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await res.json<Record<string, any>>();
    expect(body.url).toBe(`${ORIGIN}/articles/${withEverything.slug}`);
    expect(body.title).toBe(withEverything.title);
    expect(body.section.slug).toBe(withEverything.section);
    expect(body.author.slug).toBe(withEverything.author);
    expect(body.sources.map((s: { name: string }) => s.name)).toEqual(withEverything.sources!.map((s) => s.name));
    expect(body.related.map((r: { slug: string }) => r.slug)).toEqual(withEverything.related);
    expect(body.tags.map((t: { slug: string }) => t.slug).sort()).toEqual([...withEverything.tags].sort());
    expect(body.heroImage.url).toBe(`${ORIGIN}${withEverything.heroImage!.url}`);
    expect(new Date(body.publishedAt).toISOString()).toBe(body.publishedAt);
    expect(body).not.toHaveProperty('bodySource');
  });

  it.each(hidden.map((a) => [a.status, a.slug]))('hides the %s article %s', async (_status, slug) => {
    const res = await request(`/api/v1/articles/${slug}`);
    expect(res.status).toBe(404);
    const body = await res.json<{ error: { code: string } }>();
    expect(body.error.code).toBe('not_found');
    expect(JSON.stringify(body)).not.toMatch(/Draft|Embargoed/);
  });

  it('answers unknown API routes with a JSON error', async () => {
    const res = await request('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('GET /articles/:slug', () => {
  it('renders the article for a reader', async () => {
    const res = await request(`/articles/${withEverything.slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/articles/${withEverything.slug}"/>`);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toContain('<h2 id="sources">Sources</h2>');
    expect(html).toContain('<h2 id="previously">Previously reported</h2>');
    expect(html).toMatch(/<time datetime="\d{4}-\d\d-\d\dT/);
  });

  it('sets lang from the article language', async () => {
    const html = await (await request(`/articles/${polish.slug}`)).text();
    expect(html).toContain('<html lang="pl">');
  });

  it.each(hidden.map((a) => [a.status, a.slug]))('gives the %s article %s a 404 page', async (_status, slug) => {
    const res = await request(`/articles/${slug}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).not.toMatch(/Draft|Embargoed/);
  });

  it('redirects an old slug to the current one with 301', async () => {
    const target = published[0]!;
    const [row] = await db().select({ id: articles.id }).from(articles).where(eq(articles.slug, target.slug));
    await db().insert(slugHistory).values({ slug: 'an-old-headline', articleId: row!.id });
    const page = await request('/articles/an-old-headline');
    expect(page.status).toBe(301);
    expect(page.headers.get('location')).toBe(`/articles/${target.slug}`);
    const json = await request('/api/v1/articles/an-old-headline');
    expect(json.status).toBe(301);
    expect(json.headers.get('location')).toBe(`/api/v1/articles/${target.slug}`);
  });

  it('answers 410 Gone for an unpublished article', async () => {
    const target = published[1]!;
    await db().update(articles).set({ status: 'unpublished' }).where(eq(articles.slug, target.slug));
    expect((await request(`/articles/${target.slug}`)).status).toBe(410);
    expect((await request(`/api/v1/articles/${target.slug}`)).status).toBe(410);
  });

  it('serves a friendly 404 page for unknown addresses', async () => {
    const res = await request('/articles/no-such-story');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Go to the front page');
  });
});
