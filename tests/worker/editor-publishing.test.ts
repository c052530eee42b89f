/** The publishing code path called directly, as the cron and scripts call it: cache purges and input checks. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle, publishArticle, unpublishArticle, updateArticle, type PublishingDeps } from '../../src/publishing';
import { PublishingError } from '../../src/publishing/errors';
import { writeArticleChange } from '../../src/publishing/write-change';
import { loadArticleState } from '../../src/queries/editor-articles';
import { isUniqueViolation } from '../../src/queries/editor-taxonomy';
import { api, tokenFor } from './editor-support';
import { db, seedSampleNewsroom } from './support';

const actor = { tokenId: null, name: 'script' };

/** Real deps except that purges are recorded, so the test sees exactly what was purged. */
function recordingDeps() {
  const purges: string[][] = [];
  const deps: PublishingDeps = { purge: async (tags) => purges.push(tags), now: () => Date.now() };
  return { deps, purges };
}

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('cache purges', () => {
  it('purge nothing while a story is a draft, everything it appears on when it goes live or changes', async () => {
    const { deps, purges } = recordingDeps();
    const draft = await createArticle(db(), deps, actor, { title: 'Purge probe', body: 'x', bodyFormat: 'markdown', section: 'business', author: 'maya-okafor', tags: ['budget'] }, { createdByTokenId: null });
    await updateArticle(db(), deps, actor, draft.id, { dek: 'Still a draft' });
    expect(purges).toEqual([]);

    await publishArticle(db(), deps, actor, draft.id);
    expect(purges).toHaveLength(1);
    expect(purges[0]).toEqual(
      expect.arrayContaining([`article:${draft.id}`, 'section:business', 'author:maya-okafor', 'tag:budget', 'home', 'feeds', 'sitemaps', 'search', 'article-lists']),
    );

    // Moving a live story to another section and tag purges both the old and the new pages.
    await updateArticle(db(), deps, actor, draft.id, { section: 'world', tags: ['transit'] });
    expect(purges[1]).toEqual(expect.arrayContaining(['section:business', 'section:world', 'tag:budget', 'tag:transit']));

    await unpublishArticle(db(), deps, actor, draft.id);
    expect(purges[2]).toEqual(expect.arrayContaining([`article:${draft.id}`, 'section:world', 'tag:transit', 'home']));
  });
});

describe('input the publishing path refuses', () => {
  it('reports unknown references as field errors, not exceptions from the database', async () => {
    const { deps } = recordingDeps();
    const attempt = createArticle(db(), deps, actor, { title: 'x', body: '', bodyFormat: 'markdown', section: 'nowhere' }, { createdByTokenId: null });
    await expect(attempt).rejects.toBeInstanceOf(PublishingError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid_input', details: { fields: { section: [expect.any(String)] } } });
  });

  it('answers bodies the renderer will not take with 400 through the API', async () => {
    const { secret } = await tokenFor('editor');
    // Quotes nested past the limit, and a tag with thousands of attributes (src/content/limits.ts).
    for (const body of ['>'.repeat(5_000), `<p ${'a="1" '.repeat(3_000)}>x</p>`]) {
      const res = await api('/articles', { token: secret, json: { title: 'Pathological', body, section: 'world' } });
      expect(res.status).toBe(400);
      expect(Object.keys((await res.json<{ error: { details: { fields: object } } }>()).error.details.fields)).toEqual(['body']);
    }
  });
});

describe('slug races', () => {
  it('turns a slug taken between the check and the write into slug_taken, not a 500', async () => {
    const { deps } = recordingDeps();
    const first = await createArticle(db(), deps, actor, { title: 'Race one', body: '', bodyFormat: 'markdown', section: 'world' }, { createdByTokenId: null });
    const second = await createArticle(db(), deps, actor, { title: 'Race two', body: '', bodyFormat: 'markdown', section: 'world' }, { createdByTokenId: null });
    // Only stories that went out hold their slug in the unique index: publish both.
    await publishArticle(db(), deps, actor, first.id);
    await publishArticle(db(), deps, actor, second.id);
    const before = (await loadArticleState(db(), second.id))!;
    // Skip the friendly check to reach the unique index, as a concurrent writer would.
    const write = writeArticleChange(db(), before, { ...before, slug: first.slug, revision: before.revision + 1 }, actor, 'update');
    await expect(write).rejects.toSatisfy((error: unknown) => isUniqueViolation(error, 'articles.slug'));
    // And through the API the same request is a clear 409.
    const { secret } = await tokenFor('editor');
    const current = await (await api(`/articles/${second.id}`, { token: secret })).json<{ etag: string }>();
    const res = await api(`/articles/${second.id}`, { token: secret, method: 'PATCH', json: { slug: first.slug }, headers: { 'if-match': current.etag } });
    expect(res.status).toBe(409);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('slug_taken');
  });
});

describe('short-code collisions', () => {
  it('draws a new code when the random one is taken, instead of failing the create', async () => {
    const { deps } = recordingDeps();
    const first = await createArticle(db(), deps, actor, { title: 'Code owner', body: '', bodyFormat: 'markdown', section: 'world' }, { createdByTokenId: null });
    const draws = [first.shortCode, first.shortCode, 'Zz9Yy8Xx'];
    const colliding: PublishingDeps = { ...deps, shortCode: () => draws.shift()! };
    const second = await createArticle(db(), colliding, actor, { title: 'Code collider', body: '', bodyFormat: 'markdown', section: 'world' }, { createdByTokenId: null });
    expect(second.shortCode).toBe('Zz9Yy8Xx');
    expect(draws).toEqual([]);
    expect((await loadArticleState(db(), second.id))?.title).toBe('Code collider');
  });
});
