/**
 * A tag or an author created for an unpublished story stays invisible until a story that
 * uses it is public: every reader surface answers for it exactly as for a slug that never
 * existed (status, body, headers, cache tags, D1 round trips). Publishing the story shows
 * them on the very next request, unpublishing it hides them again: the edge cache is
 * purged both ways. Editors see everything all along.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { articleTags, articles } from '../../src/db/schema';
import { encodeCursor } from '../../src/model/cursor';
import { listTags } from '../../src/queries/api-lists';
import { loadTagListing } from '../../src/queries/listings';
import { d1Queries, fetchSettled } from './edge-cache-support';
import { tokenFor } from './editor-support';
import { db, seedSampleNewsroom } from './support';

const TAG = { slug: 'harbor-embargo', name: 'Embargoed Harbor Deal' };
const AUTHOR = { slug: 'odile-vance', name: 'Odile Vance', bio: 'Covers the port authority.' };
let adminToken: string;

/** An editor API call through the app, waiting for its background work (purges, stores). */
async function editor(path: string, json?: unknown, method = json === undefined ? 'GET' : 'POST') {
  const response = await fetchSettled(`/api/v1/editor${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.9' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json<{ id: number; slug: string }>();
}

const anyPage = encodeCursor({ publishedAt: Date.now() + 60_000, id: 1 });
/** Reader surfaces that name the tag or the author in their URL. */
const tagSurfaces = (slug: string) => [
  `/tags/${slug}`,
  `/tags/${slug}?cursor=${anyPage}`,
  `/lite/tags/${slug}`,
  `/api/v1/articles?tag=${slug}`,
  `/api/v1/articles?section=world&tag=${slug}`,
];
const authorSurfaces = (slug: string) => [
  `/authors/${slug}`,
  `/lite/authors/${slug}`,
  `/api/v1/articles?author=${slug}`,
  `/api/v1/articles?section=world&author=${slug}`,
];
/** Reader surfaces that list tags and authors. */
const directories = ['/api/v1/tags?limit=50', '/api/v1/authors?limit=50', '/sitemaps/taxonomy.xml'];
const allSurfaces = () => [...tagSurfaces(TAG.slug), ...authorSurfaces(AUTHOR.slug), ...directories];
/** What a surface shows once the story is public: article lists the story, the others the tag or author. */
const shownOn = (path: string) => (path.startsWith('/api/v1/articles?') ? embargoed.slug : /author/.test(path) ? AUTHOR.slug : TAG.slug);

/** A never-used slug of the same length, different for every call (so none is cached). */
let twins = 0;
const twinOf = (slug: string) => `nx${++twins}-`.padEnd(slug.length, 'q');

// Headers that differ between any two renders (or, for ETag, follow the slug in the body).
const VOLATILE = new Set(['date', 'etag', 'last-modified', 'server-timing', 'age']);

/** A response with `slug` replaced by a placeholder, so two slugs' answers can be compared. */
async function answer(path: string, slug: string) {
  const response = await fetchSettled(path);
  const blank = (text: string) => text.replaceAll(slug, '{slug}');
  const headers = [...response.headers].filter(([name]) => !VOLATILE.has(name)).map(([name, value]) => `${name}: ${blank(value)}`);
  return { status: response.status, headers, queries: d1Queries(response), body: blank(await response.text()) };
}

async function expectAnsweredAsNonexistent() {
  for (const [slug, surfaces] of [[TAG.slug, tagSurfaces], [AUTHOR.slug, authorSurfaces]] as const) {
    const twin = twinOf(slug);
    const neverCreated = surfaces(twin);
    for (const [i, hidden] of surfaces(slug).entries()) {
      const seen = await answer(hidden, slug);
      expect(seen.status, hidden).toBe(404);
      expect(seen, hidden).toEqual(await answer(neverCreated[i]!, twin));
    }
  }
}

async function read(path: string) {
  const response = await fetchSettled(path);
  return { status: response.status, cacheStatus: response.headers.get('cache-status') ?? '', text: await response.text() };
}

/** Reads every surface until it is cached, so the next step proves a purge, not a miss. */
async function cacheAll() {
  for (const path of allSurfaces()) {
    await read(path);
    expect((await read(path)).cacheStatus, path).toMatch(/; hit/);
  }
}

const before: Record<string, string> = {};
let embargoed: { id: number; slug: string };

beforeAll(async () => {
  await seedSampleNewsroom();
  // Admins may create authors; editors only tags.
  adminToken = (await tokenFor('admin')).secret;
  for (const path of directories) before[path] = (await read(path)).text;
  await editor('/tags', TAG);
  await editor('/authors', AUTHOR);
  const story = { body: 'Terms are not public yet.', section: 'world', tags: [TAG.slug], author: AUTHOR.slug };
  await editor('/articles', { ...story, title: 'Port deal draft' });
  const signed = await editor('/articles', { ...story, title: 'Port deal signed' });
  // Scheduling claims the slug for good: take it from the answer.
  embargoed = await editor(`/articles/${signed.id}/publish`, { at: new Date(Date.now() + 86_400_000).toISOString() });
  const killed = await editor('/articles', { ...story, title: 'Port deal collapses' });
  await editor(`/articles/${killed.id}/publish`, {});
  await editor(`/articles/${killed.id}`, undefined, 'DELETE');
});

describe('a tag and an author used only by a draft, an embargoed and a trashed story', () => {
  it('answer every reader surface exactly as a slug that never existed', async () => {
    await expectAnsweredAsNonexistent();
  });

  it('leave the tag and author directories and the taxonomy sitemap exactly as before they were created', async () => {
    for (const path of directories) {
      const { status, cacheStatus, text } = await read(path);
      expect(status, path).toBe(200);
      expect(cacheStatus, path).not.toMatch(/; hit/);
      expect(text, path).toBe(before[path]);
    }
  });

  it('are listed for editors', async () => {
    expect(JSON.stringify(await editor('/tags'))).toContain(TAG.name);
    expect(JSON.stringify(await editor('/authors'))).toContain(AUTHOR.name);
  });
});

describe('when the embargoed story is published, then unpublished', () => {
  it('they appear everywhere on the very next request', async () => {
    await cacheAll();
    await editor(`/articles/${embargoed.id}/publish`, {});
    for (const path of allSurfaces()) {
      const { status, cacheStatus, text } = await read(path);
      expect(status, path).toBe(200);
      expect(cacheStatus, path).not.toMatch(/; hit/);
      expect(text, path).toContain(shownOn(path));
    }
    for (const path of [`/tags/${TAG.slug}`, `/lite/tags/${TAG.slug}`]) expect((await read(path)).text).toContain(TAG.name);
    for (const path of [`/authors/${AUTHOR.slug}`, `/lite/authors/${AUTHOR.slug}`]) expect((await read(path)).text).toContain(AUTHOR.bio);
    expect((await read('/sitemaps/taxonomy.xml')).text).toContain(`/authors/${AUTHOR.slug}`);
    const article = JSON.parse((await read(`/api/v1/articles/${embargoed.slug}`)).text);
    expect(article.tags.map((t: { slug: string }) => t.slug)).toEqual([TAG.slug]);
  });

  it('they disappear again on the very next request', async () => {
    await cacheAll();
    await editor(`/articles/${embargoed.id}/unpublish`, {});
    for (const path of directories) {
      const { cacheStatus, text } = await read(path);
      expect(cacheStatus, path).not.toMatch(/; hit/);
      expect(text, path).toBe(before[path]);
    }
    await expectAnsweredAsNonexistent();
  });
});

describe('a tag whose only story left the public', () => {
  it('is hidden by isPublic() even while its link still says "listed"', async () => {
    const story = sample.find((a) => a.status === 'published' && a.tags.includes('sailing'))!;
    expect(sample.filter((a) => a.status === 'published' && a.tags.includes('sailing'))).toHaveLength(1);
    const [row] = await db().update(articles).set({ deletedAt: new Date() }).where(eq(articles.slug, story.slug)).returning();
    const links = await db().select().from(articleTags).where(eq(articleTags.articleId, row!.id));
    expect(links.every((link) => link.listedAt !== null)).toBe(true);
    expect(await loadTagListing(db(), 'sailing', { limit: 5, cursor: null })).toBeNull();
    expect((await listTags(db(), 50, null)).map((t) => t.slug)).not.toContain('sailing');
  });
});
