/**
 * The Fronts screens (/newsroom/fronts): editors set the home page's and sections' slots
 * through putFront, the editor API's function (same rows, audited under the person, readers
 * see the lead); the If-Match rule holds for a stale form (412) and one without an ETag
 * (428); contributors, signed-out visitors and forged posts are refused.
 */
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, frontSlots, sections } from '../../src/db/schema';
import { newsroomIdentity } from '../../src/newsroom/identity';
import { FRONTS_PAGE_SIZE } from '../../src/newsroom/fronts';
import { api, createDraft, tokenFor } from './editor-support';
import { db, postForm, send, signedIn, warmNewsroom } from './newsroom-support';
import { seedSampleNewsroom } from './support';

const HEADLINES = [
  'Rada miasta zatwierdza budżet na 2027 rok: „To najtrudniejsze negocjacje od dekady”, mówi skarbniczka Żaneta Wójcik-Łęcka',
  'Київ і Гарборв’ю підписали угоду про побратимство: перші обміни студентами вже навесні 🎓',
  'Storm surge warning: harbor authority closes the "Old Pier" as winds reach 120 km/h 🌊, ferries to the islands suspended until Tuesday',
];

let token = '';
let stories: { id: number; slug: string }[] = [];
const slotsOf = (front: string) => db().select().from(frontSlots).where(eq(frontSlots.front, front)).orderBy(asc(frontSlots.position));
const etagOf = async (front: string) => (await api(`/fronts/${front}`, { token })).headers.get('etag')!;

beforeAll(async () => {
  await warmNewsroom();
  await seedSampleNewsroom();
  token = (await tokenFor('editor')).secret;
  for (const title of HEADLINES) {
    const draft = await createDraft(token, { title, section: 'world' });
    expect((await api(`/articles/${draft.id}/publish`, { token, method: 'POST' })).status).toBe(200);
    stories.push(draft);
  }
}, 60_000);

describe('newsroom fronts screens', () => {
  it('refuses signed-out visitors, contributors, cross-origin posts and missing CSRF tokens', async () => {
    expect((await send('/newsroom/fronts')).headers.get('location')).toBe('/newsroom/sign-in');
    expect((await postForm('/newsroom/fronts/home', '', { lead: '1' })).status).toBe(303);
    const contributor = await signedIn('contributor');
    expect((await send('/newsroom/fronts', { headers: { cookie: contributor.cookie } })).status).toBe(403);
    expect((await send('/newsroom/fronts/home', { headers: { cookie: contributor.cookie } })).status).toBe(403);
    const etag = await etagOf('home');
    expect((await postForm('/newsroom/fronts/home', contributor.cookie, { _csrf: contributor.csrf, etag, lead: String(stories[0]!.id) })).status).toBe(403);
    const editor = await signedIn('editor');
    expect((await postForm('/newsroom/fronts/home', editor.cookie, { _csrf: editor.csrf, etag, lead: String(stories[0]!.id) }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm('/newsroom/fronts/home', editor.cookie, { etag, lead: String(stories[0]!.id) })).status).toBe(403);
    expect(await slotsOf('home')).toEqual([]);
  });

  it('lists fronts, and saves a front readers see, with the same rows as the API and an audit entry', async () => {
    const editor = await signedIn('editor');
    const list = await (await send('/newsroom/fronts', { headers: { cookie: editor.cookie } })).text();
    expect(list).toContain('href="/newsroom/fronts/home"');
    expect(list).toContain('href="/newsroom/fronts/world"');
    const form = await (await send('/newsroom/fronts/world', { headers: { cookie: editor.cookie } })).text();
    const etag = /name="etag" value="([^"]+)"/.exec(form)![1]!.replace(/&quot;/g, '"');
    const saved = await postForm('/newsroom/fronts/world', editor.cookie, {
      _csrf: editor.csrf, etag, lead: String(stories[1]!.id), 'top[0]': '', 'top[1]': String(stories[0]!.id), 'top[1].until': '2099-01-01T09:30',
    });
    expect(saved.headers.get('location')).toBe('/newsroom/fronts/world?done=saved');
    const [section] = await db().select().from(sections).where(eq(sections.slug, 'world'));
    const key = `section:${section!.id}`;
    const viaScreen = await slotsOf(key);
    expect(viaScreen.map((s) => [s.position, s.articleId])).toEqual([[0, stories[1]!.id], [1, stories[0]!.id]]);
    expect(viaScreen[1]!.expiresAt).not.toBeNull();

    const page = await (await send('/newsroom/fronts/world?done=saved', { headers: { cookie: editor.cookie } })).text();
    expect(page).toContain('Front saved: readers see it now.');
    expect(page).toContain('Київ і Гарборв’ю');
    expect(page).toContain('value="2099-01-01T09:30"');
    const identity = await newsroomIdentity(db(), { id: editor.personId, name: 'x', role: 'editor' });
    expect(await db().select().from(auditLog).where(and(eq(auditLog.tokenId, identity.tokenId), eq(auditLog.action, 'front.set')))).toHaveLength(1);

    // The API, sent the same slots, writes the same rows.
    const res = await api('/fronts/world', { token, method: 'PUT', headers: { 'if-match': await etagOf('world') }, json: { lead: stories[1]!.id, top: [{ id: stories[0]!.id, until: viaScreen[1]!.expiresAt!.toISOString() }] } });
    expect(res.status).toBe(200);
    expect((await slotsOf(key)).map((s) => ({ ...s }))).toEqual(viaScreen.map((s) => ({ ...s })));
    expect(await (await send('/sections/world')).text()).toContain('Київ і Гарборв’ю');
  });

  it('applies the If-Match rule and names the bad slot by its row', async () => {
    const editor = await signedIn('admin');
    const stale = await etagOf('home');
    expect((await postForm('/newsroom/fronts/home', editor.cookie, { _csrf: editor.csrf, etag: stale, lead: String(stories[2]!.id) })).status).toBe(303);
    const refused = await postForm('/newsroom/fronts/home', editor.cookie, { _csrf: editor.csrf, etag: stale, lead: String(stories[0]!.id) });
    expect(refused.status).toBe(412);
    expect(await refused.text()).toContain('The front changed since you read it');
    expect((await postForm('/newsroom/fronts/home', editor.cookie, { _csrf: editor.csrf, lead: String(stories[0]!.id) })).status).toBe(428);
    expect((await slotsOf('home')).map((s) => s.articleId)).toEqual([stories[2]!.id]);

    const draft = await createDraft(token, { title: HEADLINES[0] });
    const bad = await postForm('/newsroom/fronts/home', editor.cookie, { _csrf: editor.csrf, etag: await etagOf('home'), 'top[3]': String(draft.id), 'top[5]': 'abc', 'top[6]': '1', 'top[6].until': 'jutro' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('id="top-5-id-error"');
    expect(badHtml).toContain('id="top-6-until-error"');
    const draftSlot = await postForm('/newsroom/fronts/home', editor.cookie, { _csrf: editor.csrf, etag: await etagOf('home'), 'top[3]': String(draft.id) });
    expect(draftSlot.status).toBe(400);
    expect(await draftSlot.text()).toMatch(/id="top-3-id-error">article \d+ is a draft/);
    expect((await send('/newsroom/fronts/no-such-section', { headers: { cookie: editor.cookie } })).status).toBe(404);
    expect((await send('/newsroom/fronts?page=0', { headers: { cookie: editor.cookie } })).status).toBe(400);
    expect(FRONTS_PAGE_SIZE).toBeGreaterThan(0);
  });
});
