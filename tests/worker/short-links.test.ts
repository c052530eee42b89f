/** /s/:code: short links that follow the article, and never a hidden one. */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, sections, slugHistory } from '../../src/db/schema';
import { toArticleView } from '../../src/model/article-view';
import { articles as sample } from '../../seed/content';
import { articleBySlug, asPerson, insertArticle } from './share-fixtures';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';

const story = sample.find((a) => a.status === 'published')!;

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('shortUrl in the article JSON', () => {
  it('is the absolute short link of a published article', async () => {
    const { shortCode } = await articleBySlug(story.slug);
    const body = await (await request(`/api/v1/articles/${story.slug}`)).json<{ shortUrl: string }>();
    expect(body.shortUrl).toBe(`${ORIGIN}/s/${shortCode}`);
    expect(shortCode).toMatch(/^[0-9A-Za-z]{8}$/);
  });

  it('every seeded article has its own code', async () => {
    const codes = (await db().select({ code: articles.shortCode }).from(articles)).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is null in the model of anything not public (previews never hand out a code)', async () => {
    const row = await articleBySlug(sample.find((a) => a.status === 'draft')!.slug);
    const section = (await db().select().from(sections).limit(1))[0]!;
    const view = toArticleView({ article: row, section, author: null, tags: [], sources: [], related: [] }, ORIGIN);
    expect(view.shortUrl).toBeNull();
    const trashed = toArticleView({ article: { ...row, status: 'published', deletedAt: new Date() }, section, author: null, tags: [], sources: [], related: [] }, ORIGIN);
    expect(trashed.shortUrl).toBeNull();
  });

  it('is shown on the article page for copying and native sharing', async () => {
    const { shortCode } = await articleBySlug(story.slug);
    const html = await (await request(`/articles/${story.slug}`)).text();
    expect(html).toContain(`data-url="${ORIGIN}/s/${shortCode}"`);
  });
});

describe('GET /s/:code', () => {
  it('301s to the canonical article URL, not cached, with the article tag', async () => {
    const { shortCode } = await articleBySlug(story.slug);
    const res = await request(`/s/${shortCode}`, asPerson());
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${ORIGIN}/articles/${story.slug}`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('follows the article after its slug changes', async () => {
    const article = await insertArticle({ slug: 'before-rename' });
    await db().update(articles).set({ slug: 'after-rename' }).where(eq(articles.id, article.id));
    await db().insert(slugHistory).values({ slug: 'before-rename', articleId: article.id });
    const res = await request(`/s/${article.shortCode}`, asPerson());
    expect(res.headers.get('location')).toBe(`${ORIGIN}/articles/after-rename`);
  });

  it('sends a syndicated copy to its canonical original', async () => {
    const article = await insertArticle({ slug: 'short-syndicated', canonicalUrl: 'https://original.example/a' });
    const res = await request(`/s/${article.shortCode}`, asPerson());
    expect(res.headers.get('location')).toBe('https://original.example/a');
  });

  it('stops working once the story is unpublished or trashed', async () => {
    const article = await insertArticle({ slug: 'short-then-pulled' });
    expect((await request(`/s/${article.shortCode}`, asPerson())).status).toBe(301);
    await db().update(articles).set({ status: 'unpublished' }).where(eq(articles.id, article.id));
    expect((await request(`/s/${article.shortCode}`, asPerson())).status).toBe(404);
    await db().update(articles).set({ status: 'published', deletedAt: new Date() }).where(eq(articles.id, article.id));
    expect((await request(`/s/${article.shortCode}`, asPerson())).status).toBe(404);
  });

  const hidden = sample.filter((a) => a.status !== 'published');
  it.each(hidden.map((a) => [a.status, a.slug]))('a %s article (%s) has no working short link', async (_status, slug) => {
    const { shortCode } = await articleBySlug(slug!);
    const res = await request(`/s/${shortCode}`, asPerson());
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).not.toMatch(/Draft|Embargoed/);
  });

  it.each(['ZZZZZZZZ', 'short', 'toolongcode1', 'abc-defg', '%2F%2Fevil.com'])('%s: 404 page, never stored', async (code) => {
    const res = await request(`/s/${code}`, asPerson());
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    // A stored copy per made-up code would cost a D1 write each (the edge cache's tag index).
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('codes are case-sensitive: a changed case is another code', async () => {
    const article = await insertArticle({ slug: 'case-code', shortCode: 'AbCdEfGh' });
    expect((await request('/s/AbCdEfGh', asPerson())).status).toBe(301);
    expect((await request('/s/abcdefgh', asPerson())).status).toBe(404);
    expect(article.shortCode).toBe('AbCdEfGh');
  });

  it('the unique index refuses a second article with the same code (inserts must retry)', async () => {
    await insertArticle({ slug: 'code-owner', shortCode: 'Dup1Code' });
    const error: Error = await insertArticle({ slug: 'code-thief', shortCode: 'Dup1Code' }).then(() => new Error('inserted'), (e) => e);
    // Drizzle wraps D1's error; the constraint is named in its cause.
    expect(String(error.cause ?? error)).toMatch(/UNIQUE constraint failed: articles\.short_code/);
  });
});
