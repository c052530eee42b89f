/**
 * The story editor without JavaScript: create a draft from the form, save, the API's own
 * validation shown next to the fields (400, typed text kept), a stale form (409, nothing
 * written, the person's text kept), scheduling in the site's time zone, and refusals for
 * signed-out people, contributors and cross-site posts.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, revisions, siteSettings } from '../../src/db/schema';
import { seedSampleNewsroom } from './support';
import { api } from './editor-support';
import { createToken } from '../../src/queries/editor-tokens';
import { db, ORIGIN, postForm, send, signedIn } from './newsroom-support';

/** 200 characters: Polish, Ukrainian, emoji, both kinds of quotes, an ampersand and angle brackets. */
const HEADLINE = `„Powódź w Gdańsku” & "Київ" 🌊: rada miasta <głosuje> nad zaporami — 'tymczasowe' czy stałe? Мешканці чекають рішення 🏗️ i pytają o koszty`.padEnd(200, ' ż').slice(0, 200);
const BODY = [
  '## Co wiemy',
  '',
  '- Zapory mają **4,5 m** wysokości',
  '- Koszt: *12 mln zł*',
  '',
  '| Dzielnica | Ewakuowani |',
  '| --- | --- |',
  '| Oliwa | 120 |',
  '| Wrzeszcz | 85 |',
  '',
  'Więcej: [komunikat](https://example.org/komunikat).',
].join('\n');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const formFields = (overrides: Record<string, string> = {}) => ({
  title: HEADLINE, dek: 'Mieszkańcy „Oliwy” pytają, kto zapłaci.', body: BODY, section: 'world', tags: 'Climate, city-council', author: 'none',
  language: 'pl', sources: 'Gazeta Gdańska https://example.org/gazeta\nhttps://www.example.com/raport', related: '', ...overrides,
});

let editor: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = await signedIn('editor');
});

async function createFromForm(session = editor, overrides: Record<string, string> = {}) {
  const response = await postForm('/newsroom/stories', session.cookie, { _csrf: session.csrf, ...formFields(overrides) });
  expect(response.status, await response.clone().text()).toBe(303);
  const location = response.headers.get('location')!;
  const id = Number(/\/newsroom\/stories\/(\d+)\?done=created$/.exec(location)![1]);
  return { id, location };
}

describe('the story editor form', () => {
  it('shows the blank form with every labelled field and only "Save" for a new story', async () => {
    const html = await (await send('/newsroom/stories/new', { headers: { cookie: editor.cookie } })).text();
    for (const [name, label] of [['title', 'Headline'], ['dek', 'Standfirst'], ['body', 'Body'], ['section', 'Section'], ['tags', 'Tags'], ['author', 'Byline'], ['language', 'Language'], ['sources', 'Sources'], ['related', 'Previously reported']]) {
      expect(html, name).toContain(`<label for="story-${name}">${label}</label>`);
      expect(html, name).toMatch(new RegExp(`id="story-${name}" name="${name}"`));
    }
    expect(html).toContain('<form id="story-form" method="post" action="/newsroom/stories"');
    expect(html).toContain(`name="_csrf" value="${editor.csrf}"`);
    expect(html.match(/name="action"/g)).toHaveLength(1);
    expect(html).toContain('value="save"');
    expect(html).toContain('<script src="/newsroom/assets/editor.js" defer="">');
  });

  it('round-trips a 200-character Polish/Ukrainian/emoji headline with quotes, a table and a list', async () => {
    const { id, location } = await createFromForm();
    const [row] = await db().select().from(articles).where(eq(articles.id, id));
    expect(row!.title).toBe(HEADLINE.trim());
    expect(row!.bodySource).toBe(BODY);
    expect(row!.bodyHtml).toContain('<table>');
    expect(row!.bodyHtml).toContain('<li>Zapory mają <strong>4,5 m</strong> wysokości</li>');
    expect(row!.language).toBe('pl');
    expect(row!.status).toBe('draft');
    const html = await (await send(location, { headers: { cookie: editor.cookie } })).text();
    expect(html).toContain('Draft created.');
    expect(html).toContain(`value="${escapeHtml(HEADLINE.trim())}"`);
    expect(html).toContain(escapeHtml(BODY));
    expect(html).toContain('value="city-council, climate"');
    expect(html).toContain('Gazeta Gdańska https://example.org/gazeta\nhttps://www.example.com/raport');
    expect(html).toContain(`data-autosave-url="/newsroom/stories/${id}/autosave"`);
    expect(html).toContain(`data-revision="1"`);
    expect(html).toContain(`href="/newsroom/stories/${id}/revisions"`);
    expect(html).toContain(`href="/newsroom/stories/${id}/preview-links"`);
    // The audit log and the revision name the person, not a token.
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.articleId, id));
    expect(audit!.actor).toBe('Ołeksandra Kowalczyk-Шевченко');
  });

  it('saves through the publishing path as the next revision', async () => {
    const { id } = await createFromForm();
    const saved = await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'save', ...formFields({ dek: 'Nowy lead 🙂', body: `${BODY}\n\n> Cytat „z ratusza”.` }) });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/newsroom/stories/${id}?done=save`);
    const [row] = await db().select().from(articles).where(eq(articles.id, id));
    expect(row!.revision).toBe(2);
    expect(row!.dek).toBe('Nowy lead 🙂');
    expect(row!.bodyHtml).toContain('<blockquote>');
    expect(await db().select().from(revisions).where(eq(revisions.articleId, id))).toHaveLength(2);
  });

  it('shows the API validation next to the fields with 400 and keeps what was typed', async () => {
    const { id } = await createFromForm();
    const typed = 'Mój nowy akapit, którego nie wolno zgubić ✍️';
    const response = await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'save', ...formFields({ title: '', body: typed, tags: 'climate, nie-ma-takiego-tagu', sources: 'not a url' }) });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/id="story-title" name="title" value="" aria-describedby="title-error" aria-invalid="true"/);
    expect(html).toMatch(/<p class="field-error" id="title-error">[^<]+<\/p>/);
    expect(html).toMatch(/<p class="field-error" id="sources-error">[^<]+<\/p>/);
    expect(html).toContain(typed);
    const [row] = await db().select({ revision: articles.revision }).from(articles).where(eq(articles.id, id));
    expect(row!.revision).toBe(1);
    // Reference errors come from the publishing path itself (applyChanges): unknown tag.
    const tagged = await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'save', ...formFields({ tags: 'climate, nie-ma-takiego-tagu' }) });
    expect(tagged.status).toBe(400);
    expect(await tagged.text()).toMatch(/<p class="field-error" id="tags-error">no tag &quot;nie-ma-takiego-tagu&quot;<\/p>/);
  });

  it('refuses a stale form with 409, writes nothing, explains the conflict and keeps the text', async () => {
    const { id } = await createFromForm();
    const other = await signedIn('editor');
    expect((await postForm(`/newsroom/stories/${id}`, other.cookie, { _csrf: other.csrf, revision: '1', action: 'save', ...formFields({ title: 'Ratusz zmienia plan: zapory będą stałe, a koszt wzrośnie' }) })).status).toBe(303);
    const mine = 'Moja wersja akapitu, napisana w tym samym czasie — „nie do zgubienia”.';
    const response = await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'save', ...formFields({ body: mine }) });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('Someone else saved this story while you were editing');
    expect(html).toContain('it changed: Headline');
    expect(html).toContain(escapeHtml(mine));
    expect(html).toContain('name="revision" value="2"');
    const [row] = await db().select().from(articles).where(eq(articles.id, id));
    expect(row!.revision).toBe(2);
    expect(row!.bodySource).toBe(BODY);
  });

  it('schedules in the site time zone and refuses a time in the past', async () => {
    await db().insert(siteSettings).values({ id: 1, name: 'The Edge Courier', timeZone: 'Europe/Warsaw', language: 'pl', updatedAt: new Date() }).onConflictDoUpdate({ target: siteSettings.id, set: { timeZone: 'Europe/Warsaw' } });
    const { id } = await createFromForm();
    const page = await (await send(`/newsroom/stories/${id}`, { headers: { cookie: editor.cookie } })).text();
    expect(page).toContain('<label for="story-scheduleAt">Publish at</label>');
    expect(page).toContain('Time in Europe/Warsaw.');
    const past = await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'schedule', scheduleAt: '2020-01-01T10:00', ...formFields() });
    expect(past.status).toBe(400);
    expect(await past.text()).toMatch(/id="scheduleAt-error">must be in the future/);
    const year = new Date().getUTCFullYear() + 1;
    const response = await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, revision: '1', action: 'schedule', scheduleAt: `${year}-07-01T09:30`, ...formFields() });
    expect(response.status).toBe(303);
    const [row] = await db().select().from(articles).where(eq(articles.id, id));
    expect(row!.status).toBe('scheduled');
    // 09:30 in Warsaw in July is 07:30 UTC (CEST, UTC+2).
    expect(row!.scheduledAt!.toISOString()).toBe(`${year}-07-01T07:30:00.000Z`);
    const after = await (await send(`/newsroom/stories/${id}`, { headers: { cookie: editor.cookie } })).text();
    expect(after).toContain(`value="${year}-07-01T09:30"`);
  });
});

describe('who may use the editor', () => {
  it('sends signed-out people to sign in, and refuses their posts', async () => {
    const { id } = await createFromForm();
    for (const path of ['/newsroom/stories/new', `/newsroom/stories/${id}`, `/newsroom/stories/${id}/preview`, '/newsroom/tags.json?q=cl', '/newsroom/stories/search.json?q=harbor']) {
      const response = await send(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toBe('/newsroom/sign-in');
    }
    for (const path of ['/newsroom/stories', `/newsroom/stories/${id}`, `/newsroom/stories/${id}/autosave`, `/newsroom/stories/${id}/presence`]) {
      const response = await send(path, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=publish&title=x' });
      expect([303, 403], path).toContain(response.status);
    }
    const [row] = await db().select({ status: articles.status }).from(articles).where(eq(articles.id, id));
    expect(row!.status).toBe('draft');
  });

  it('refuses cross-site posts and posts without the CSRF token', async () => {
    const { id } = await createFromForm();
    const fields = { revision: '1', action: 'publish', ...formFields() };
    expect((await postForm(`/newsroom/stories/${id}`, editor.cookie, { _csrf: editor.csrf, ...fields }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm(`/newsroom/stories/${id}`, editor.cookie, fields)).status).toBe(403);
    expect((await postForm('/newsroom/stories', editor.cookie, formFields())).status).toBe(403);
    const [row] = await db().select({ status: articles.status }).from(articles).where(eq(articles.id, id));
    expect(row!.status).toBe('draft');
  });

  it('lets a contributor write their own draft but refuses every editor action (403) and others\' stories', async () => {
    const contributor = await signedIn('contributor');
    const { id } = await createFromForm(contributor);
    const page = await (await send(`/newsroom/stories/${id}`, { headers: { cookie: contributor.cookie } })).text();
    expect(page).toContain('value="save"');
    for (const action of ['publish', 'schedule', 'unpublish', 'trash', 'restore']) {
      expect(page, action).not.toContain(`value="${action}"`);
      const response = await postForm(`/newsroom/stories/${id}`, contributor.cookie, { _csrf: contributor.csrf, revision: '1', action, scheduleAt: '2031-01-01T10:00', ...formFields() });
      expect(response.status, action).toBe(403);
    }
    const theirs = await createFromForm(editor);
    expect((await send(`/newsroom/stories/${theirs.id}`, { headers: { cookie: contributor.cookie } })).status).toBe(403);
    expect((await postForm(`/newsroom/stories/${theirs.id}`, contributor.cookie, { _csrf: contributor.csrf, revision: '1', action: 'save', ...formFields() })).status).toBe(403);
    const [row] = await db().select({ status: articles.status, revision: articles.revision }).from(articles).where(eq(articles.id, id));
    expect(row).toEqual({ status: 'draft', revision: 1 });
  });

  it("treats a draft made by a contributor's own API token (their CLI) as theirs: listed, opened and saved", async () => {
    const contributor = await signedIn('contributor');
    const { secret } = await createToken(db(), { name: 'CLI „Oli” 🖋️', role: 'contributor', authorId: null, personId: contributor.personId });
    const created = await api('/articles', { token: secret, json: { title: 'Szkic z wiersza poleceń — „Kurier” 🖋️', body: 'Tekst.', section: 'world' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    expect(await (await send('/newsroom', { headers: { cookie: contributor.cookie } })).text()).toContain(`/newsroom/stories/${id}`);
    expect((await send(`/newsroom/stories/${id}`, { headers: { cookie: contributor.cookie } })).status).toBe(200);
    const saved = await postForm(`/newsroom/stories/${id}`, contributor.cookie, { _csrf: contributor.csrf, revision: '1', action: 'save', ...formFields() });
    expect(saved.status).toBe(303);
    expect((await db().select({ revision: articles.revision }).from(articles).where(eq(articles.id, id)))[0]).toEqual({ revision: 2 });
  });
});
