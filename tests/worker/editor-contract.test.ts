import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, revisions } from '../../src/db/schema';
import { loadArticleState } from '../../src/queries/editor-articles';
import { StaleRevisionError, writeArticleChange } from '../../src/publishing/write-change';
import { api, createDraft, tokenFor } from './editor-support';
import { db, request, seedSampleNewsroom } from './support';

let editor: string;
let otherEditor: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  otherEditor = (await tokenFor('editor')).secret;
});

type ErrorJson = { error: { code: string; message: string; details: { fields?: Record<string, string[]> } | null } };

describe('concurrent edits', () => {
  it('lets one of two simultaneous PATCHes win; the other gets 412 and can reapply', async () => {
    const draft = await createDraft(editor);
    const patch = (token: string, title: string) =>
      api(`/articles/${draft.id}`, { token, method: 'PATCH', json: { title }, headers: { 'if-match': draft.etag } });
    const [a, b] = await Promise.all([patch(editor, 'Version A'), patch(otherEditor, 'Version B')]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const [winner, loser] = a.status === 200 ? ['Version A', b] : ['Version B', a];
    expect((await loser.json<ErrorJson>()).error.code).toBe('precondition_failed');

    const stored = await db().select().from(revisions).where(eq(revisions.articleId, draft.id));
    expect(stored.map((r) => r.revision).sort()).toEqual([1, 2]);
    expect((stored.find((r) => r.revision === 2)!.snapshot as { title: string }).title).toBe(winner);

    // The loser fetches the new version and reapplies: both edits are now in the history.
    const fresh = await (await api(`/articles/${draft.id}`, { token: otherEditor })).json<{ etag: string }>();
    const retry = await api(`/articles/${draft.id}`, { token: otherEditor, method: 'PATCH', json: { dek: 'Reapplied' }, headers: { 'if-match': fresh.etag } });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ title: winner, dek: 'Reapplied', revision: 3 });
  });

  it('refuses a write in SQL when the article moved on after it was read (no read-then-write race)', async () => {
    const draft = await createDraft(editor);
    const before = (await loadArticleState(db(), draft.id))!;
    const actor = { tokenId: null, name: 'test' };
    await writeArticleChange(db(), before, { ...before, title: 'First', revision: 2 }, actor, 'update');
    // Same `before` again, as a second writer that read revision 1 at the same time would.
    await expect(writeArticleChange(db(), before, { ...before, title: 'Second', revision: 2 }, actor, 'update')).rejects.toBeInstanceOf(StaleRevisionError);
    const [row] = await db().select().from(articles).where(eq(articles.id, draft.id));
    expect(row).toMatchObject({ title: 'First', revision: 2 });
    const audit = await db().select().from(auditLog).where(eq(auditLog.articleId, draft.id));
    expect(audit).toHaveLength(2);
  });
});

describe('request contract', () => {
  it('rejects unknown fields with field-level details', async () => {
    const res = await api('/articles', { token: editor, json: { title: 'x', body: '', section: 'world', colour: 'red', sources: [{ name: 'A', url: 'ftp://x' }] } });
    expect(res.status).toBe(400);
    const { error } = await res.json<ErrorJson>();
    expect(error.code).toBe('validation_error');
    expect(error.details!.fields).toMatchObject({ colour: ['unknown field'], 'sources.0.url': [expect.stringContaining('http')] });
  });

  it('names unknown sections, tags and related articles, and refuses self-relations', async () => {
    const res = await api('/articles', { token: editor, json: { title: 'x', body: '', section: 'nowhere', tags: ['nope'], related: [999999] } });
    expect(res.status).toBe(400);
    const { error } = await res.json<ErrorJson>();
    expect(Object.keys(error.details!.fields!).sort()).toEqual(['related', 'section', 'tags']);
    const draft = await createDraft(editor);
    const self = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { related: [draft.id] }, headers: { 'if-match': draft.etag } });
    expect(self.status).toBe(400);
  });

  it('answers malformed JSON with 400, a wrong content type with 415, over 1 MB with 413', async () => {
    expect((await rawPost('{"title":', 'application/json')).status).toBe(400);
    expect((await rawPost('', 'application/json')).status).toBe(400);
    const form = await rawPost('title=x', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    expect((await form.json<ErrorJson>()).error.code).toBe('unsupported_media_type');
    const huge = JSON.stringify({ title: 'x', section: 'world', body: 'a'.repeat(1_100_000) });
    const tooBig = await rawPost(huge, 'application/json');
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json<ErrorJson>()).error.code).toBe('payload_too_large');
  });

  it('treats a bad id as 400 and a missing one as 404', async () => {
    expect((await api('/articles/abc', { token: editor })).status).toBe(400);
    expect((await api('/articles/99999999', { token: editor })).status).toBe(404);
  });
});

/** A raw POST to create, with exactly this body and content type. */
const rawPost = (body: string, type: string) =>
  request('/api/v1/editor/articles', { method: 'POST', headers: { authorization: `Bearer ${editor}`, 'content-type': type }, body });

describe('Idempotency-Key', () => {
  it('answers a retried create with the stored response, and a reused key with a different body with 422', async () => {
    const send = (title: string) =>
      api('/articles', { token: editor, json: { title, body: '', section: 'world' }, headers: { 'idempotency-key': 'create-1' } });
    const first = await send('Once only');
    const again = await send('Once only');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    const [a, b] = [await first.json<{ id: number }>(), await again.json<{ id: number }>()];
    expect(b.id).toBe(a.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const rows = await db().select().from(articles).where(eq(articles.title, 'Once only'));
    expect(rows).toHaveLength(1);
    const different = await send('Something else');
    expect(different.status).toBe(422);
  });

  it('publishes once per key', async () => {
    const draft = await createDraft(editor);
    const publish = () => api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST', headers: { 'idempotency-key': `pub-${draft.id}` } });
    expect((await publish()).status).toBe(200);
    const retry = await publish();
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ status: 'published', revision: 2 });
  });
});
