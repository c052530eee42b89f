/**
 * Purges that cannot be lost (the outbox written with each change, retried by the cron,
 * repeated once after replicas catch up), their receipts, and the production path behind
 * Workers Cache. Workers Cache is not emulated locally (docs/caching.md), so exactly its
 * `purge` call is replaced by a stub that records what it was asked to purge.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_MS, retryPurges } from '../../src/edge-cache/outbox';
import type { Bindings } from '../../src/env';
import { backgroundWork, d1Queries, fetchSettled, testBindings } from './edge-cache-support';
import { createDraft, tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';

/** Workers Cache as production has it, reduced to what we call: `purge`, recorded; `fail` makes it refuse. */
function workersCacheStub() {
  const purged: string[][] = [];
  const stub = {
    fail: false,
    purged,
    async purge({ tags }: CachePurgeOptions) {
      if (stub.fail) return { success: false, zoneTag: 'zone', errors: [{ code: 1, message: 'purge refused' }] };
      purged.push([...(tags ?? [])]);
      return { success: true, zoneTag: 'zone', errors: [] };
    },
  };
  return stub;
}

let editor: string;
beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

const editorCall = (path: string, bindings: Bindings, method = 'POST', json?: unknown, headers: Record<string, string> = {}) =>
  fetchSettled(`/api/v1/editor${path}`, {
    method,
    headers: { authorization: `Bearer ${editor}`, 'cf-connecting-ip': '198.51.100.31', ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
    body: json ? JSON.stringify(json) : undefined,
  }, bindings);

const outboxRow = (id: number) => env.DB.prepare('select * from purge_outbox where id = ?').bind(id).first<{ done_at: number | null; attempts: number; last_error: string | null; follow_up_at: number | null; reason: string }>();
const count = async (table: string) => (await env.DB.prepare(`select count(*) as n from ${table}`).first<{ n: number }>())!.n;

describe('behind Workers Cache (production)', () => {
  it('a miss writes nothing to D1 and stores nothing itself: it labels the response for Workers Cache', async () => {
    const stub = workersCacheStub();
    const bindings = { ...testBindings(), EDGE_CACHE_WORKERS_CACHE: stub };
    const [entries, purges] = [await count('cache_entries'), await count('cache_purges')];
    const res = await fetchSettled('/sections/world', undefined, bindings);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-tag')).toContain('section:world');
    expect(res.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    expect(res.headers.get('cache-status')).toMatch(/detail=workers-cache/);
    expect(await count('cache_entries')).toBe(entries);
    expect(await count('cache_purges')).toBe(purges);
    // The next request is not answered by us from the Cache API: Workers Cache answers hits before the Worker runs.
    expect(d1Queries(await fetchSettled('/sections/world', undefined, bindings))).toBeGreaterThan(0);
  });

  it('a publish purges through cache.purge by tag and answers a receipt; the outbox row is done', async () => {
    const stub = workersCacheStub();
    const bindings = { ...testBindings(), EDGE_CACHE_WORKERS_CACHE: stub };
    const draft = await createDraft(editor, { title: 'Harbour cranes return after the winter storms' });
    const res = await editorCall(`/articles/${draft.id}/publish`, bindings);
    const body = await res.json<{ purge: { id: number; tags: string[]; status: string } }>();
    expect(body.purge.status).toBe('done');
    expect(body.purge.tags).toEqual(expect.arrayContaining([`article:${draft.id}`, 'home', 'section:world', 'not-found']));
    expect(stub.purged).toEqual([body.purge.tags]);
    const row = await outboxRow(body.purge.id);
    expect(row?.done_at).toBeGreaterThan(0);
    expect(row?.reason).toBe(`article ${draft.id} publish`);
  });
});

describe('purges that cannot be lost', () => {
  it('a failed purge stays pending with its error, shows to editors, and the cron retries it until it succeeds', async () => {
    const stub = workersCacheStub();
    stub.fail = true;
    const bindings = { ...testBindings(), EDGE_CACHE_WORKERS_CACHE: stub };
    const draft = await createDraft(editor, { title: 'Ferry fares frozen for another year' });
    const published = await editorCall(`/articles/${draft.id}/publish`, bindings);
    expect(published.status).toBe(200);
    const { purge } = await published.json<{ purge: { id: number; status: string } }>();
    expect(purge.status).toBe('pending');
    expect((await outboxRow(purge.id))?.last_error).toMatch(/purge refused/);

    const pending = await editorCall('/purges', bindings, 'GET');
    expect((await pending.json<{ items: { id: number }[] }>()).items.map((p) => p.id)).toContain(purge.id);

    stub.fail = false;
    const work = backgroundWork();
    const later = Date.now() + 60_000;
    const result = await retryPurges(bindings, work.waitUntil, later);
    await work.settle();
    expect(result.retried).toContainEqual({ id: purge.id, status: 'done' });
    expect((await outboxRow(purge.id))?.done_at).toBeGreaterThan(0);
    expect(stub.purged.some((tags) => tags.includes(`article:${draft.id}`))).toBe(true);
  });

  it('repeats a done purge once after replicas caught up, then never again', async () => {
    const stub = workersCacheStub();
    const bindings = { ...testBindings(), EDGE_CACHE_WORKERS_CACHE: stub };
    const draft = await createDraft(editor, { title: 'Night market moves to the old fish hall' });
    const { purge } = await (await editorCall(`/articles/${draft.id}/publish`, bindings)).json<{ purge: { id: number } }>();
    // Earlier tests' rows are due too: count only this story's purges.
    const purgesOfThis = () => stub.purged.filter((tags) => tags.includes(`article:${draft.id}`)).length;
    expect(purgesOfThis()).toBe(1);
    const work = backgroundWork();
    await retryPurges(bindings, work.waitUntil, Date.now() + 1_000);
    expect(purgesOfThis()).toBe(1);
    await retryPurges(bindings, work.waitUntil, Date.now() + FOLLOW_UP_MS + 1_000);
    expect(purgesOfThis()).toBe(2);
    expect((await outboxRow(purge.id))?.follow_up_at).toBeNull();
    await retryPurges(bindings, work.waitUntil, Date.now() + 2 * FOLLOW_UP_MS);
    expect(purgesOfThis()).toBe(2);
    await work.settle();
  });

  it('the change and its outbox row commit together: a draft edit (nothing public) writes none', async () => {
    const before = await count('purge_outbox');
    const draft = await createDraft(editor, { title: 'Draft only: library hours' });
    await editorCall(`/articles/${draft.id}`, testBindings(), 'PATCH', { dek: 'Still a draft.' }, { 'if-match': draft.etag });
    expect(await count('purge_outbox')).toBe(before);
  });
});

describe('purges that hit only what changed', () => {
  it('a typo fixed in one story leaves the other stories of its section cached', async () => {
    const a = await createDraft(editor, { title: 'Council backs new cycle lanes on Quay Street' });
    const b = await createDraft(editor, { title: 'Quay Street traders split over cycle lanes' });
    await editorCall(`/articles/${a.id}/publish`, testBindings());
    const published = await (await editorCall(`/articles/${b.id}/publish`, testBindings())).json<{ slug: string; etag: string }>();
    const other = (await (await fetchSettled(`/api/v1/editor/articles/${a.id}`, { headers: { authorization: `Bearer ${editor}` } })).json<{ slug: string }>()).slug;
    await fetchSettled(`/articles/${other}`);
    expect((await fetchSettled(`/articles/${other}`)).headers.get('cache-status')).toMatch(/hit/);
    await editorCall(`/articles/${b.id}`, testBindings(), 'PATCH', { dek: 'Traders are split.' }, { 'if-match': published.etag });
    expect((await fetchSettled(`/articles/${other}`)).headers.get('cache-status')).toMatch(/hit/);
    expect((await fetchSettled(`/sections/world`)).headers.get('cache-status')).not.toMatch(/hit/);
  });

  it('publishing a story refreshes pages that named it as previously reported while it was a draft', async () => {
    const earlier = await createDraft(editor, { title: 'Inquiry opens into the harbour crane collapse' });
    const later = await createDraft(editor, { title: 'Crane inquiry hears from dock workers', related: [earlier.id] });
    const { slug } = await (await editorCall(`/articles/${later.id}/publish`, testBindings())).json<{ slug: string }>();
    const before = await fetchSettled(`/articles/${slug}`);
    expect(await before.text()).not.toContain('Inquiry opens into the harbour crane collapse');
    expect(before.headers.get('cache-tag')).toContain(`article:${earlier.id}`);
    expect((await fetchSettled(`/articles/${slug}`)).headers.get('cache-status')).toMatch(/hit/);
    await editorCall(`/articles/${earlier.id}/publish`, testBindings());
    const after = await fetchSettled(`/articles/${slug}`);
    expect(after.headers.get('cache-status')).not.toMatch(/hit/);
    expect(await after.text()).toContain('Inquiry opens into the harbour crane collapse');
  });

  it('creating a tag purges nothing (nobody can see it yet); renaming one does, through the outbox', async () => {
    const before = await count('purge_outbox');
    const created = await editorCall('/tags', testBindings(), 'POST', { name: 'Cycle lanes' });
    expect(created.status).toBe(201);
    expect(await count('purge_outbox')).toBe(before);
    const renamed = await editorCall('/tags/cycle-lanes', testBindings(), 'PATCH', { name: 'Cycle lanes and paths' });
    expect(renamed.status).toBe(200);
    expect(await count('purge_outbox')).toBe(before + 1);
  });
});
