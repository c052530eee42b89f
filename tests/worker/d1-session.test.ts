/**
 * D1 sessions and query metering: readers read from any replica, editors from the primary
 * or their bookmark, and get the bookmark back; every response reports its D1 work.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { getDb } from '../../src/db/client';
import { articles } from '../../src/db/schema';
import { D1Metrics, measureD1 } from '../../src/platform/d1-metrics';
import { sessionConstraint } from '../../src/platform/d1-session';
import { d1Queries, fetchSettled } from './edge-cache-support';
import { ORIGIN, seedSampleNewsroom } from './support';
import { tokenFor } from './editor-support';
import { eq } from 'drizzle-orm';

const story = sample.find((a) => a.status === 'published')!;
let editorToken = '';
const editorHeaders = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${editorToken}`, 'cf-connecting-ip': '198.51.100.77', ...extra });
const editorArticle = () => `/api/v1/editor/articles/${storyId}`;
let storyId = 0;

beforeAll(async () => {
  await seedSampleNewsroom();
  editorToken = (await tokenFor('editor')).secret;
  storyId = (await getDb(env.DB).select({ id: articles.id }).from(articles).where(eq(articles.slug, story.slug)))[0]!.id;
});

describe('session constraint', () => {
  const at = (path: string, headers: Record<string, string> = {}) => sessionConstraint(new Request(`${ORIGIN}${path}`, { headers }));

  it('lets readers read from any replica', () => {
    expect(at('/')).toBe('first-unconstrained');
    expect(at('/articles/x', { 'x-d1-bookmark': 'ignored-for-readers' })).toBe('first-unconstrained');
  });

  it('starts editors on the primary, or at the bookmark they send', () => {
    expect(at('/api/v1/editor/articles')).toBe('first-primary');
    // An Authorization header on a public page buys nothing: it is a reader's request.
    expect(at('/api/v1/articles/x', { authorization: 'Bearer anything' })).toBe('first-unconstrained');
    expect(at('/api/v1/editor/articles', { 'x-d1-bookmark': '0000000a-00000001-00004f8b-abc' })).toBe('0000000a-00000001-00004f8b-abc');
    expect(at('/api/v1/editor/articles', { 'x-d1-bookmark': 'not a bookmark; drop table' })).toBe('first-primary');
  });
});

describe('bookmarks over HTTP', () => {
  it('returns the session bookmark to editors, and accepts it back', async () => {
    const first = await fetchSettled(editorArticle(), { headers: editorHeaders() });
    expect(first.status).toBe(200);
    const bookmark = first.headers.get('x-d1-bookmark');
    expect(bookmark).toBeTruthy();

    const next = await fetchSettled(editorArticle(), { headers: editorHeaders({ 'x-d1-bookmark': bookmark! }) });
    expect(next.status).toBe(200);
    expect(next.headers.get('x-d1-bookmark')).toBeTruthy();
  });

  it('does not fail on a well-formed bookmark this database never issued', async () => {
    const response = await fetchSettled(editorArticle(), {
      headers: editorHeaders({ 'x-d1-bookmark': '0000000a-00000001-00004f8b-0123456789abcdef' }),
    });
    expect(response.status).toBe(200);
  });

  it('gives readers no bookmark (their responses are shared)', async () => {
    const response = await fetchSettled(`/api/v1/articles/${story.slug}`);
    expect(response.headers.get('x-d1-bookmark')).toBeNull();
  });
});

describe('query metering', () => {
  it('counts a batch as one round trip with its statements', async () => {
    const metrics = new D1Metrics();
    const db = getDb(measureD1(env.DB.withSession('first-primary'), metrics));
    await db.batch([db.select().from(articles).limit(1), db.select({ id: articles.id }).from(articles).limit(2)]);
    await db.select().from(articles).limit(1);
    expect(metrics.roundTrips).toBe(2);
    expect(metrics.statements).toBe(3);
    expect(metrics.failed).toBe(false);
    expect(metrics.serverTiming()).toMatch(/^d1;dur=[\d.]+;desc="2 queries, 3 statements"$/);
  });

  it('counts raw prepared statements and remembers a failure', async () => {
    const metrics = new D1Metrics();
    const d1 = measureD1(env.DB, metrics);
    expect((await d1.prepare('select count(*) as n from articles').first<{ n: number }>())!.n).toBe(sample.length);
    await expect(d1.prepare('select * from no_such_table').all()).rejects.toThrow();
    expect(metrics.roundTrips).toBe(2);
    expect(metrics.failed).toBe(true);
  });

  it('reports the D1 work of every response in Server-Timing', async () => {
    const response = await fetchSettled('/no/such/page');
    expect(response.headers.get('server-timing')).toMatch(/d1;dur=[\d.]+;desc="0 queries"/);
    const cold = d1Queries(await fetchSettled(`/articles/${story.slug}`));
    expect(cold).toBeGreaterThan(0);
    expect(cold).toBeLessThanOrEqual(2);
  });
});
