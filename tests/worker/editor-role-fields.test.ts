/**
 * Roles as a newsroom runs them: a contributor cannot change where readers and share links
 * go (canonicalUrl) or credit the story to someone else; editors can. 403 names the field.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { authors as sampleAuthors } from '../../seed/content';
import { authors } from '../../src/db/schema';
import { createToken } from '../../src/queries/editor-tokens';
import { api, createDraft, tokenFor } from './editor-support';
import { db, seedSampleNewsroom } from './support';

let editor: string;
let contributor: string;
const [own, other] = sampleAuthors.map((a) => a.slug);

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  const [me] = await db().select().from(authors).where(eq(authors.slug, own!));
  contributor = (await createToken(db(), { name: 'stringer', role: 'contributor', authorId: me!.id })).secret;
});

type ErrorBody = { error: { code: string; details: { fields: Record<string, string[]> } } };
const story = { title: 'Night trams return to the harbour line after two years', body: 'Text.', section: 'world' };

describe('contributor-only limits', () => {
  it('create: canonicalUrl and someone else’s byline are refused with 403 naming each field', async () => {
    const res = await api('/articles', { token: contributor, json: { ...story, canonicalUrl: 'https://elsewhere.example/story', author: other } });
    expect(res.status).toBe(403);
    expect(Object.keys((await res.json<ErrorBody>()).error.details.fields).sort()).toEqual(['author', 'canonicalUrl']);
  });

  it('create: their own byline is fine, and is the default', async () => {
    const named = await api('/articles', { token: contributor, json: { ...story, author: own } });
    expect(named.status).toBe(201);
    expect((await createDraft(contributor, story) as unknown as { author: string }).author).toBe(own);
  });

  it('update: the same fields are refused on their own draft; editors may set them', async () => {
    const draft = await createDraft(contributor, story);
    const res = await api(`/articles/${draft.id}`, { token: contributor, method: 'PATCH', json: { author: other }, headers: { 'if-match': draft.etag } });
    expect(res.status).toBe(403);
    expect((await res.json<ErrorBody>()).error.details.fields.author).toBeDefined();
    const byEditor = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { author: other, canonicalUrl: 'https://partner.example/original' }, headers: { 'if-match': draft.etag } });
    expect(byEditor.status).toBe(200);
  });

  it('restoring a revision cannot bring back a byline the contributor could not set', async () => {
    // An editor credits the contributor's draft to someone else, then back: revision 2 holds the other byline.
    const mine = await createDraft(contributor, story);
    const edited = await api(`/articles/${mine.id}`, { token: editor, method: 'PATCH', json: { author: other }, headers: { 'if-match': mine.etag } });
    const { etag } = await edited.json<{ etag: string }>();
    await api(`/articles/${mine.id}`, { token: editor, method: 'PATCH', json: { author: own }, headers: { 'if-match': etag } });
    const restore = await api(`/articles/${mine.id}/revisions/2/restore`, { token: contributor, method: 'POST' });
    expect(restore.status).toBe(403);
    expect((await restore.json<ErrorBody>()).error.details.fields.author).toBeDefined();
  });
});
