/**
 * Slugs under real headlines: ASCII, readable, unique and stable; drafts reserve nothing,
 * so they neither block URLs forever nor tell a contributor about other people's stories.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { slugHistory } from '../../src/db/schema';
import { SLUG_PATTERN, slugify } from '../../src/model/slug';
import { api, createDraft, tokenFor } from './editor-support';
import { db, seedSampleNewsroom } from './support';

let editor: string;
let contributor: string;
beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  contributor = (await tokenFor('contributor')).secret;
});

const publish = (id: number) => api(`/articles/${id}/publish`, { token: editor, method: 'POST' });
const schedule = (id: number) => api(`/articles/${id}/publish`, { token: editor, json: { at: new Date(Date.now() + 3_600_000).toISOString() } });

describe('slugify', () => {
  it.each([
    ['Łódź wins the “Harbor Cup” — 2026!', 'lodz-wins-the-harbor-cup-2026'],
    ['Київ: Євген і Юрій відкрили ярмарок на Їжакевича', 'kyiv-yevhen-i-yurii-vidkryly-yarmarok-na-yizhakevycha'],
    ['Straße über Köln: 100% mehr Fahrräder', 'strasse-uber-koln-100-mehr-fahrrader'],
    ['Ελληνικά νέα σήμερα', 'ellinika-nea-simera'],
    ['東京の新しい駅', 'article'],
    ['🚋 Tram line 4 returns 🎉', 'tram-line-4-returns'],
  ])('%s -> %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts a long headline at a word, never mid-word, within 80 characters', () => {
    const slug = slugify('Marren council approves the harbour budget after a nine-hour session that ran past midnight and split the coalition');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect('marren-council-approves-the-harbour-budget-after-a-nine-hour-session-that-ran-past-midnight').toContain(slug);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('allocation', () => {
  it('long and non-Latin headlines create articles with ASCII slugs', async () => {
    const title = `Rada miasta Łodzi zatwierdziła budżet portu po dziewięciogodzinnej sesji, która trwała do północy i podzieliła koalicję ${'— „bardzo długi” nagłówek '.repeat(6)}`.slice(0, 300);
    const res = await api('/articles', { token: editor, json: { title, body: 'Tekst.', section: 'world', language: 'pl' } });
    expect(res.status).toBe(201);
    const { slug } = await res.json<{ slug: string }>();
    expect(slug).toMatch(/^rada-miasta-lodzi-zatwierdzila-budzet-portu/);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('drafts share a slug; the first to go out keeps it, the next gets -2 when it is published', async () => {
    const a = await createDraft(editor, { title: 'Ferry timetable changes from Monday' });
    const b = await createDraft(editor, { title: 'Ferry timetable changes from Monday' });
    expect([a.slug, b.slug]).toEqual(['ferry-timetable-changes-from-monday', 'ferry-timetable-changes-from-monday']);
    expect((await schedule(b.id)).status).toBe(200);
    const published = await (await publish(a.id)).json<{ slug: string }>();
    expect(published.slug).toBe('ferry-timetable-changes-from-monday-2');
  });

  it('a contributor learns nothing of an embargoed story or of someone else’s draft from their slug', async () => {
    const embargoed = await createDraft(editor, { title: 'Mayor to resign on Friday' });
    await schedule(embargoed.id);
    await createDraft(editor, { title: 'Harbour chief under investigation' });
    const mine = await createDraft(contributor, { title: 'Mayor to resign on Friday' });
    expect(mine.slug).toBe('mayor-to-resign-on-friday');
    const typed = await api('/articles', { token: contributor, json: { title: 'Anything', body: '', section: 'world', slug: 'harbour-chief-under-investigation' } });
    expect(typed.status).toBe(201);
  });

  it('a slug readers have seen stays taken: 409 for a typed slug, -2 for a headline', async () => {
    const live = await createDraft(editor, { title: 'Bridge reopens after repairs' });
    await publish(live.id);
    const typed = await api('/articles', { token: contributor, json: { title: 'Other', body: '', section: 'world', slug: 'bridge-reopens-after-repairs' } });
    expect(typed.status).toBe(409);
    expect((await createDraft(contributor, { title: 'Bridge reopens after repairs' })).slug).toBe('bridge-reopens-after-repairs-2');
  });

  it('only a slug that was public keeps redirecting; a draft’s old slugs are free again', async () => {
    const draft = await createDraft(editor, { title: 'Working title for the floods story' });
    const renamed = await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { slug: 'floods-final' }, headers: { 'if-match': draft.etag } });
    expect(renamed.status).toBe(200);
    expect(await db().select().from(slugHistory).where(eq(slugHistory.articleId, draft.id))).toEqual([]);
    expect((await createDraft(editor, { title: 'Working title for the floods story' })).slug).toBe('working-title-for-the-floods-story');

    const { etag } = await (await publish(draft.id)).json<{ etag: string }>();
    await api(`/articles/${draft.id}`, { token: editor, method: 'PATCH', json: { slug: 'floods-after-the-storm' }, headers: { 'if-match': etag } });
    const history = await db().select().from(slugHistory).where(eq(slugHistory.articleId, draft.id));
    expect(history.map((h) => h.slug)).toEqual(['floods-final']);
  });

  it('finds the first free slug past a long run of taken ones without a prefix scan', async () => {
    for (let i = 0; i < 27; i++) await publish((await createDraft(editor, { title: 'Weather warning' })).id);
    const next = await createDraft(editor, { title: 'Weather warning' });
    expect(next.slug).toBe('weather-warning-28');
  });
});
