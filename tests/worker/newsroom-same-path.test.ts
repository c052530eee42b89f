/**
 * One write path: the same change (create a draft with the same fields, publish, unpublish)
 * made through the editor API with a token and through the newsroom's forms by a signed-in
 * editor leaves the same articles row (every column but ids, slugs, short codes, owners and
 * times), the same tags, sources and related stories, the same revisions and equivalent audit
 * entries. Only who did it differs: the newsroom's entries name the person.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, articleSources, articleTags, auditLog, people, relatedArticles, revisions } from '../../src/db/schema';
import { api, createDraft, tokenFor } from './editor-support';
import { db, postForm, signedIn, warmNewsroom } from './newsroom-support';
import { seedSampleNewsroom } from './support';

const TITLE = 'Gdańsk: rada miasta przyjmuje „plan dla Motławy” — мешканці кажуть: "нарешті" 🌊 po dwóch latach konsultacji społecznych';
const DEK = 'Nabrzeże zmieni się do 2028 roku. Проєкт коштуватиме 40 млн злотих.';
const BODY = 'Plan obejmuje trzy etapy.\n\n| Etap | Rok |\n| --- | --- |\n| Bulwar | 2026 |\n| Kładka | 2027 |\n\n- nowe drzewa 🌳\n- ławki „bez oparć” nie wrócą\n- велодоріжка';
const SOURCE = { name: 'Urząd Miasta Gdańska', url: 'https://www.gdansk.pl/komunikaty/plan-motlawy' };

/** Columns that differ by nature between two stories: identity, address, owner, and when. */
const VARYING = new Set(['id', 'slug', 'shortCode', 'createdByTokenId', 'publishedAt', 'scheduledAt', 'updatedAt', 'createdAt', 'deletedAt', 'significantUpdatedAt']);
/** The same inside revision snapshots and audit details (JSON keys, any depth). */
const VARYING_KEYS = /^(id|articleId|slug|shortCode|url|createdByTokenId|tokenId|etag|purgeOutboxId|outboxId)$|At$/;

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => !VARYING_KEYS.test(k)).map(([k, v]) => [k, stable(v)]));
  return value;
}

async function storyRecord(id: number) {
  const [row] = await db().select().from(articles).where(eq(articles.id, id));
  const kept = Object.fromEntries(Object.entries(row!).filter(([k]) => !VARYING.has(k)));
  const tagIds = (await db().select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id))).map((r) => r.tagId).sort();
  const sources = (await db().select().from(articleSources).where(eq(articleSources.articleId, id))).map((s) => stable(s));
  const related = (await db().select({ relatedId: relatedArticles.relatedId }).from(relatedArticles).where(eq(relatedArticles.articleId, id))).map((r) => r.relatedId);
  return { row: kept, tagIds, sources, related };
}

const revisionsOf = async (id: number) =>
  (await db().select().from(revisions).where(eq(revisions.articleId, id)).orderBy(asc(revisions.revision))).map((r) => ({ revision: r.revision, action: r.action, snapshot: stable(r.snapshot) }));

const auditOf = async (id: number) => (await db().select().from(auditLog).where(eq(auditLog.articleId, id)).orderBy(asc(auditLog.id))).map((a) => ({ actor: a.actor, action: a.action, details: stable(a.details) }));

let relatedId: number;
let apiStory: number;
let newsroomStory: number;
let personName: string;

beforeAll(async () => {
  await warmNewsroom();
  await seedSampleNewsroom();
  const [published] = await db().select({ id: articles.id }).from(articles).where(eq(articles.status, 'published')).limit(1);
  relatedId = published!.id;

  // Through the editor API, with a token.
  const { secret } = await tokenFor('editor', 'Redakcja API');
  const created = await createDraft(secret, { title: TITLE, dek: DEK, body: BODY, section: 'world', tags: ['transit'], author: 'maya-okafor', language: 'pl', sources: [SOURCE], related: [relatedId] });
  apiStory = created.id;
  expect((await api(`/articles/${apiStory}/publish`, { token: secret, json: {} })).status).toBe(200);
  expect((await api(`/articles/${apiStory}/unpublish`, { token: secret, json: {} })).status).toBe(200);

  // Through the newsroom's forms, as a signed-in editor.
  const editor = await signedIn('editor');
  personName = (await db().select({ name: people.name }).from(people).where(eq(people.id, editor.personId)))[0]!.name;
  const fields = { _csrf: editor.csrf, title: TITLE, dek: DEK, body: BODY, section: 'world', tags: 'transit', author: 'maya-okafor', language: 'pl', sources: `${SOURCE.name} ${SOURCE.url}`, related: String(relatedId), scheduleAt: '' };
  const made = await postForm('/newsroom/stories', editor.cookie, { ...fields, action: 'save' });
  expect(made.status, await made.clone().text()).toBe(303);
  newsroomStory = Number(/\/stories\/(\d+)/.exec(made.headers.get('location')!)![1]);
  for (const action of ['publish', 'unpublish']) {
    const [{ revision }] = (await db().select({ revision: articles.revision }).from(articles).where(eq(articles.id, newsroomStory))) as [{ revision: number }];
    const res = await postForm(`/newsroom/stories/${newsroomStory}`, editor.cookie, { ...fields, action, revision: String(revision) });
    expect(res.status, `${action}: ${await res.clone().text()}`).toBe(303);
    expect(res.headers.get('location')).toBe(`/newsroom/stories/${newsroomStory}?done=${action}`);
  }
}, 60_000);

describe('the editor API and the newsroom write the same story', () => {
  it('leaves the same articles row, tags, sources and related stories', async () => {
    const [viaApi, viaNewsroom] = [await storyRecord(apiStory), await storyRecord(newsroomStory)];
    expect(viaApi.row).toMatchObject({ title: TITLE, status: 'unpublished', language: 'pl' });
    expect(viaApi.row.bodyHtml).toContain('<table>');
    expect(viaApi.tagIds).toHaveLength(1);
    expect(viaApi.related).toEqual([relatedId]);
    expect(viaNewsroom).toEqual(viaApi);
  });

  it('records the same revisions: create, publish, unpublish, with the same content', async () => {
    const [viaApi, viaNewsroom] = [await revisionsOf(apiStory), await revisionsOf(newsroomStory)];
    expect(viaApi.map((r) => r.action)).toEqual(['create', 'publish', 'unpublish']);
    expect(viaNewsroom).toEqual(viaApi);
  });

  it('writes equivalent audit entries; the newsroom names the person', async () => {
    const [viaApi, viaNewsroom] = [await auditOf(apiStory), await auditOf(newsroomStory)]
    expect(viaApi.map((a) => a.action)).toEqual(['create', 'publish', 'unpublish']);
    expect(viaNewsroom.map(({ action, details }) => ({ action, details }))).toEqual(viaApi.map(({ action, details }) => ({ action, details })));
    expect(viaApi.every((a) => a.actor === 'Redakcja API')).toBe(true);
    expect(viaNewsroom.every((a) => a.actor.includes(personName))).toBe(true);
  });
});
