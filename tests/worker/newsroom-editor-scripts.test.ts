/**
 * The endpoints the editor's scripts call: autosave with If-Match (412 with what changed,
 * nothing written), presence (60 s), the tag and story pickers, and the preview frame.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, revisions, storyPresence, tags } from '../../src/db/schema';
import { seedSampleNewsroom } from './support';
import { db, ORIGIN, postForm, send, signedIn } from './newsroom-support';

type Session = Awaited<ReturnType<typeof signedIn>>;
let editor: Session;

const HEADLINE = 'Rada Gdańska „za” nowymi zaporami 🌊 — mieszkańcy Oliwy i Києва pytają o koszty';
const fields = (overrides: Record<string, string> = {}) => ({
  title: HEADLINE, dek: 'Standfirst „pierwszy”', body: '## Lead\n\n- punkt 1\n- punkt 2', section: 'world', tags: 'climate', author: 'none', language: 'pl', sources: '', related: '', ...overrides,
});

async function newStory(session: Session = editor, overrides: Record<string, string> = {}) {
  const response = await postForm('/newsroom/stories', session.cookie, { _csrf: session.csrf, ...fields(overrides) });
  expect(response.status).toBe(303);
  return Number(/stories\/(\d+)/.exec(response.headers.get('location')!)![1]);
}

function autosave(id: number, session: Session, body: Record<string, string>, ifMatch: string | null, origin = ORIGIN) {
  const headers: Record<string, string> = { cookie: session.cookie, origin, 'x-csrf-token': session.csrf, 'content-type': 'application/x-www-form-urlencoded' };
  if (ifMatch !== null) headers['if-match'] = ifMatch;
  return send(`/newsroom/stories/${id}/autosave`, { method: 'POST', headers, body: new URLSearchParams({ revision: '1', ...body }).toString() });
}

const presence = (id: number, session: Session) =>
  send(`/newsroom/stories/${id}/presence`, { method: 'POST', headers: { cookie: session.cookie, origin: ORIGIN, 'x-csrf-token': session.csrf } });

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = await signedIn('editor');
});

describe('autosave', () => {
  it('saves with If-Match and answers the new revision, who and when', async () => {
    const id = await newStory();
    const response = await autosave(id, editor, fields({ body: '## Lead\n\n| a | b |\n| --- | --- |\n| 1 | 2 |' }), '"1"');
    expect(response.status).toBe(200);
    const saved = (await response.json()) as { revision: number; savedAt: string; savedBy: string };
    expect(saved.revision).toBe(2);
    expect(saved.savedBy).toBe('Ołeksandra Kowalczyk-Шевченко');
    expect(Number.isNaN(Date.parse(saved.savedAt))).toBe(false);
    const [row] = await db().select().from(articles).where(eq(articles.id, id));
    expect(row!.bodyHtml).toContain('<table>');
    // Nothing changed: no new revision.
    expect(((await (await autosave(id, editor, fields({ body: '## Lead\n\n| a | b |\n| --- | --- |\n| 1 | 2 |' }), '"2"')).json()) as { revision: number }).revision).toBe(2);
  });

  it('answers 412 with the changed fields and current values when someone saved in between, and writes nothing', async () => {
    const id = await newStory();
    const other = await signedIn('editor', undefined);
    expect((await autosave(id, other, fields({ title: 'Ratusz: zapory będą stałe, koszt wzrośnie o 30%', dek: 'Nowy lead' }), '"1"')).status).toBe(200);
    const response = await autosave(id, editor, fields({ body: 'Mój tekst, który musi przetrwać' }), '"1"');
    expect(response.status).toBe(412);
    const { error } = (await response.json()) as { error: { code: string; details: { current: { revision: number; savedBy: string; changed: string[]; fields: Record<string, string> } } } };
    expect(error.code).toBe('revision_conflict');
    expect(error.details.current.revision).toBe(2);
    expect(error.details.current.changed).toEqual(['title', 'dek']);
    expect(error.details.current.fields.title).toBe('Ratusz: zapory będą stałe, koszt wzrośnie o 30%');
    expect(error.details.current.savedBy).toBe('Ołeksandra Kowalczyk-Шевченко');
    const [row] = await db().select({ revision: articles.revision, body: articles.bodySource }).from(articles).where(eq(articles.id, id));
    expect(row).toEqual({ revision: 2, body: '## Lead\n\n- punkt 1\n- punkt 2' });
    expect(await db().select().from(revisions).where(eq(revisions.articleId, id))).toHaveLength(2);
  });

  it('needs If-Match (428), names invalid fields (400 JSON), and refuses cross-site and CSRF-less calls', async () => {
    const id = await newStory();
    expect((await autosave(id, editor, fields(), null)).status).toBe(428);
    const invalid = await autosave(id, editor, fields({ title: '', language: 'Polish' }), '"1"');
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; details: { fields: Record<string, string[]> } } };
    expect(body.error.code).toBe('validation_error');
    expect(Object.keys(body.error.details.fields).sort()).toEqual(['language', 'title']);
    expect((await autosave(id, editor, fields({ title: 'x' }), '"1"', 'https://evil.example')).status).toBe(403);
    const noToken = await send(`/newsroom/stories/${id}/autosave`, { method: 'POST', headers: { cookie: editor.cookie, origin: ORIGIN, 'if-match': '"1"', 'content-type': 'application/x-www-form-urlencoded' }, body: 'title=x' });
    expect(noToken.status).toBe(403);
    const [row] = await db().select({ revision: articles.revision }).from(articles).where(eq(articles.id, id));
    expect(row!.revision).toBe(1);
  });

  it('is only for stories readers cannot see: a published or scheduled story answers 409 and is not written', async () => {
    const id = await newStory();
    const editPage = async () => (await send(`/newsroom/stories/${id}`, { headers: { cookie: editor.cookie } })).text();
    expect(await editPage()).toContain(`data-autosave-url="/newsroom/stories/${id}/autosave"`);
    expect(await editPage()).not.toContain('id="save-note"');
    expect((await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'publish', ...fields() })).status).toBe(303);
    const [before] = await db().select({ revision: articles.revision, title: articles.title }).from(articles).where(eq(articles.id, id));

    const refused = await autosave(id, editor, fields({ title: 'Pół zdania, które ktoś właśnie pisze…' }), `"${before!.revision}"`);
    expect(refused.status).toBe(409);
    const { error } = (await refused.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('autosave_not_available');
    expect(error.message).toContain('press Save');
    const [after] = await db().select({ revision: articles.revision, title: articles.title }).from(articles).where(eq(articles.id, id));
    expect(after).toEqual(before);
    expect(await db().select().from(revisions).where(eq(revisions.articleId, id))).toHaveLength(before!.revision);

    // The page turns autosave off and says why, next to the buttons.
    const published = await editPage();
    expect(published).not.toContain('data-autosave-url');
    expect(published).toContain('data-preview-url');
    expect(published).toContain('This story is published: your changes go live when you press Save.');
    expect(published).toMatch(/<button type="submit" name="action" value="save" aria-describedby="save-note"/);

    // Unpublished: readers no longer see it, so autosave is back.
    expect((await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: String(after!.revision), action: 'unpublish', ...fields() })).status).toBe(303);
    expect(await editPage()).toContain(`data-autosave-url="/newsroom/stories/${id}/autosave"`);
    expect((await autosave(id, editor, fields({ dek: 'Poprawiony lead „po zdjęciu”' }), `"${after!.revision + 1}"`)).status).toBe(200);

    const scheduled = await newStory();
    const at = new Date(Date.now() + 86_400_000);
    const local = at.toISOString().slice(0, 16);
    expect((await postForm(`/newsroom/stories/${scheduled}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'schedule', scheduleAt: local, ...fields() })).status).toBe(303);
    const [row] = await db().select({ status: articles.status, revision: articles.revision }).from(articles).where(eq(articles.id, scheduled));
    expect(row!.status).toBe('scheduled');
    expect((await autosave(scheduled, editor, fields({ title: 'Embargo 🕕' }), `"${row!.revision}"`)).status).toBe(409);
    const page = await (await send(`/newsroom/stories/${scheduled}`, { headers: { cookie: editor.cookie } })).text();
    expect(page).not.toContain('data-autosave-url');
    expect(page).toContain('This story is scheduled: your changes are saved only when you press Save');
  });

  it("refuses a contributor on someone else's story and on their own once it is out of draft", async () => {
    const contributor = await signedIn('contributor');
    const theirs = await newStory(editor);
    expect((await autosave(theirs, contributor, fields({ title: 'Przejęcie' }), '"1"')).status).toBe(403);
    const own = await newStory(contributor);
    expect((await autosave(own, contributor, fields({ title: 'Moja poprawka' }), '"1"')).status).toBe(200);
    expect((await postForm(`/newsroom/stories/${own}`, editor.cookie, { _csrf: editor.csrf, revision: '2', action: 'publish', ...fields({ title: 'Moja poprawka' }) })).status).toBe(303);
    expect((await autosave(own, contributor, fields({ title: 'Po publikacji' }), '"3"')).status).toBe(403);
  });
});

describe('presence', () => {
  it('shows who else has the story open, for 60 s after their last call', async () => {
    const id = await newStory();
    const other = await signedIn('editor');
    expect(await (await presence(id, editor)).json()).toEqual({ others: [] });
    const seen = (await (await presence(id, other)).json()) as { others: { name: string; since: string }[] };
    expect(seen.others.map((p) => p.name)).toEqual(['Ołeksandra Kowalczyk-Шевченко']);
    const page = await (await send(`/newsroom/stories/${id}`, { headers: { cookie: editor.cookie } })).text();
    expect(page).toMatch(/<div id="presence" aria-live="polite"><p>Also open by Ołeksandra Kowalczyk-Шевченко/);
    // Their last call was 61 s ago: gone, and the stale row is deleted on the next write.
    await db().update(storyPresence).set({ seenAt: new Date(Date.now() - 61_000) }).where(eq(storyPresence.personId, other.personId));
    expect(await (await presence(id, editor)).json()).toEqual({ others: [] });
    expect(await db().select().from(storyPresence).where(eq(storyPresence.personId, other.personId))).toHaveLength(0);
  });
});

describe('pickers', () => {
  it('suggests at most 10 tags by slug prefix, folding case and diacritics', async () => {
    await db().insert(tags).values({ slug: 'lodz', name: 'Łódź' });
    const get = async (q: string) => (await (await send(`/newsroom/tags.json?q=${encodeURIComponent(q)}`, { headers: { cookie: editor.cookie } })).json()) as { slug: string; name: string }[];
    expect(await get('CLIM')).toEqual([{ slug: 'climate', name: 'Climate' }]);
    expect(await get('Łó')).toEqual([{ slug: 'lodz', name: 'Łódź' }]);
    expect(await get('"')).toEqual([]);
    expect((await get('s')).length).toBeLessThanOrEqual(10);
    expect((await get('s')).every((t) => t.slug.startsWith('s'))).toBe(true);
  });

  it('finds published stories by headline words, never drafts', async () => {
    const draft = await newStory(editor, { title: 'Tajny szkic o „Wyspie Sobieszewskiej” 🤫' });
    const published = await newStory(editor, { title: 'Wyspa Sobieszewska: nowe zapory gotowe' });
    expect((await postForm(`/newsroom/stories/${published}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'publish', ...fields({ title: 'Wyspa Sobieszewska: nowe zapory gotowe' }) })).status).toBe(303);
    const found = (await (await send('/newsroom/stories/search.json?q=sobieszewsk', { headers: { cookie: editor.cookie } })).json()) as { id: number; slug: string; title: string; publishedAt: string }[];
    expect(found.map((s) => s.id)).toEqual([published]);
    expect(found[0]!.title).toBe('Wyspa Sobieszewska: nowe zapory gotowe');
    expect(found.some((s) => s.id === draft)).toBe(false);
    expect(await (await send('/newsroom/stories/search.json?q=NEAR(%22', { headers: { cookie: editor.cookie } })).json()).toEqual([]);
  });
});

describe('the preview frame', () => {
  it('renders the saved draft with the reader renderer, framable by the newsroom only', async () => {
    const id = await newStory(editor, { body: '## Nagłówek\n\n| Dzielnica | Liczba |\n| --- | --- |\n| Oliwa | 120 |' });
    for (const edition of ['', '?edition=lite']) {
      const response = await send(`/newsroom/stories/${id}/preview${edition}`, { headers: { cookie: editor.cookie } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('data-preview-banner');
      expect(html).toContain('<table>');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
    // Everything else in the newsroom stays unframeable.
    expect((await send(`/newsroom/stories/${id}`, { headers: { cookie: editor.cookie } })).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const contributor = await signedIn('contributor');
    expect((await send(`/newsroom/stories/${id}/preview`, { headers: { cookie: contributor.cookie } })).status).toBe(403);
  });

  it('the Preview button saves, then opens the preview', async () => {
    const id = await newStory();
    const response = await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'preview', ...fields({ dek: 'Zmieniony lead przed podglądem' }) });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/newsroom/stories/${id}/preview`);
    const html = await (await send(`/newsroom/stories/${id}/preview`, { headers: { cookie: editor.cookie } })).text();
    expect(html).toContain('Zmieniony lead przed podglądem');
  });
});
