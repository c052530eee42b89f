/**
 * Honest update times (docs/corrections.md): readers' "Updated", JSON-LD dateModified, the
 * feeds' updated dates and the news sitemap move on a significant change or a note, never on
 * a minor save or a save before publication. `updated_at` stays the row's technical time.
 * The publishing path runs with a clock the test sets, and the real purge behind it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sections } from '../../src/db/schema';
import { createArticle, publishArticle, updateArticle, workerPublishingDeps, type PublishingDeps } from '../../src/publishing';
import { addNote } from '../../src/publishing/corrections';
import { backgroundWork, fetchSettled, testBindings } from './edge-cache-support';
import { api, tokenFor } from './editor-support';
import { db, jsonLd } from './support';

const MINUTE = 60_000;
// Recent enough for the news sitemap's 48-hour window.
const T0 = Date.now() - 6 * 60 * MINUTE;
const at = (minutes: number) => T0 + minutes * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const actor = { tokenId: null, name: 'test' };

/** Runs one publishing call at `time` with the real purge, and waits for the purge. */
async function atTime<T>(time: number, work: (deps: PublishingDeps) => Promise<T>): Promise<T> {
  const bg = backgroundWork();
  const result = await work({ ...workerPublishingDeps(testBindings(), bg.waitUntil), now: () => time });
  await bg.settle();
  return result;
}

/** Every place a reader or crawler learns when the story last changed. */
async function publicTimes(slug: string) {
  const page = await (await fetchSettled(`/articles/${slug}`)).text();
  const ld = jsonLd(page).find((d) => d['@type'] === 'NewsArticle');
  const json = await (await fetchSettled(`/api/v1/articles/${slug}`)).json<{ updatedAt: string; publishedAt: string }>();
  const atom = await (await fetchSettled('/atom.xml')).text();
  const entry = atom.split('<entry').find((e) => e.includes(`/articles/${slug}<`)) ?? '';
  const news = await (await fetchSettled('/sitemaps/news.xml')).text();
  const url = news.split('<url>').find((u) => u.includes(`/articles/${slug}<`)) ?? '';
  return {
    updatedShown: /Updated <time datetime="([^"]+)"/.exec(page)?.[1] ?? null,
    dateModified: ld.dateModified as string,
    datePublished: ld.datePublished as string,
    json: json.updatedAt,
    feed: /<updated>([^<]+)<\/updated>/.exec(entry)?.[1],
    newsSitemap: /<lastmod>([^<]+)<\/lastmod>/.exec(url)?.[1],
  };
}

const unchangedSincePublication = (published: number) => ({ updatedShown: null, dateModified: iso(published), datePublished: iso(published), json: iso(published), feed: iso(published), newsSitemap: iso(published) });
const changedAt = (published: number, changed: number) => ({ updatedShown: iso(changed), dateModified: iso(changed), datePublished: iso(published), json: iso(changed), feed: iso(changed), newsSitemap: iso(changed) });

beforeAll(async () => {
  await db().insert(sections).values({ slug: 'world', name: 'World' });
});

describe('update times readers see', () => {
  let id: number;
  let slug: string;

  it('a save before publication shows no "Updated"', async () => {
    const draft = await atTime(at(0), (deps) =>
      createArticle(db(), deps, actor, { title: 'Harbour authority approves the night ferry to Aldane Point after a two-year trial', body: 'The vote was 7 to 2.', bodyFormat: 'markdown', section: 'world' }, { createdByTokenId: null }),
    );
    id = draft.id;
    await atTime(at(1), (deps) => updateArticle(db(), deps, actor, id, { body: 'The vote was 7 to 2, after a long debate.' }));
    ({ slug } = await atTime(at(2), (deps) => publishArticle(db(), deps, actor, id)));
    expect(await publicTimes(slug)).toEqual(unchangedSincePublication(at(2)));
  });

  it('a minor save changes none of them, though the row’s technical time moves', async () => {
    const saved = await atTime(at(10), (deps) => updateArticle(db(), deps, actor, id, { title: 'Harbour authority approves the night ferry to Aldane Point after a two-year trial run', minor: true }));
    expect(saved.updatedAt).toBe(at(10));
    expect(await publicTimes(slug)).toEqual(unchangedSincePublication(at(2)));
  });

  it('a significant save changes all of them', async () => {
    await atTime(at(20), (deps) => updateArticle(db(), deps, actor, id, { body: 'The vote was 7 to 2. The first sailing is on 3 March.' }));
    expect(await publicTimes(slug)).toEqual(changedAt(at(2), at(20)));
  });

  it('a later minor save keeps the significant time', async () => {
    await atTime(at(30), (deps) => updateArticle(db(), deps, actor, id, { dek: 'The first sailing is on 3 March', minor: true }));
    expect(await publicTimes(slug)).toEqual(changedAt(at(2), at(20)));
  });

  it('a correction changes all of them', async () => {
    await atTime(at(40), (deps) => addNote(db(), deps, actor, id, { kind: 'correction', text: 'An earlier version gave the vote as 8 to 1.' }));
    expect(await publicTimes(slug)).toEqual(changedAt(at(2), at(40)));
  });
});

describe('the minor flag in the editor API', () => {
  it('is accepted on PATCH, but is not a change on its own', async () => {
    const { secret } = await tokenFor('editor');
    const created = await (await api('/articles', { token: secret, json: { title: 'Ferry timetable for the spring season published by the harbour authority', body: 'x', section: 'world' } })).json<{ id: number; etag: string }>();
    const alone = await api(`/articles/${created.id}`, { token: secret, method: 'PATCH', json: { minor: true }, headers: { 'if-match': created.etag } });
    expect(alone.status).toBe(400);
    const typo = await api(`/articles/${created.id}`, { token: secret, method: 'PATCH', json: { title: 'Ferry timetable for the spring season published by the harbour authority.', minor: true }, headers: { 'if-match': created.etag } });
    expect(typo.status).toBe(200);
    const wrong = await api(`/articles/${created.id}`, { token: secret, method: 'PATCH', json: { dek: 'x', minor: 'yes' }, headers: { 'if-match': '*' } });
    expect(wrong.status).toBe(400);
    expect(Object.keys((await wrong.json<{ error: { details: { fields: object } } }>()).error.details.fields)).toEqual(['minor']);
  });
});
