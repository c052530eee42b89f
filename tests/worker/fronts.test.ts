/**
 * The editor API of curated fronts (docs/fronts.md): roles, ETag/If-Match, validation that
 * names the slot, optimistic concurrency in SQL, the audit log and the OpenAPI description.
 * Stories are real newsroom headlines (Polish, Ukrainian, emoji, quotes, 60-300 characters).
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, fronts, purgeOutbox } from '../../src/db/schema';
import { setFront } from '../../src/publishing/fronts';
import { homeFront } from '../../src/queries/fronts';
import { api, createDraft, tokenFor } from './editor-support';
import { db, request, seedSampleNewsroom } from './support';

const HEADLINES = [
  'Rada miasta zatwierdza budżet na 2027 rok: „To najtrudniejsze negocjacje od dekady”, mówi skarbniczka Żaneta Wójcik-Łęcka',
  'Київ і Гарборв’ю підписали угоду про побратимство: перші обміни студентами вже навесні 🎓',
  'Storm surge warning: harbor authority closes the "Old Pier" as winds reach 120 km/h 🌊, ferries to the islands suspended until Tuesday',
  'Night bus network doubles after a two-year pilot: what changes on the 12 routes, when the new timetable starts, and why drivers say it is overdue',
  'Port Aldane’s lighthouse keepers return after forty years — and they brought the old logbooks, the brass lamp and a very patient cat named “Fresnel”',
  'Universität Harborview: Forschende entdecken neue Seegraswiesen vor der Küste, doppelt so groß wie erwartet',
  'Local chess prodigy, 11, draws against a grandmaster in a simultaneous exhibition at the city library; “I was not nervous,” she says',
  'Ferry operator orders three battery-electric vessels worth €84 million, the first to enter service on the island routes in spring 2028 ⚡',
];

let editor: string;
let contributor: string;
let published: { id: number; slug: string; title: string }[];

async function publish(title: string, section = 'world') {
  const draft = await createDraft(editor, { title, section });
  const res = await api(`/articles/${draft.id}/publish`, { token: editor, json: {}, headers: { 'idempotency-key': crypto.randomUUID() } });
  expect(res.status).toBe(200);
  return { id: draft.id, slug: draft.slug, title };
}

const getFront = (front: string, token = editor) => api(`/fronts/${front}`, { token });
const putFront = (front: string, body: unknown, ifMatch?: string, token = editor) =>
  api(`/fronts/${front}`, { token, method: 'PUT', json: body, headers: ifMatch === undefined ? {} : { 'if-match': ifMatch } });

async function etagOf(front: string) {
  const res = await getFront(front);
  expect(res.status).toBe(200);
  return res.headers.get('etag')!;
}

interface ErrorBody { error: { code: string; message: string; details: { fields?: Record<string, string[]>; currentEtag?: string } } }

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  contributor = (await tokenFor('contributor')).secret;
  published = [];
  for (const [i, title] of HEADLINES.entries()) published.push(await publish(title, i % 2 ? 'business' : 'world'));
});

describe('reading a front', () => {
  it('answers an empty front with revision 0 and an ETag', async () => {
    const res = await getFront('home');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"f-home-r0"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.json()).toMatchObject({ front: 'home', lead: null, top: [], revision: 0, etag: '"f-home-r0"', updatedAt: null });
  });

  it('is for editors and admins only', async () => {
    expect((await getFront('home', contributor)).status).toBe(403);
    const put = await putFront('home', { lead: null, top: [] }, '*', contributor);
    expect(put.status).toBe(403);
    expect((await put.json<ErrorBody>()).error.code).toBe('forbidden');
    expect((await getFront('home', (await tokenFor('admin')).secret)).status).toBe(200);
    expect((await api('/fronts/home')).status).toBe(401);
  });

  it('is 404 for a section that does not exist, 400 for a name that is not a slug', async () => {
    const res = await getFront('no-such-section');
    expect(res.status).toBe(404);
    expect((await res.json<ErrorBody>()).error.code).toBe('not_found');
    expect((await putFront('no-such-section', { lead: null, top: [] }, '*')).status).toBe(404);
    expect((await getFront('Not%20A%20Slug')).status).toBe(400);
  });
});

describe('setting a front', () => {
  it('stores the lead and at least six top stories in order, with a new ETag and an audit entry', async () => {
    const etag = await etagOf('home');
    const [lead, ...rest] = published;
    const top = rest.slice(0, 7).map((a) => a.id);
    const res = await putFront('home', { lead: lead!.id, top }, etag);
    expect(res.status).toBe(200);
    const body = await res.json<{ lead: { id: number; title: string }; top: { id: number }[]; etag: string; revision: number; purge: { tags: string[] } }>();
    expect(body.lead).toMatchObject({ id: lead!.id, title: lead!.title, status: 'published' });
    expect(body.top.map((s) => s.id)).toEqual(top);
    expect(body.revision).toBe(1);
    expect(res.headers.get('etag')).toBe('"f-home-r1"');
    expect(body.purge.tags).toContain('front:home');
    const read = await (await getFront('home')).json<{ top: { id: number }[] }>();
    expect(read.top.map((s) => s.id)).toEqual(top);
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.action, 'front.set'));
    expect(audit).toMatchObject({ actor: expect.stringMatching(/^editor-/), articleId: null });
    expect((audit!.details as { slots: unknown[] }).slots).toHaveLength(8);
    const [outbox] = await db().select().from(purgeOutbox).where(eq(purgeOutbox.reason, 'front home set'));
    expect(outbox).toMatchObject({ tags: ['front:home'], doneAt: expect.any(Date) });
  });

  it('needs If-Match (428) and refuses a stale one (412) with the current ETag', async () => {
    const missing = await putFront('home', { lead: null, top: [] });
    expect(missing.status).toBe(428);
    expect((await missing.json<ErrorBody>()).error.details.fields).toHaveProperty('If-Match');
    const stale = await putFront('home', { lead: null, top: [] }, '"f-home-r0"');
    expect(stale.status).toBe(412);
    expect((await stale.json<ErrorBody>()).error.details.currentEtag).toBe(await etagOf('home'));
  });

  it('lets exactly one of two editors who read the same version win, also when both pass the If-Match check', async () => {
    const etag = await etagOf('home');
    const statuses = await Promise.all([
      putFront('home', { lead: published[0]!.id, top: [published[1]!.id] }, etag),
      putFront('home', { lead: published[2]!.id, top: [published[3]!.id] }, etag),
    ]).then((all) => all.map((r) => r.status).sort());
    expect(statuses).toEqual([200, 412]);
    // The check inside the batch, without the route's pre-check: a writer at an old revision loses.
    const [row] = await db().select().from(fronts).where(eq(fronts.name, 'home'));
    const deps = { purge: async () => null, now: () => Date.now() };
    const actor = { tokenId: null, name: 'test' };
    await setFront(db(), deps, actor, homeFront, { lead: null, top: [published[4]!.id] }, row!.revision);
    await expect(setFront(db(), deps, actor, homeFront, { lead: null, top: [published[5]!.id] }, row!.revision)).rejects.toMatchObject({ code: 'stale_revision' });
  });

  it('places a story of another section on a section front', async () => {
    const worldStory = published[0]!;
    const res = await putFront('business', { lead: worldStory.id, top: [published[1]!.id] }, await etagOf('business'));
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"f-section-\d+-r1"$/);
    expect((await res.json<{ lead: { id: number } }>()).lead.id).toBe(worldStory.id);
  });

  it('accepts expiry times and scheduled stories, and shows them to editors', async () => {
    const draft = await createDraft(editor, { title: 'Embargoed: the 2027 harbor masterplan, with the ferry terminal moved north of the river' });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    expect((await api(`/articles/${draft.id}/publish`, { token: editor, json: { at } })).status).toBe(200);
    const until = new Date(Date.now() + 7_200_000).toISOString();
    const res = await putFront('home', { lead: null, top: [{ id: published[2]!.id, until }, { id: draft.id }] }, await etagOf('home'));
    expect(res.status).toBe(200);
    const body = await res.json<{ top: { id: number; until: string | null; status: string; scheduledAt: string | null }[] }>();
    expect(body.top).toEqual([
      expect.objectContaining({ id: published[2]!.id, until, status: 'published' }),
      expect.objectContaining({ id: draft.id, until: null, status: 'scheduled', scheduledAt: at }),
    ]);
  });
});

describe('slots that cannot be used (400 naming the slot)', () => {
  let draftId: number;
  let trashedId: number;

  beforeAll(async () => {
    draftId = (await createDraft(editor, { title: 'Draft: „Nie publikować” — notes from the council session' })).id;
    trashedId = (await publish('Trashed story about the tram depot fire, retracted after the fire brigade corrected its figures')).id;
    expect((await api(`/articles/${trashedId}`, { token: editor, method: 'DELETE' })).status).toBe(200);
  });

  async function fieldsOf(body: unknown) {
    const res = await putFront('home', body, '*');
    expect(res.status).toBe(400);
    const error = (await res.json<ErrorBody>()).error;
    expect(error.code).toBe('validation_error');
    return error.details.fields!;
  }

  const ids = () => published.map((a) => a.id);

  it('an unknown, a draft and a trashed story', async () => {
    const fields = await fieldsOf({ lead: draftId, top: [ids()[0], ids()[1], 99_999_999, trashedId] });
    expect(fields.lead).toEqual([expect.stringContaining('draft')]);
    expect(fields['top[2]']).toEqual([expect.stringContaining('no article 99999999')]);
    expect(fields['top[3]']).toEqual([expect.stringContaining('trash')]);
    expect(Object.keys(fields).sort()).toEqual(['lead', 'top[2]', 'top[3]']);
  });

  it('a story twice, also as lead and top story', async () => {
    const fields = await fieldsOf({ lead: ids()[0], top: [ids()[1], ids()[0], ids()[2], ids()[1]] });
    expect(fields['top[1]']).toEqual([`article ${ids()[0]} is already in lead`]);
    expect(fields['top[3]']).toEqual([`article ${ids()[1]} is already in top[0]`]);
  });

  it('too many top stories, malformed ids, past expiries and unknown fields', async () => {
    expect(Object.keys(await fieldsOf({ lead: null, top: Array.from({ length: 13 }, (_, i) => i + 1) }))).toEqual(['top']);
    expect(Object.keys(await fieldsOf({ lead: null, top: [ids()[0], 'abc'] }))).toEqual(['top[1]']);
    const past = await fieldsOf({ lead: { id: ids()[0], until: '2020-01-01T00:00:00Z' }, top: [] });
    expect(past['lead.until']).toEqual([expect.stringContaining('not in the future')]);
    expect(Object.keys(await fieldsOf({ lead: null, top: [{ id: ids()[0], until: 'tomorrow' }] }))).toEqual(['top[0].until']);
    expect(Object.keys(await fieldsOf({ lead: null, top: [], bottom: [] }))).toEqual(['bottom']);
    expect(Object.keys(await fieldsOf({ top: [] }))).toEqual(['lead']);
  });

  it('changes nothing when refused', async () => {
    const [row] = await db().select().from(fronts).where(eq(fronts.name, 'home'));
    await fieldsOf({ lead: draftId, top: [] });
    const [after] = await db().select().from(fronts).where(and(eq(fronts.name, 'home')));
    expect(after!.revision).toBe(row!.revision);
  });
});

describe('the OpenAPI document', () => {
  it('describes GET and PUT /fronts/{front} with If-Match', async () => {
    const doc = await (await request('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, { parameters: { name: string; schema: { type: string } }[] }>> }>();
    const path = doc.paths['/api/v1/editor/fronts/{front}']!;
    expect(Object.keys(path).sort()).toEqual(['get', 'put']);
    expect(path.put!.parameters.map((p) => p.name)).toEqual(['front', 'If-Match']);
    expect(path.put!.parameters[0]!.schema.type).toBe('string');
  });
});
