import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleTags, auditLog, revisions, slugHistory } from '../../src/db/schema';
import { api, createDraft, tokenFor } from './editor-support';
import { db, request, seedSampleNewsroom } from './support';

let editor: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

describe('article lifecycle through the editor API', () => {
  it('creates a draft from the smallest body, with an ETag and a slug from the title', async () => {
    const res = await api('/articles', { token: editor, json: { title: 'Harbor bridge reopens', body: 'The **bridge** is open.', section: 'world' } });
    expect(res.status).toBe(201);
    const article = await res.json<{ id: number; slug: string; status: string; bodyHtml: string; etag: string; bodyFormat: string }>();
    expect(article).toMatchObject({ slug: 'harbor-bridge-reopens', status: 'draft', bodyFormat: 'markdown' });
    expect(article.bodyHtml).toBe('<p>The <strong>bridge</strong> is open.</p>');
    expect(res.headers.get('etag')).toBe(article.etag);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    // Drafts reserve no slug: a second draft with the same title shares it until one goes out,
    // and the second to be published gets the next free slug.
    const second = await createDraft(editor, { title: 'Harbor bridge reopens' });
    expect(second.slug).toBe('harbor-bridge-reopens');
    await api(`/articles/${article.id}/publish`, { token: editor, method: 'POST' });
    const published = await api(`/articles/${second.id}/publish`, { token: editor, method: 'POST' });
    expect(await published.json()).toMatchObject({ slug: 'harbor-bridge-reopens-2', status: 'published' });
  });

  it('keeps drafts off the public page and JSON until published, then 410 after unpublish', async () => {
    const draft = await createDraft(editor, { title: 'Secret council plan', tags: ['budget'] });
    expect((await request(`/articles/${draft.slug}`)).status).toBe(404);
    expect((await request(`/api/v1/articles/${draft.slug}`)).status).toBe(404);

    const published = await api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST' });
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ status: 'published' });
    expect((await request(`/articles/${draft.slug}`)).status).toBe(200);
    const json = await (await request(`/api/v1/articles/${draft.slug}`)).json<{ title: string }>();
    expect(json.title).toBe('Secret council plan');
    const [link] = await db().select().from(articleTags).where(eq(articleTags.articleId, draft.id));
    expect(link?.listedAt).toBeInstanceOf(Date);

    expect((await api(`/articles/${draft.id}/unpublish`, { token: editor, method: 'POST' })).status).toBe(200);
    expect((await request(`/articles/${draft.slug}`)).status).toBe(410);
    expect((await request(`/api/v1/articles/${draft.slug}`)).status).toBe(410);
    const [unlisted] = await db().select().from(articleTags).where(eq(articleTags.articleId, draft.id));
    expect(unlisted?.listedAt).toBeNull();
  });

  it('updates with If-Match: 428 without it, 412 when stale, and neither changes anything', async () => {
    const draft = await createDraft(editor);
    const missing = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { title: 'No header' } });
    expect(missing.status).toBe(428);
    const stale = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { title: 'Stale' }, headers: { 'if-match': '"a1-r99"' } });
    expect(stale.status).toBe(412);
    const unchanged = await (await api(`/articles/${draft.id}`, { token: editor })).json<{ title: string; revision: number }>();
    expect(unchanged).toMatchObject({ title: 'A test story', revision: 1 });

    const ok = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { title: 'Fresh title' }, headers: { 'if-match': draft.etag } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ title: 'Fresh title', revision: 2 });
    expect(ok.headers.get('etag')).not.toBe(draft.etag);
  });

  it('keeps an old slug in slug history so readers get a 301', async () => {
    const draft = await createDraft(editor, { title: 'Ferry timetable changes' });
    await api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST' });
    const current = await (await api(`/articles/${draft.id}`, { token: editor })).json<{ etag: string }>();
    const res = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { slug: 'ferry-timetable' }, headers: { 'if-match': current.etag } });
    expect(res.status).toBe(200);
    const [history] = await db().select().from(slugHistory).where(eq(slugHistory.articleId, draft.id));
    expect(history?.slug).toBe('ferry-timetable-changes');
    const moved = await request('/articles/ferry-timetable-changes');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toContain('/articles/ferry-timetable');
  });

  it('writes a revision and an audit entry for every change, and restores an old revision', async () => {
    const draft = await createDraft(editor, { title: 'Tram line extension' });
    const patched = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { body: 'Rewritten.' }, headers: { 'if-match': draft.etag } });
    expect(patched.status).toBe(200);
    const list = await (await api(`/articles/${draft.id}/revisions`, { token: editor })).json<{ items: { revision: number; action: string }[] }>();
    expect(list.items.map((r) => [r.revision, r.action])).toEqual([[2, 'update'], [1, 'create']]);

    const restored = await api(`/articles/${draft.id}/revisions/1/restore`, { token: editor, method: 'POST' });
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ body: 'Some *text*.', revision: 3 });
    const rows = await db().select().from(revisions).where(eq(revisions.articleId, draft.id));
    expect(rows).toHaveLength(3);
    const audit = await db().select().from(auditLog).where(eq(auditLog.articleId, draft.id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'restore-revision']);
  });

  it('moves an article to the trash and back', async () => {
    const draft = await createDraft(editor);
    await api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST' });
    const trashed = await api(`/articles/${draft.id}`, { token: editor, method: 'DELETE' });
    expect(await trashed.json()).toMatchObject({ deletedAt: expect.any(String) });
    expect((await request(`/articles/${draft.slug}`)).status).toBe(410);
    const inTrash = await (await api('/articles?status=trash', { token: editor })).json<{ items: { id: number }[] }>();
    expect(inTrash.items.map((a) => a.id)).toContain(draft.id);
    expect((await api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST' })).status).toBe(409);

    expect((await api(`/articles/${draft.id}/restore`, { token: editor, method: 'POST' })).status).toBe(200);
    expect((await request(`/articles/${draft.slug}`)).status).toBe(200);
  });

  it('schedules with a future time and refuses past or invalid ones', async () => {
    const draft = await createDraft(editor);
    const past = await api(`/articles/${draft.id}/publish`, { token: editor, json: { at: '2001-01-01T00:00:00Z' } });
    expect(past.status).toBe(400);
    expect((await past.json<{ error: { details: { fields: object } } }>()).error.details.fields).toHaveProperty('at');
    expect((await api(`/articles/${draft.id}/publish`, { token: editor, json: { at: 'tomorrow' } })).status).toBe(400);
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await api(`/articles/${draft.id}/publish`, { token: editor, json: { at } });
    expect(await scheduled.json()).toMatchObject({ status: 'scheduled', scheduledAt: at });
    expect((await request(`/articles/${draft.slug}`)).status).toBe(404);
  });

  it('lists any status with filters and cursor pagination', async () => {
    const drafts = await (await api('/articles?status=draft&limit=2', { token: editor })).json<{ items: { status: string }[]; nextCursor: string }>();
    expect(drafts.items).toHaveLength(2);
    expect(drafts.items.every((a) => a.status === 'draft')).toBe(true);
    const next = await (await api(`/articles?status=draft&limit=2&cursor=${drafts.nextCursor}`, { token: editor })).json<{ items: { id: number }[] }>();
    expect(next.items.length).toBeGreaterThan(0);
    const bySection = await (await api('/articles?section=business&limit=50', { token: editor })).json<{ items: { section: string }[] }>();
    expect(bySection.items.length).toBeGreaterThan(0);
    expect(bySection.items.every((a) => a.section === 'business')).toBe(true);
    expect((await api('/articles?cursor=not-a-cursor!', { token: editor })).status).toBe(400);
    expect((await api('/articles?colour=blue', { token: editor })).status).toBe(400);
  });
});
