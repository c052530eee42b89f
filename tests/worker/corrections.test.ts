/**
 * Corrections, clarifications and update notes through the real editor API and the real
 * edge cache: who may write them, what readers see (page, lite, JSON, JSON-LD, feeds,
 * /corrections and its feed), and that every write purges what it changed.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, webhookEvents } from '../../src/db/schema';
import { workerPublishingDeps } from '../../src/publishing';
import { addNote } from '../../src/publishing/corrections';
import { backgroundWork, d1Queries, fetchSettled, testBindings } from './edge-cache-support';
import { tokenFor } from './editor-support';
import { db, jsonLd, seedSampleNewsroom } from './support';

const tokens = { contributor: '', editor: '', admin: '' };

function editor(path: string, init: { token?: string; method?: string; json?: unknown; headers?: Record<string, string> } = {}) {
  return fetchSettled(`/api/v1/editor${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${init.token ?? tokens.editor}`, 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.9', ...init.headers },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

/** Creates and publishes a story through the API. */
async function publishedStory(title: string, body = 'Radni głosowali do późna w nocy.') {
  const created = await editor('/articles', { json: { title, body, section: 'world', language: 'pl' } });
  expect(created.status).toBe(201);
  const { id } = await created.json<{ id: number }>();
  const published = await editor(`/articles/${id}/publish`, { json: {} });
  expect(published.status).toBe(200);
  return published.json<{ id: number; slug: string }>();
}

const text = async (path: string) => (await fetchSettled(path)).text();
const newsArticleLd = (html: string): Record<string, unknown> => jsonLd(html).find((d) => d['@type'] === 'NewsArticle')!;

interface NoteJson { id: number; kind: string; text: string; textHtml: string; publishedAt: string; updatedAt: string; purge?: { tags: string[]; status: string } }

const HEADLINE = 'Rada Miasta Krakowa przyjęła budżet na 2027 rok: 1,2 mld zł na tramwaje, „zielone torowiska” i remont mostu Dębnickiego 🚋';
const CORRECTION = 'W pierwotnej wersji podaliśmy, że budżet wynosi **1,5 mld zł**. Prawidłowa kwota to 1,2 mld zł. Dziękujemy czytelnikom 🙏';
const CLARIFICATION = 'Уточнення: міст Дембницький закриють лише для автомобілів, а не для «трамваїв» — див. [рішення ради](https://bip.krakow.pl/uchwala-123).';

beforeAll(async () => {
  await seedSampleNewsroom();
  tokens.contributor = (await tokenFor('contributor')).secret;
  tokens.editor = (await tokenFor('editor')).secret;
  tokens.admin = (await tokenFor('admin')).secret;
});

describe('writing notes', () => {
  it('lets editors add notes to a published story, with the purge receipt; contributors get 403, drafts 409', async () => {
    const story = await publishedStory(HEADLINE);
    expect((await editor(`/articles/${story.id}/corrections`, { token: tokens.contributor, json: { kind: 'correction', text: 'x' } })).status).toBe(403);
    const draft = await (await editor('/articles', { json: { title: 'Szkic: wyniki głosowania w sprawie budżetu obywatelskiego', body: 'x', section: 'world' } })).json<{ id: number }>();
    const onDraft = await editor(`/articles/${draft.id}/corrections`, { json: { kind: 'correction', text: 'Not yet' } });
    expect(onDraft.status).toBe(409);
    expect((await onDraft.json<{ error: { code: string } }>()).error.code).toBe('invalid_state');
    expect((await editor('/articles/99999999/corrections', { json: { kind: 'correction', text: 'x' } })).status).toBe(404);

    const res = await editor(`/articles/${story.id}/corrections`, { json: { kind: 'correction', text: CORRECTION } });
    expect(res.status).toBe(201);
    const note = await res.json<NoteJson>();
    expect(note).toMatchObject({ kind: 'correction', text: CORRECTION });
    expect(note.textHtml).toContain('<strong>1,5 mld zł</strong>');
    expect(note.purge?.tags).toEqual(expect.arrayContaining([`article:${story.id}`, 'corrections', 'feeds', 'sitemaps']));

    const list = await (await editor(`/articles/${story.id}/corrections`)).json<{ items: NoteJson[] }>();
    expect(list.items.map((n) => n.id)).toEqual([note.id]);
    // The webhook event was written in the same batch (src/webhooks/events.ts).
    const events = await db().select().from(webhookEvents).where(and(eq(webhookEvents.articleId, story.id), eq(webhookEvents.type, 'article.corrected')));
    expect(events.map((e) => e.data)).toEqual([{ correction: expect.objectContaining({ kind: 'correction', text: expect.stringContaining('Prawidłowa kwota') }) }]);
  });

  it('validates kind and text, naming the field', async () => {
    const story = await publishedStory('Zarząd Transportu Publicznego zmienia rozkład jazdy linii nocnych od poniedziałku');
    const cases: [unknown, string][] = [
      [{ kind: 'erratum', text: 'x' }, 'kind'],
      [{ kind: 'correction', text: '   ' }, 'text'],
      [{ kind: 'correction', text: 'ą'.repeat(2_001) }, 'text'],
      [{ kind: 'correction' }, 'text'],
      [{ kind: 'correction', text: 'ok', extra: 1 }, 'extra'],
      // Nothing readable once rendered.
      [{ kind: 'correction', text: '[](javascript:alert(1))' }, 'text'],
    ];
    for (const [json, field] of cases) {
      const res = await editor(`/articles/${story.id}/corrections`, { json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(Object.keys((await res.json<{ error: { details: { fields: object } } }>()).error.details.fields)).toContain(field);
    }
  });

  it('renders plain text and inline Markdown only: HTML stays text, unsafe links and images go', async () => {
    const story = await publishedStory('Policja wyjaśnia okoliczności zatrzymania kibiców po meczu Wisły z Cracovią');
    const res = await editor(`/articles/${story.id}/corrections`, {
      json: { kind: 'clarification', text: 'Cytat „<script>alert(1)</script>” pochodził z [komunikatu](javascript:alert(1)), ![zdjęcie](https://x.example/a.png) _nie_ z wywiadu.\n\nDruga linia.' },
    });
    const note = await res.json<NoteJson>();
    expect(note.textHtml).not.toMatch(/<script|javascript:|<img|<p>/);
    expect(note.textHtml).toContain('&lt;script&gt;');
    expect(note.textHtml).toContain('<em>nie</em>');
    expect(note.textHtml).toContain('![zdjęcie]');
    expect(note.textHtml).toContain('Druga linia.');
    // The plain text keeps what was typed, and the JSON-LD block still parses around it.
    const page = await text(`/articles/${story.slug}`);
    expect(page).not.toContain('<script>alert(1)');
    expect((newsArticleLd(page).correction as { text: string }[])[0]!.text).toContain('„<script>alert(1)</script>”');
  });
});

describe('what readers see', () => {
  let story: { id: number; slug: string };

  beforeAll(async () => {
    story = await publishedStory('Kraków: nowy most na Wiśle otwarty dla pieszych i rowerzystów, tramwaje pojadą nim od września');
    // Primed first, so the notes must arrive through purges, not through cache misses.
    for (const path of [`/articles/${story.slug}`, '/corrections', '/corrections/atom.xml', '/feed.xml', '/feed.json', `/api/v1/articles/${story.slug}`]) await fetchSettled(path);
    for (const [kind, note] of [['correction', CORRECTION], ['clarification', CLARIFICATION], ['update', 'Update: the council published the full vote tally on Thursday.']]) {
      expect((await editor(`/articles/${story.id}/corrections`, { json: { kind, text: note } })).status).toBe(201);
    }
  });

  it('shows the notes at the end with their dates, and a line at the top linking to them, in both editions', async () => {
    for (const path of [`/articles/${story.slug}`, `/lite/articles/${story.slug}`]) {
      const html = await text(path);
      const top = html.indexOf('correction-notice');
      const body = html.indexOf('class="body"');
      const notes = html.indexOf('id="corrections"');
      expect(top, path).toBeGreaterThan(0);
      expect(top).toBeLessThan(body);
      expect(notes).toBeGreaterThan(body);
      expect(html).toContain('href="#corrections"');
      // The latest correction or clarification names the top line; Polish labels on a Polish story.
      expect(html).toContain('<strong>Wyjaśnienie:</strong>');
      expect(html).toContain('Aktualizacja');
      expect(html).toContain('<strong>1,5 mld zł</strong>');
      expect(html).toContain('міст Дембницький');
      expect(html.slice(notes)).toMatch(/<time datetime="\d{4}-\d\d-\d\dT/);
    }
  });

  it('carries corrections and clarifications in NewsArticle JSON-LD as CorrectionComment', async () => {
    const data = newsArticleLd(await text(`/articles/${story.slug}`));
    const corrections = data.correction as { '@type': string; text: string; datePublished: string }[];
    expect(corrections.map((c) => c['@type'])).toEqual(['CorrectionComment', 'CorrectionComment']);
    expect(corrections[0]!.text).toContain('Prawidłowa kwota to 1,2 mld zł');
    expect(corrections[0]!.text).not.toContain('**');
    expect(Date.parse(corrections[1]!.datePublished)).toBeGreaterThan(0);
    expect(data.dateModified).not.toBe(data.datePublished);
  });

  it('lists them in the article JSON and the story feeds', async () => {
    const article = await (await fetchSettled(`/api/v1/articles/${story.slug}`)).json<{ corrections: { kind: string; text: string; html: string }[] }>();
    expect(article.corrections.map((c) => c.kind)).toEqual(['correction', 'clarification', 'update']);
    expect(article.corrections[2]!.text).toBe('Update: the council published the full vote tally on Thursday.');
    expect(await text('/feed.xml')).toContain('Prawidłowa kwota to 1,2 mld zł');
    const feed = await (await fetchSettled('/feed.json')).json<{ items: { url: string; content_html: string }[] }>();
    expect(feed.items.find((i) => i.url.endsWith(story.slug))!.content_html).toContain('Sprostowania i aktualizacje');
  });

  it('lists corrections and clarifications (not update notes) on /corrections and its Atom feed', async () => {
    const page = await text('/corrections');
    expect(page).toContain('Prawidłowa kwota to 1,2 mld zł');
    expect(page).toContain('міст Дембницький');
    expect(page).not.toContain('full vote tally');
    expect(page).toContain(`/articles/${story.slug}#correction-`);
    expect(page).toContain('href="/corrections/atom.xml"');
    // Newest first.
    expect(page.indexOf('міст Дембницький')).toBeLessThan(page.indexOf('Prawidłowa kwota'));
    const atom = await fetchSettled('/corrections/atom.xml');
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await atom.text();
    expect(xml.split('<entry ').filter((entry) => entry.includes(story.slug))).toHaveLength(2);
    expect(xml).toContain('<title type="text">Correction: Kraków: nowy most');
  });

  it('drops a story’s notes from /corrections when the story is taken down', async () => {
    const other = await publishedStory('Sąd Okręgowy w Krakowie odroczył rozprawę w sprawie przetargu na tramwaje do stycznia');
    await editor(`/articles/${other.id}/corrections`, { json: { kind: 'correction', text: 'Rozprawę odroczono do stycznia, nie do lutego.' } });
    expect(await text('/corrections')).toContain('nie do lutego');
    expect((await editor(`/articles/${other.id}/unpublish`, { json: {} })).status).toBe(200);
    expect(await text('/corrections')).not.toContain('nie do lutego');
    expect(await text('/corrections/atom.xml')).not.toContain('nie do lutego');
  });

  it('keeps a cold article page to one D1 round trip, notes included', async () => {
    // A write purges the page: the next request is a miss that renders from D1.
    expect((await editor(`/articles/${story.id}/corrections`, { json: { kind: 'update', text: 'Update: tram tests begin in August.' } })).status).toBe(201);
    const res = await fetchSettled(`/articles/${story.slug}`);
    expect(await res.text()).toContain('tram tests begin in August');
    expect(d1Queries(res)).toBe(1);
  });
});

describe('fixing and removing notes', () => {
  it('fixes a typo without moving the note’s date or the story’s Updated time; the audit log keeps both texts', async () => {
    const story = await publishedStory('Wojewoda małopolski ogłosił pogotowie przeciwpowodziowe w pięciu powiatach regionu');
    const note = await (await editor(`/articles/${story.id}/corrections`, { json: { kind: 'correction', text: 'Pogotowie obejmuje pięć powiatów, nie sześć.' } })).json<NoteJson>();
    const before = await (await fetchSettled(`/api/v1/articles/${story.slug}`)).json<{ updatedAt: string }>();
    const res = await editor(`/articles/${story.id}/corrections/${note.id}`, { method: 'PATCH', json: { text: 'Pogotowie obejmuje pięć powiatów, a nie sześć.' } });
    expect(res.status).toBe(200);
    const fixed = await res.json<NoteJson>();
    expect(fixed.publishedAt).toBe(note.publishedAt);
    expect(fixed.text).toBe('Pogotowie obejmuje pięć powiatów, a nie sześć.');
    const after = await (await fetchSettled(`/api/v1/articles/${story.slug}`)).json<{ updatedAt: string; corrections: { text: string }[] }>();
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.corrections[0]!.text).toBe('Pogotowie obejmuje pięć powiatów, a nie sześć.');
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.articleId, story.id), eq(auditLog.action, 'correction-edit')));
    expect(entry!.details).toMatchObject({ correctionId: note.id, before: { text: 'Pogotowie obejmuje pięć powiatów, nie sześć.' } });
  });

  it('lets only admins remove a note, audited with its whole text, and readers stop seeing it', async () => {
    const story = await publishedStory('Miejskie Przedsiębiorstwo Wodociągów ostrzega przed przerwami w dostawie wody na Podgórzu');
    const note = await (await editor(`/articles/${story.id}/corrections`, { json: { kind: 'clarification', text: 'Przerwy dotyczą tylko ulic na wschód od Rynku Podgórskiego.' } })).json<NoteJson>();
    expect(await text(`/articles/${story.slug}`)).toContain('Rynku Podgórskiego');
    expect((await editor(`/articles/${story.id}/corrections/${note.id}`, { method: 'DELETE' })).status).toBe(403);
    const removed = await editor(`/articles/${story.id}/corrections/${note.id}`, { method: 'DELETE', token: tokens.admin });
    expect(removed.status).toBe(200);
    expect((await removed.json<NoteJson>()).purge?.tags).toContain(`article:${story.id}`);
    expect(await text(`/articles/${story.slug}`)).not.toContain('Rynku Podgórskiego');
    expect((await editor(`/articles/${story.id}/corrections/${note.id}`, { method: 'DELETE', token: tokens.admin })).status).toBe(404);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.articleId, story.id), eq(auditLog.action, 'correction-remove')));
    expect(entry!.details).toMatchObject({ correctionId: note.id, kind: 'clarification', text: 'Przerwy dotyczą tylko ulic na wschód od Rynku Podgórskiego.' });
  });
});

describe('/corrections paging', () => {
  it('pages newest first with the listings’ cursor, and answers a forged cursor with 400', async () => {
    const story = await publishedStory('Archiwum: dwadzieścia dwie poprawki do jednego tekstu o budżecie obywatelskim miasta');
    const bg = backgroundWork();
    const deps = workerPublishingDeps(testBindings(), bg.waitUntil);
    for (let i = 1; i <= 22; i++) await addNote(db(), deps, { tokenId: null, name: 'test' }, story.id, { kind: 'correction', text: `Poprawka numer ${i} ✅` });
    await bg.settle();
    const first = await text('/corrections');
    expect(first).toContain('Poprawka numer 22 ✅');
    expect(first).not.toMatch(/Poprawka numer 2 ✅/);
    const next = /href="(\/corrections\?cursor=[^"]+)" rel="next"/.exec(first)?.[1];
    expect(next).toBeDefined();
    const second = await text(next!.replace(/&amp;/g, '&'));
    expect(second).toContain('Poprawka numer 2 ✅');
    expect(second).not.toContain('Poprawka numer 22 ✅');
    expect((await fetchSettled('/corrections?cursor=not-a-cursor')).status).toBe(400);
  });
});
