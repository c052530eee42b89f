/**
 * D1's documented limits (src/platform/d1-limits.ts), each driven up to the edge through the
 * public editor API with the largest input the API accepts. The local D1 enforces the LIKE,
 * parameter and statement-length limits exactly as production does (tests/worker/failures
 * shows its errors); it does not enforce the 2 MB row limit, so that one is checked by
 * measuring what was stored.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  D1_MAX_BOUND_PARAMETERS,
  D1_MAX_LIKE_PATTERN_BYTES,
  D1_MAX_QUERIES_PER_INVOCATION,
  D1_MAX_ROW_BYTES,
  utf8Bytes,
} from '../../src/platform/d1-limits';
import { api, createDraft, tokenFor } from './editor-support';
import { request, seedSampleNewsroom } from './support';

let editor: string;
const tagSlugs: string[] = [];
const relatedIds: number[] = [];

/** Statements the request ran, from `Server-Timing: d1;desc="N queries, M statements"`. */
function statementsOf(res: Response): number {
  const match = /d1;dur=[\d.]+;desc="(\d+) quer\w+(?:, (\d+) statements)?"/.exec(res.headers.get('server-timing') ?? '');
  if (!match) throw new Error('no D1 Server-Timing entry');
  return Number(match[2] ?? match[1]);
}

/** D1 counts every statement, inside batches too; the Free plan allows 50 per request. */
const FREE_PLAN_QUERIES = 50;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('admin')).secret;
  for (let i = 0; i < 30; i++) {
    const res = await api('/tags', { token: editor, json: { name: `Ostrzeżenie pogodowe nr ${i + 1} — województwo łódzkie` } });
    tagSlugs.push((await res.json<{ slug: string }>()).slug);
  }
  for (let i = 0; i < 20; i++) relatedIds.push((await createDraft(editor, { title: `Earlier report ${i + 1} on the harbour floods` })).id);
});

const polishHeadline = 'Łódź: rada miasta zatwierdziła „historyczny” budżet portu — 1,2 mld zł na tramwaje, mosty i żłobki; opozycja zapowiada skargę do wojewody, a mieszkańcy Bałut pytają o remonty kamienic i o to, kiedy wróci nocna linia 🚋';
const sources = Array.from({ length: 30 }, (_, i) => ({ name: `Agencja Informacyjna „Źródło” nr ${i + 1}`, url: `https://example.org/${'raport-'.repeat(40)}${i}` }));

describe('LIKE/GLOB patterns (50 bytes): no query builds one from input', () => {
  it(`a 300-character headline of ${utf8Bytes(polishHeadline.padEnd(300, ' dalej').slice(0, 300))} bytes creates an article`, async () => {
    const title = polishHeadline.padEnd(300, ' dalej').slice(0, 300);
    expect(utf8Bytes(title)).toBeGreaterThan(6 * D1_MAX_LIKE_PATTERN_BYTES);
    const res = await api('/articles', { token: editor, json: { title, body: 'Treść.', section: 'world', language: 'pl' } });
    expect(res.status).toBe(201);
    expect((await res.json<{ title: string }>()).title).toBe(title.trim());
  });

  it('a search of the maximum length (200 characters, multi-byte) answers 200', async () => {
    const q = 'żółć '.repeat(40).slice(0, 200);
    expect((await request(`/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
    expect((await request(`/api/v1/search?q=${encodeURIComponent(q)}`)).status).not.toBeGreaterThanOrEqual(500);
  });
});

describe(`bound parameters (${D1_MAX_BOUND_PARAMETERS} per statement) and statements per request`, () => {
  it('the largest story the API accepts (30 tags, 30 sources, 20 related) saves, updates and publishes', async () => {
    const json = { title: polishHeadline, body: 'Treść.', section: 'world', tags: tagSlugs, sources, related: relatedIds };
    const created = await api('/articles', { token: editor, json });
    expect(created.status).toBe(201);
    expect(statementsOf(created)).toBeLessThanOrEqual(FREE_PLAN_QUERIES);
    const article = await created.json<{ id: number; etag: string; tags: string[]; sources: unknown[]; related: number[] }>();
    expect([article.tags.length, article.sources.length, article.related.length]).toEqual([30, 30, 20]);

    const updated = await api(`/articles/${article.id}`, { token: editor, method: 'PATCH', json: { tags: [...tagSlugs].reverse(), sources: [...sources].reverse() }, headers: { 'if-match': article.etag } });
    expect(updated.status).toBe(200);
    expect(statementsOf(updated)).toBeLessThanOrEqual(FREE_PLAN_QUERIES);
    const published = await api(`/articles/${article.id}/publish`, { token: editor, method: 'POST' });
    expect(published.status).toBe(200);
    expect(statementsOf(published)).toBeLessThan(D1_MAX_QUERIES_PER_INVOCATION);
  });

  it('one past each list maximum is a 400 naming the field', async () => {
    const res = await api('/articles', { token: editor, json: { title: 'Too many', body: '', section: 'world', tags: [...tagSlugs, 'one-more'] } });
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json<{ error: { details: { fields: object } } }>()).error.details.fields)).toContain('tags');
  });

  it('the editor list at its maximum page (50 full articles) answers', async () => {
    const res = await api('/articles?limit=50', { token: editor });
    expect(res.status).toBe(200);
    expect((await res.json<{ items: unknown[] }>()).items.length).toBeGreaterThan(20);
  });
});

describe('statement length (100 KB) and row size (2 MB)', () => {
  /** Bytes D1 stores for the article and its newest revision. */
  async function storedBytes(id: number) {
    const row = await env.DB.prepare(
      `select length(cast(body_source as blob)) + length(cast(body_html as blob)) + length(cast(body_text as blob)) + length(cast(title as blob)) as article,
              (select length(cast(snapshot as blob)) from revisions where article_id = ?1 order by revision desc limit 1) as revision
       from articles where id = ?1`,
    ).bind(id).first<{ article: number; revision: number }>();
    return row!;
  }

  it('a body at the maximum length (200,000 characters of Ukrainian) is bound, not inlined, and stored under the row limit', async () => {
    const body = 'Київ готується до зими: нові укриття, генератори та графіки. '.repeat(4000).slice(0, 200_000);
    const res = await api('/articles', { token: editor, json: { title: 'Київ готується до зими', body, section: 'world', language: 'uk' } });
    expect(res.status).toBe(201);
    const { id } = await res.json<{ id: number }>();
    const stored = await storedBytes(id);
    expect(stored.article).toBeGreaterThan(700_000);
    expect(stored.article).toBeLessThan(D1_MAX_ROW_BYTES);
    expect(stored.revision).toBeLessThan(D1_MAX_ROW_BYTES);
  });

  it.each([
    ['200,000 CJK characters (3 bytes each, three copies)', '東京の新しい駅が開業しました。'.repeat(14_000).slice(0, 200_000)],
    // As many as fit the 1 MB request (JSON escapes each as \u0001).
    ['150,000 control characters (6 bytes each in the JSON snapshot)', '\u0001'.repeat(150_000)],
  ])('%s: refused with a 400 on the body field, never a 5xx', async (_name, body) => {
    const res = await api('/articles', { token: editor, json: { title: 'Too big to store', body, section: 'world' } });
    expect(res.status).toBe(400);
    const error = (await res.json<{ error: { details: { fields: Record<string, string[]> } } }>()).error;
    expect(error.details.fields.body?.join(' ')).toMatch(/too large/i);
  });
});
