/**
 * The Corrections screen (/newsroom/stories/{id}/corrections): editors add and fix notes and
 * admins remove them through publishing/corrections (the editor API's functions: same rows,
 * audited under the person's name, readers see the note); the API's refusals (a story that
 * is not public: 409; contributors; signed-out; forgery) hold on the page too.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, corrections } from '../../src/db/schema';
import { newsroomIdentity } from '../../src/newsroom/identity';
import { api, createDraft, tokenFor } from './editor-support';
import { db, postForm, send, signedIn, warmNewsroom } from './newsroom-support';
import { seedSampleNewsroom } from './support';

const HEADLINE = 'Rada Miasta Krakowa przyjęła budżet na 2027 rok: 1,2 mld zł na tramwaje, „zielone torowiska” i remont mostu Dębnickiego — Київ теж 🚋';
const CORRECTION = 'W pierwotnej wersji podaliśmy, że budżet wynosi **1,5 mld zł**. Prawidłowa kwota to 1,2 mld zł. Dziękujemy czytelnikom 🙏';
const CLARIFICATION = 'Уточнення: міст закриють лише для автомобілів, а не для «трамваїв» — див. "рішення ради".';

let token = '';

async function publishedStory(title = HEADLINE) {
  const story = await createDraft(token, { title, language: 'pl' });
  expect((await api(`/articles/${story.id}/publish`, { token, method: 'POST' })).status).toBe(200);
  return story;
}

const stripped = (row: typeof corrections.$inferSelect) => ({ kind: row.kind, textSource: row.textSource, textHtml: row.textHtml, textPlain: row.textPlain });

beforeAll(async () => {
  await warmNewsroom();
  await seedSampleNewsroom();
  token = (await tokenFor('editor')).secret;
}, 60_000);

describe('newsroom corrections screen', () => {
  it('refuses signed-out visitors, contributors, editors removing, cross-origin posts and missing CSRF tokens', async () => {
    const story = await publishedStory();
    const base = `/newsroom/stories/${story.id}/corrections`;
    expect((await send(base)).headers.get('location')).toBe('/newsroom/sign-in');
    expect((await postForm(base, '', { kind: 'correction', text: 'x' })).status).toBe(303);
    const contributor = await signedIn('contributor');
    expect((await send(base, { headers: { cookie: contributor.cookie } })).status).toBe(403); // not their story (assertCanRead)
    expect((await postForm(base, contributor.cookie, { _csrf: contributor.csrf, kind: 'correction', text: 'Fałsz' })).status).toBe(403);
    const editor = await signedIn('editor');
    expect((await postForm(base, editor.cookie, { _csrf: editor.csrf, kind: 'correction', text: 'Fałsz' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm(base, editor.cookie, { kind: 'correction', text: 'Fałsz' })).status).toBe(403);
    expect(await db().select().from(corrections).where(eq(corrections.articleId, story.id))).toEqual([]);
    await postForm(base, editor.cookie, { _csrf: editor.csrf, kind: 'correction', text: CORRECTION });
    const [note] = await db().select().from(corrections).where(eq(corrections.articleId, story.id));
    expect((await postForm(`${base}/${note!.id}`, contributor.cookie, { _csrf: contributor.csrf, text: 'Fałsz' })).status).toBe(403);
    expect((await postForm(`${base}/${note!.id}/remove`, editor.cookie, { _csrf: editor.csrf })).status).toBe(403);
    expect(await (await send(base, { headers: { cookie: editor.cookie } })).text()).not.toContain(`Remove note ${note!.id}`);
    expect(await db().select().from(corrections).where(eq(corrections.id, note!.id))).toHaveLength(1);
  });

  it('adds, fixes and removes notes readers see, audited under the person, with the same rows as the API', async () => {
    const story = await publishedStory();
    const base = `/newsroom/stories/${story.id}/corrections`;
    const editor = await signedIn('editor');
    const added = await postForm(base, editor.cookie, { _csrf: editor.csrf, kind: 'correction', text: `  ${CORRECTION}\n` });
    expect(added.headers.get('location')).toBe(`${base}?done=added`);
    const [note] = await db().select().from(corrections).where(eq(corrections.articleId, story.id));
    expect(note).toMatchObject({ kind: 'correction', textSource: CORRECTION });
    const reader = await (await send(`/articles/${story.slug}`)).text();
    expect(reader).toContain('Prawidłowa kwota to 1,2 mld zł');

    // The API, sent the same note, writes the same row.
    const viaApi = await api(`/articles/${story.id}/corrections`, { token, json: { kind: 'correction', text: CORRECTION } });
    expect(viaApi.status).toBe(201);
    const rows = await db().select().from(corrections).where(eq(corrections.articleId, story.id));
    expect(stripped(rows[1]!)).toEqual(stripped(rows[0]!));

    const identity = await newsroomIdentity(db(), { id: editor.personId, name: 'x', role: 'editor' });
    const audited = await db().select().from(auditLog).where(and(eq(auditLog.tokenId, identity.tokenId), eq(auditLog.action, 'correction-add')));
    expect(audited).toHaveLength(1);

    const page = await (await send(`${base}?done=added`, { headers: { cookie: editor.cookie } })).text();
    expect(page).toContain('Note added: readers see it now.');
    expect(page).toContain('<strong>1,5 mld zł</strong>');

    const edited = await postForm(`${base}/${note!.id}`, editor.cookie, { _csrf: editor.csrf, kind: 'clarification', text: CLARIFICATION });
    expect(edited.headers.get('location')).toBe(`${base}?done=edited`);
    expect((await db().select().from(corrections).where(eq(corrections.id, note!.id)))[0]).toMatchObject({ kind: 'clarification', textSource: CLARIFICATION });
    expect(await (await send(`/articles/${story.slug}`)).text()).toContain('міст закриють лише для автомобілів');

    const admin = await signedIn('admin');
    expect((await send(base, { headers: { cookie: admin.cookie } })).status).toBe(200);
    expect((await postForm(`${base}/${note!.id}/remove`, admin.cookie, { _csrf: admin.csrf })).headers.get('location')).toBe(`${base}?done=removed`);
    expect(await db().select().from(corrections).where(eq(corrections.id, note!.id))).toEqual([]);
    const adminIdentity = await newsroomIdentity(db(), { id: admin.personId, name: 'x', role: 'admin' });
    const removal = await db().select().from(auditLog).where(and(eq(auditLog.tokenId, adminIdentity.tokenId), eq(auditLog.action, 'correction-remove')));
    expect(removal).toHaveLength(1);
  });

  it('answers the API refusals on the page: 409 on a draft, 400 naming the field, 404 for another story', async () => {
    const editor = await signedIn('editor');
    const draft = await createDraft(token, { title: HEADLINE });
    const refused = await postForm(`/newsroom/stories/${draft.id}/corrections`, editor.cookie, { _csrf: editor.csrf, kind: 'update', text: CORRECTION });
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain('Notes go on published stories; this one is not public');
    expect(html).toContain('Dziękujemy czytelnikom 🙏'); // what was typed is kept
    const viaApi = await api(`/articles/${draft.id}/corrections`, { token, json: { kind: 'update', text: CORRECTION } });
    expect(viaApi.status).toBe(409);

    const story = await publishedStory();
    const base = `/newsroom/stories/${story.id}/corrections`;
    const empty = await postForm(base, editor.cookie, { _csrf: editor.csrf, kind: 'erratum', text: '   ' });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('id="note-new-text-error"');
    expect(emptyHtml).toContain('id="note-new-kind-error"');
    expect((await postForm(base, editor.cookie, { _csrf: editor.csrf, kind: 'update', text: '🙏'.repeat(2001) })).status).toBe(400);
    expect(await db().select().from(corrections).where(eq(corrections.articleId, story.id))).toEqual([]);

    await postForm(base, editor.cookie, { _csrf: editor.csrf, kind: 'update', text: CORRECTION });
    const [note] = await db().select().from(corrections).where(eq(corrections.articleId, story.id));
    const other = await publishedStory(`${HEADLINE} (2)`);
    expect((await postForm(`/newsroom/stories/${other.id}/corrections/${note!.id}`, editor.cookie, { _csrf: editor.csrf, text: 'Inna' })).status).toBe(404);
    expect((await send('/newsroom/stories/99999999/corrections', { headers: { cookie: editor.cookie } })).status).toBe(404);
  });
});
