/**
 * The role matrix: every editor endpoint, called with no token, a bad token, and each role.
 * No token: 401 with a challenge. A role below the endpoint's: 403. At or above: success.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenRole } from '../../src/db/schema';
import { api, createDraft, tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';

const ROLES: TokenRole[] = ['contributor', 'editor', 'admin'];
const tokens = {} as Record<TokenRole, string>;

beforeAll(async () => {
  await seedSampleNewsroom();
  for (const role of ROLES) tokens[role] = (await tokenFor(role)).secret;
});

const unique = () => crypto.randomUUID().slice(0, 8);
/** An article an editor created (not the contributor's), in the state the endpoint needs. */
async function editorsArticle(state: 'draft' | 'published' | 'trashed' = 'draft') {
  const draft = await createDraft(tokens.editor, { title: `Matrix ${unique()}` });
  if (state !== 'draft') await api(`/articles/${draft.id}/publish`, { token: tokens.editor, method: 'POST' });
  if (state === 'trashed') await api(`/articles/${draft.id}`, { token: tokens.editor, method: 'DELETE' });
  return draft;
}
async function taxonomyItem(kind: 'authors' | 'sections' | 'tags') {
  const res = await api(`/${kind}`, { token: tokens.admin, json: { name: `Item ${unique()}` } });
  return (await res.json<{ slug: string }>()).slug;
}

interface Case { name: string; minimum: TokenRole; ok: number; call: () => Promise<{ path: string; method: string; json?: unknown; headers?: Record<string, string> }> }

const CASES: Case[] = [
  { name: 'GET /articles', minimum: 'contributor', ok: 200, call: async () => ({ path: '/articles', method: 'GET' }) },
  { name: 'POST /articles', minimum: 'contributor', ok: 201, call: async () => ({ path: '/articles', method: 'POST', json: { title: 'Role test', body: 'x', section: 'world' } }) },
  { name: "GET /articles/:id (someone else's)", minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle()).id}`, method: 'GET' }) },
  {
    name: "PATCH /articles/:id (someone else's)", minimum: 'editor', ok: 200,
    call: async () => { const a = await editorsArticle(); return { path: `/articles/${a.id}`, method: 'PATCH', json: { dek: 'x' }, headers: { 'if-match': a.etag } }; },
  },
  { name: 'DELETE /articles/:id', minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle()).id}`, method: 'DELETE' }) },
  { name: 'POST /articles/:id/restore', minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle('trashed')).id}/restore`, method: 'POST' }) },
  { name: 'POST /articles/:id/publish', minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle()).id}/publish`, method: 'POST' }) },
  { name: 'POST /articles/:id/unpublish', minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle('published')).id}/unpublish`, method: 'POST' }) },
  { name: 'GET /articles/:id/revisions', minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle()).id}/revisions`, method: 'GET' }) },
  { name: 'GET /articles/:id/revisions/:rev', minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle()).id}/revisions/1`, method: 'GET' }) },
  { name: 'POST /articles/:id/revisions/:rev/restore', minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle()).id}/revisions/1/restore`, method: 'POST' }) },
  { name: 'GET /articles/:id/shares', minimum: 'editor', ok: 200, call: async () => ({ path: `/articles/${(await editorsArticle('published')).id}/shares`, method: 'GET' }) },
  ...(['authors', 'sections', 'tags'] as const).flatMap((kind): Case[] => [
    { name: `GET /${kind}`, minimum: 'contributor', ok: 200, call: async () => ({ path: `/${kind}`, method: 'GET' }) },
    { name: `POST /${kind}`, minimum: kind === 'tags' ? 'editor' : 'admin', ok: 201, call: async () => ({ path: `/${kind}`, method: 'POST', json: { name: `New ${unique()}` } }) },
    { name: `PATCH /${kind}/:slug`, minimum: kind === 'tags' ? 'editor' : 'admin', ok: 200, call: async () => ({ path: `/${kind}/${await taxonomyItem(kind)}`, method: 'PATCH', json: { name: 'Renamed' } }) },
    { name: `DELETE /${kind}/:slug`, minimum: 'admin', ok: 204, call: async () => ({ path: `/${kind}/${await taxonomyItem(kind)}`, method: 'DELETE' }) },
  ]),
  { name: 'GET /tokens', minimum: 'admin', ok: 200, call: async () => ({ path: '/tokens', method: 'GET' }) },
  { name: 'POST /tokens', minimum: 'admin', ok: 201, call: async () => ({ path: '/tokens', method: 'POST', json: { name: 'bot', role: 'contributor' } }) },
  { name: 'POST /tokens/:id/revoke', minimum: 'admin', ok: 200, call: async () => ({ path: `/tokens/${(await tokenFor('contributor')).id}/revoke`, method: 'POST' }) },
];

const RANK: Record<TokenRole, number> = { contributor: 1, editor: 2, admin: 3 };

describe.each(CASES)('$name', ({ minimum, ok, call }) => {
  it('is 401 with a Bearer challenge without a token, and with an unknown one', async () => {
    for (const token of [undefined, 'enc_not-a-real-token']) {
      const { path, method, json, headers } = await call();
      const res = await api(path, { token, method, json, headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="editor-api"/);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe('unauthorized');
    }
  });

  it.each(ROLES)(`answers %s by role (needs ${minimum})`, async (role) => {
    const { path, method, json, headers } = await call();
    const res = await api(path, { token: tokens[role], method, json, headers });
    expect(res.status).toBe(RANK[role] >= RANK[minimum] ? ok : 403);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('contributors', () => {
  it('create and edit their own drafts, but cannot publish them or edit them once live', async () => {
    const own = await createDraft(tokens.contributor);
    const edit = await api(`/articles/${own.id}`, { token: tokens.contributor, method: 'PATCH', json: { dek: 'Mine' }, headers: { 'if-match': own.etag } });
    expect(edit.status).toBe(200);
    expect((await api(`/articles/${own.id}/publish`, { token: tokens.contributor, method: 'POST' })).status).toBe(403);
    expect((await api(`/articles/${own.id}/revisions`, { token: tokens.contributor })).status).toBe(200);

    expect((await api(`/articles/${own.id}/publish`, { token: tokens.editor, method: 'POST' })).status).toBe(200);
    const live = await (await api(`/articles/${own.id}`, { token: tokens.contributor })).json<{ etag: string }>();
    const late = await api(`/articles/${own.id}`, { token: tokens.contributor, method: 'PATCH', json: { dek: 'Sneaky' }, headers: { 'if-match': live.etag } });
    expect(late.status).toBe(403);
  });

  it('list only their own articles', async () => {
    const own = await createDraft(tokens.contributor, { title: 'Only mine' });
    const list = await (await api('/articles?limit=50', { token: tokens.contributor })).json<{ items: { id: number }[] }>();
    expect(list.items.map((a) => a.id)).toContain(own.id);
    const everything = await (await api('/articles?limit=50', { token: tokens.editor })).json<{ items: { id: number }[] }>();
    expect(everything.items.length).toBeGreaterThan(list.items.length);
  });
});
