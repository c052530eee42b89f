/**
 * The live entries editor API: each bad input answers 400 naming the field, roles follow
 * access.ts, entries of a draft stay invisible, and every write goes through the publishing
 * path (audit row, webhook event, purge of `live:<id>` only, with its receipt).
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createDraft, tokenFor } from './editor-support';
import { ENTRIES, liveStory, postEntry, unique } from './live-support';
import { requestUncached, seedSampleNewsroom } from './support';

let editor: string;
let contributor: string;
let story: { id: number; slug: string };

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  contributor = (await tokenFor('contributor')).secret;
  story = await liveStory(editor);
});

const errorOf = async (res: Response) => (await res.json<{ error: { code: string; details: { fields?: Record<string, string[]> } | null } }>()).error;

describe('posting an entry', () => {
  it('stores the entry, renders its Markdown subset safely and answers the purge of live:<id> alone', async () => {
    const entry = await postEntry(editor, story.id, { body: ENTRIES.en, keyEvent: true });
    expect(entry.bodyHtml).toContain('<strong>crews worked overnight</strong>');
    expect(entry.bodyHtml).toContain('<a rel="noopener noreferrer" href="https://example.org/statement">Statement</a>');
    expect(entry.keyEvent).toBe(true);
    expect(entry.pinned).toBe(false);
    expect(entry.url).toMatch(new RegExp(`/articles/${story.slug}#entry-${entry.id}$`));
    // Exactly the story's live tag (plus the tags every purge includes): never a listing.
    expect(entry.purge?.tags.sort()).toEqual([`live:${story.id}`, 'not-found', 'untagged'].sort());
    expect(entry.purge?.status).toBe('done');
    const audit = await env.DB.prepare("select action, actor from audit_log where article_id = ? and action = 'live-entry-create'").bind(story.id).all();
    expect(audit.results.length).toBeGreaterThan(0);
    // The event carries the entry as the live JSON shows it (docs/webhooks.md: data.entry).
    const event = await env.DB.prepare("select data from webhook_events where article_id = ? and type = 'live.entry.created' order by id desc").bind(story.id).first<{ data: string }>();
    expect(JSON.parse(event!.data).entry).toMatchObject({ id: entry.id, anchor: `entry-${entry.id}`, html: entry.bodyHtml, keyEvent: true });
  });

  it('gives entries posted in the same instant by several editors each their own id', async () => {
    const posted = await Promise.all([ENTRIES.en, ENTRIES.pl, ENTRIES.uk, 'Fourth desk: update'].map((body) => postEntry(editor, story.id, { body })));
    expect(new Set(posted.map((e) => e.id)).size).toBe(4);
    const stored = await env.DB.prepare(`select body_source from live_entries where id in (${posted.map((e) => e.id).join(',')}) order by id`).all<{ body_source: string }>();
    expect(stored.results.map((r) => r.body_source).sort()).toEqual(posted.map((e) => e.body).sort());
  });

  it('keeps Polish, Ukrainian and emoji text as typed, and shows raw HTML as text', async () => {
    for (const text of [ENTRIES.pl, ENTRIES.uk]) expect((await postEntry(editor, story.id, { body: text })).bodyHtml).toBe(`<p>${text}</p>`);
    const hostile = await postEntry(editor, story.id, {
      body: 'Witness: "<script>alert(1)</script>" <img src=x onerror=alert(2)> [click](javascript:alert(3)) ![](https://evil.example/p.png)\n\nSecond paragraph',
    });
    // No element or attribute survives: what looked like HTML is text (escaped), the javascript: link has no href.
    expect(hostile.bodyHtml).not.toMatch(/<script|<img|<[^>]*onerror|javascript:|evil\.example/i);
    expect(hostile.bodyHtml).toContain('<a rel="noopener noreferrer">click</a>');
    expect(hostile.bodyHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile.bodyHtml.match(/<p>/g)).toHaveLength(2);
  });

  const bad: [string, unknown, string][] = [
    ['no body', { pinned: true }, 'body'],
    ['a blank body', { body: '   \n ' }, 'body'],
    ['a body over 5,000 characters', { body: `${ENTRIES.pl} `.repeat(50) }, 'body'],
    ['a body that is not a string', { body: 42 }, 'body'],
    ['pinned that is not a boolean', { body: 'x', pinned: 'yes' }, 'pinned'],
    ['keyEvent that is not a boolean', { body: 'x', keyEvent: 1 }, 'keyEvent'],
    ['an unknown field', { body: 'x', imageUrl: 'https://example.org/a.jpg' }, 'imageUrl'],
  ];
  for (const [name, json, field] of bad) {
    it(`answers 400 naming the field for ${name}`, async () => {
      const res = await api(`/articles/${story.id}/entries`, { token: editor, json });
      expect(res.status).toBe(400);
      expect(Object.keys((await errorOf(res)).details?.fields ?? {})).toContain(field);
    });
  }

  it('answers 400 for malformed JSON, 415 for another type, 400 for a bad id, 404 for no such story, 401 without a token', async () => {
    expect((await api(`/articles/${story.id}/entries`, { token: editor, json: undefined, method: 'POST', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    const broken = await api(`/articles/${story.id}/entries`, { token: editor, method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect((await api(`/articles/${story.id}/entries`, { token: editor, json: { body: 'x' }, headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    const badId = await api('/articles/abc/entries', { token: editor, json: { body: 'x' } });
    expect(badId.status).toBe(400);
    expect(Object.keys((await errorOf(badId)).details?.fields ?? {})).toContain('id');
    expect((await api('/articles/999999/entries', { token: editor, json: { body: 'x' } })).status).toBe(404);
    expect((await api(`/articles/${story.id}/entries`, { json: { body: 'x' } })).status).toBe(401);
  });

  it('answers 409 on a story whose coverage is not open (never opened, or closed)', async () => {
    const plain = await createDraft(editor, { title: `Council approves the 2027 budget after a nine-hour session ${unique()}` });
    const res = await api(`/articles/${plain.id}/entries`, { token: editor, json: { body: 'x' } });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('invalid_state');
    const closed = await liveStory(editor);
    const close = await api(`/articles/${closed.id}`, { token: editor, method: 'PATCH', json: { live: false }, headers: { 'if-match': '*' } });
    expect(close.status).toBe(200);
    expect((await api(`/articles/${closed.id}/entries`, { token: editor, json: { body: 'x' } })).status).toBe(409);
  });
});

describe('roles (access.ts)', () => {
  it('lets a contributor post to a live draft of their own, not to anyone else’s story nor to their published one', async () => {
    const own = await liveStory(contributor, { draft: true });
    expect((await api(`/articles/${own.id}/entries`, { token: contributor, json: { body: ENTRIES.pl } })).status).toBe(201);
    expect((await api(`/articles/${story.id}/entries`, { token: contributor, json: { body: ENTRIES.pl } })).status).toBe(403);
    const editorsDraft = await liveStory(editor, { draft: true });
    expect((await api(`/articles/${editorsDraft.id}/entries`, { token: contributor, json: { body: 'x' } })).status).toBe(403);
    // Once an editor publishes the contributor's story, it is no longer theirs to edit.
    expect((await api(`/articles/${own.id}/publish`, { token: editor, method: 'POST' })).status).toBe(200);
    expect((await api(`/articles/${own.id}/entries`, { token: contributor, json: { body: 'x' } })).status).toBe(403);
    expect((await api(`/articles/${own.id}/entries`, { token: editor, json: { body: 'x' } })).status).toBe(201);
  });
});

describe('editing and deleting', () => {
  it('changes text and flags, keeps the posting time, and purges only the live tag', async () => {
    const entry = await postEntry(editor, story.id, { body: ENTRIES.uk });
    const res = await api(`/articles/${story.id}/entries/${entry.id}`, { token: editor, method: 'PATCH', json: { body: `${ENTRIES.uk} (оновлено)`, pinned: true } });
    expect(res.status).toBe(200);
    const changed = await res.json<EditorEntryJson>();
    expect(changed.pinned).toBe(true);
    expect(changed.bodyHtml).toContain('(оновлено)');
    expect(changed.createdAt).toBe((entry as unknown as EditorEntryJson).createdAt);
    expect(changed.purge?.tags).toContain(`live:${story.id}`);
    expect(changed.purge?.tags).not.toContain(`article:${story.id}`);
  });

  it('answers 400 for an empty change, 404 for an entry of another story and for one that is gone', async () => {
    const entry = await postEntry(editor, story.id, { body: 'To be deleted' });
    expect((await api(`/articles/${story.id}/entries/${entry.id}`, { token: editor, method: 'PATCH', json: {} })).status).toBe(400);
    const other = await liveStory(editor);
    expect((await api(`/articles/${other.id}/entries/${entry.id}`, { token: editor, method: 'PATCH', json: { pinned: true } })).status).toBe(404);
    expect((await api(`/articles/${other.id}/entries/${entry.id}`, { token: editor, method: 'DELETE' })).status).toBe(404);
    const deleted = await api(`/articles/${story.id}/entries/${entry.id}`, { token: editor, method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ id: entry.id, deleted: true, purge: { status: 'done' } });
    expect((await api(`/articles/${story.id}/entries/${entry.id}`, { token: editor, method: 'DELETE' })).status).toBe(404);
    expect((await api(`/articles/${story.id}/entries/${entry.id}`, { token: editor, method: 'PATCH', json: { pinned: false } })).status).toBe(404);
    expect((await api(`/articles/${story.id}/entries/${entry.id}`, { token: contributor, method: 'DELETE' })).status).toBe(403);
  });
});

describe('drafts', () => {
  it('keeps a draft’s entries from readers (page, live JSON) and purges nothing until it is published', async () => {
    const draft = await liveStory(editor, { draft: true });
    const entry = await postEntry(editor, draft.id, { body: 'Embargoed: the minister resigns at 18:00' });
    expect(entry.purge).toBeUndefined();
    const events = await env.DB.prepare('select count(*) as n from webhook_events where article_id = ?').bind(draft.id).first<{ n: number }>();
    expect(events?.n).toBe(0);
    expect((await requestUncached(`/articles/${draft.slug}`)).status).toBe(404);
    expect((await requestUncached(`/api/v1/articles/${draft.slug}/live`)).status).toBe(404);
    expect((await api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST' })).status).toBe(200);
    const page = await requestUncached(`/articles/${draft.slug}`);
    expect(await page.text()).toContain('Embargoed: the minister resigns at 18:00');
  });
});

interface EditorEntryJson { createdAt: string; bodyHtml: string; pinned: boolean; purge?: { tags: string[] } }
