/**
 * The Live entries screen (/newsroom/stories/{id}/live): post, edit, pin/unpin, key event and
 * delete through publishing/live-entries with the editor API's guard (same rows as the API,
 * audited under the person, readers see them); the API's refusals hold on the page.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, liveEntries } from '../../src/db/schema';
import { newsroomIdentity } from '../../src/newsroom/identity';
import { LIVE_PAGE_SIZE } from '../../src/newsroom/live';
import { api, tokenFor } from './editor-support';
import { ENTRIES, liveStory, postEntry } from './live-support';
import { db, postForm, send, signedIn, warmNewsroom } from './newsroom-support';
import { seedSampleNewsroom } from './support';

let token = '';
const TITLE = 'Na żywo: strajk na przejściu w Dorohusku, kolejka ciężarówek ma 12 km — «Київ» apeluje o „zielony korytarz” 🚛';
const entriesOf = (articleId: number) => db().select().from(liveEntries).where(eq(liveEntries.articleId, articleId));

beforeAll(async () => {
  await warmNewsroom();
  await seedSampleNewsroom();
  token = (await tokenFor('editor')).secret;
}, 60_000);

describe('newsroom live entries screen', () => {
  it('refuses signed-out visitors, contributors on others\u2019 stories, cross-origin posts and missing CSRF tokens', async () => {
    const story = await liveStory(token, { title: TITLE });
    const base = `/newsroom/stories/${story.id}/live`;
    expect((await send(base)).headers.get('location')).toBe('/newsroom/sign-in');
    expect((await postForm(base, '', { body: 'x' })).status).toBe(303);
    const contributor = await signedIn('contributor');
    expect((await send(base, { headers: { cookie: contributor.cookie } })).status).toBe(403);
    expect((await postForm(base, contributor.cookie, { _csrf: contributor.csrf, body: 'Fałsz' })).status).toBe(403);
    const entry = await postEntry(token, story.id, { body: ENTRIES.pl });
    expect((await postForm(`${base}/${entry.id}`, contributor.cookie, { _csrf: contributor.csrf, pinned: 'true' })).status).toBe(403);
    expect((await postForm(`${base}/${entry.id}/delete`, contributor.cookie, { _csrf: contributor.csrf })).status).toBe(403);
    const editor = await signedIn('editor');
    expect((await postForm(base, editor.cookie, { _csrf: editor.csrf, body: 'Fałsz' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm(`${base}/${entry.id}/delete`, editor.cookie, {})).status).toBe(403);
    expect(await entriesOf(story.id)).toHaveLength(1);
  });

  it('posts, pins, marks, edits and deletes entries readers see, with the same rows as the API', async () => {
    const story = await liveStory(token, { title: TITLE });
    const base = `/newsroom/stories/${story.id}/live`;
    const editor = await signedIn('editor');
    const posted = await postForm(base, editor.cookie, { _csrf: editor.csrf, body: ENTRIES.uk, flags: '1', keyEvent: 'true' });
    expect(posted.headers.get('location')).toBe(`${base}?done=posted`);
    const [first] = await entriesOf(story.id);
    expect(first).toMatchObject({ bodySource: ENTRIES.uk, pinned: false, keyEvent: true });
    const viaApi = await postEntry(token, story.id, { body: ENTRIES.uk, keyEvent: true });
    const [, second] = await entriesOf(story.id);
    expect({ ...second, id: 0, tokenId: 0, createdAt: 0, updatedAt: 0 }).toEqual({ ...first, id: 0, tokenId: 0, createdAt: 0, updatedAt: 0 });
    expect(viaApi.bodyHtml).toBe(first!.bodyHtml);
    expect(await (await send(`/articles/${story.slug}`)).text()).toContain('Світло повернули у 80% будинків');

    await postForm(base, editor.cookie, { _csrf: editor.csrf, body: ENTRIES.en });
    expect((await postForm(`${base}/${first!.id}`, editor.cookie, { _csrf: editor.csrf, pinned: 'true' })).headers.get('location')).toBe(`${base}?done=edited`);
    const page = await (await send(base, { headers: { cookie: editor.cookie } })).text();
    // Pinned first, then newest.
    const order = [...page.matchAll(/data-entry-id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(order[0]).toBe(first!.id);
    expect(order.slice(1)).toEqual([...order.slice(1)].sort((a, b) => b - a));
    expect(page).toContain(`Unpin entry ${first!.id}`);
    expect(page).toContain('<strong>crews worked overnight</strong>');

    // The edit form sends its boxes: unchecked means off.
    await postForm(`${base}/${first!.id}`, editor.cookie, { _csrf: editor.csrf, body: ENTRIES.pl, flags: '1', pinned: 'true' });
    expect((await db().select().from(liveEntries).where(eq(liveEntries.id, first!.id)))[0]).toMatchObject({ bodySource: ENTRIES.pl, pinned: true, keyEvent: false });

    expect((await postForm(`${base}/${first!.id}/delete`, editor.cookie, { _csrf: editor.csrf })).headers.get('location')).toBe(`${base}?done=deleted`);
    expect(await db().select().from(liveEntries).where(eq(liveEntries.id, first!.id))).toEqual([]);
    const identity = await newsroomIdentity(db(), { id: editor.personId, name: 'x', role: 'editor' });
    const actions = (await db().select().from(auditLog).where(and(eq(auditLog.tokenId, identity.tokenId), eq(auditLog.articleId, story.id)))).map((r) => r.action);
    expect(actions.sort()).toEqual(['live-entry-create', 'live-entry-create', 'live-entry-delete', 'live-entry-update', 'live-entry-update']);
  });

  it('answers the API refusals on the page and pages long coverage', async () => {
    const editor = await signedIn('editor');
    const closed = await api('/articles', { token, json: { title: TITLE, body: 'Tekst.', section: 'world' } });
    const { id: closedId } = await closed.json<{ id: number }>();
    const refused = await postForm(`/newsroom/stories/${closedId}/live`, editor.cookie, { _csrf: editor.csrf, body: ENTRIES.pl });
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain('Live coverage is not open on this story');
    expect(html).toContain('kierowcy czekają od nocy'); // what was typed is kept

    const story = await liveStory(token, { title: TITLE });
    const base = `/newsroom/stories/${story.id}/live`;
    const empty = await postForm(base, editor.cookie, { _csrf: editor.csrf, body: '  ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('id="entry-new-body-error"');
    expect((await postForm(base, editor.cookie, { _csrf: editor.csrf, body: '🚛'.repeat(5001) })).status).toBe(400);
    expect(await entriesOf(story.id)).toEqual([]);

    for (let i = 0; i <= LIVE_PAGE_SIZE; i++) await postEntry(token, story.id, { body: `${ENTRIES.pl} #${i}` });
    const first = await (await send(base, { headers: { cookie: editor.cookie } })).text();
    expect([...first.matchAll(/data-entry-id=/g)]).toHaveLength(LIVE_PAGE_SIZE);
    expect(first).toContain(`href="${base}?page=2">Older</a>`);
    const second = await (await send(`${base}?page=2`, { headers: { cookie: editor.cookie } })).text();
    expect([...second.matchAll(/data-entry-id=/g)]).toHaveLength(1);
    expect((await send(`${base}?page=0`, { headers: { cookie: editor.cookie } })).status).toBe(400);
  });
});
