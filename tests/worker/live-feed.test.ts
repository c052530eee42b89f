/**
 * The live JSON a live page polls: one fixed URL per story (anything a reader adds is a 301
 * back to it), cached at the edge for a few seconds and purged by each new entry, so however
 * many readers poll, the origin renders it at most once per period: counted with the D1
 * queries each response reports (Server-Timing), as the other edge-cache tests do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bindings } from '../../src/env';
import { publicLiveSchema, type PublicLive } from '../../src/schemas/live';
import { d1Queries, fetchSettled, testBindings } from './edge-cache-support';
import { api, createDraft, tokenFor } from './editor-support';
import { ENTRIES, liveStory, postEntry, unique } from './live-support';
import { requestUncached, seedSampleNewsroom } from './support';

let editor: string;
let story: { id: number; slug: string };
const feed = () => `/api/v1/articles/${story.slug}/live`;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
  story = await liveStory(editor);
  await postEntry(editor, story.id, { body: ENTRIES.en, keyEvent: true });
  await postEntry(editor, story.id, { body: ENTRIES.pl, pinned: true });
  await postEntry(editor, story.id, { body: ENTRIES.uk });
});

/** `readers` polls of `path`, `concurrency` at a time, all waited for; returns the D1 queries each made. */
async function poll(path: string, readers: number, concurrency = 25): Promise<number[]> {
  const queries: number[] = [];
  for (let done = 0; done < readers; done += concurrency) {
    const batch = await Promise.all(Array.from({ length: Math.min(concurrency, readers - done) }, () => fetchSettled(path)));
    for (const res of batch) {
      expect(res.status).toBe(200);
      queries.push(d1Queries(res));
    }
  }
  return queries;
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the live JSON', () => {
  it('lists pinned then newest entries as sanitized HTML, says coverage is open, and validates against its schema', async () => {
    const res = await requestUncached(feed());
    expect(res.status).toBe(200);
    const body = publicLiveSchema.parse(await res.json()) as PublicLive;
    expect(body).toMatchObject({ articleId: story.id, open: true, coverageEndTime: null });
    expect(body.entries.map((e) => e.pinned)).toEqual([true, false, false]);
    expect(body.entries[1]!.html).toBe(`<p>${ENTRIES.uk}</p>`);
    expect(body.entries[2]!.html).toContain('<strong>crews worked overnight</strong>');
    expect(body.entries[0]!.anchor).toBe(`entry-${body.entries[0]!.id}`);
    expect(JSON.stringify(body)).not.toContain('**');
    expect(res.headers.get('cache-control')).toBe('public, max-age=5, s-maxage=5');
    expect(res.headers.get('cache-tag')?.split(',')).toEqual(expect.arrayContaining([`live:${story.id}`, `article:${story.id}`]));
  });

  it('has one URL per story: any parameter a reader adds is a 301 to it, tracking parameters share its copy', async () => {
    for (const query of ['?reader=8f3a', '?since=42', '?_=1732893600000']) {
      const res = await fetchSettled(`${feed()}${query}`);
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe(feed());
      expect(d1Queries(res)).toBe(0);
    }
    await fetchSettled(feed());
    const tracked = await fetchSettled(`${feed()}?utm_source=newsletter`);
    expect(tracked.headers.get('cache-status')).toMatch(/hit/);
  });

  it('answers 404 for a story without live coverage and for no story', async () => {
    const ordinary = await createDraft(editor, { title: `Council approves the 2027 budget after a nine-hour session ${unique()}` });
    await api(`/articles/${ordinary.id}/publish`, { token: editor, method: 'POST' });
    const res = await requestUncached(`/api/v1/articles/${ordinary.slug}/live`);
    expect(res.status).toBe(404);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('not_live');
    expect((await requestUncached('/api/v1/articles/no-such-story/live')).status).toBe(404);
  });
});

describe('10,000 readers cost one render per cache period', () => {
  it('answers 400 polls in a row with at most one render per 5-second period', async () => {
    const startedAt = Date.now();
    const queries = await poll(feed(), 400, 1);
    // Not a timing assertion: however long the run takes, each period costs one render at most.
    const periods = Math.ceil((Date.now() - startedAt) / 5000);
    const renders = queries.filter((q) => q > 0);
    expect(renders.every((q) => q === 1)).toBe(true);
    expect(renders.length).toBeLessThanOrEqual(periods);
    expect(renders.length).toBeLessThan(queries.length / 10);
  });

  it('answers a burst of 50 readers at once from the stored copy, and keeps it 5 seconds at most', async () => {
    const primed = await fetchSettled(feed());
    const hit = primed.headers.get('cache-status')?.includes('hit') ? primed : await fetchSettled(feed());
    const ttl = Number(/ttl=(-?\d+)/.exec(hit.headers.get('cache-status') ?? '')?.[1]);
    expect(ttl).toBeLessThanOrEqual(5);
    const startedAt = Date.now();
    const queries = await poll(feed(), 50, 50);
    // The local Cache API does not collapse concurrent misses: only a burst that outlives the copy may render.
    if (Date.now() - startedAt < ttl * 1000) expect(sum(queries)).toBe(0);
  });

  it('a new entry purges the copy: the next poll renders it once, and the rest are answered from the edge', async () => {
    await poll(feed(), 10);
    const entry = await postEntry(editor, story.id, { body: 'Trams are running again on the red line 🚋' });
    const [firstPoll] = await poll(feed(), 1);
    expect(firstPoll).toBe(1);
    const after = await fetchSettled(feed());
    const body = (await after.json()) as PublicLive;
    expect(body.entries.find((e) => !e.pinned)?.id).toBe(entry.id);
    expect(sum(await poll(feed(), 200))).toBe(0);
  });

  it('closing coverage reaches pollers at once: the JSON says closed', async () => {
    await poll(feed(), 5);
    const close = await api(`/articles/${story.id}`, { token: editor, method: 'PATCH', json: { live: false }, headers: { 'if-match': '*' } });
    expect(close.status).toBe(200);
    const body = (await (await fetchSettled(feed())).json()) as PublicLive;
    expect(body.open).toBe(false);
    expect(Date.parse(body.coverageEndTime!)).toBeGreaterThanOrEqual(Date.parse(body.coverageStartTime!));
  });
});

describe('behind Workers Cache (production; its purge is stubbed: not emulated locally, docs/caching.md)', () => {
  it('labels the JSON for a few seconds and purges only live:<id> for a new entry', async () => {
    const purged: string[][] = [];
    const stub = { async purge({ tags }: CachePurgeOptions) { purged.push([...(tags ?? [])]); return { success: true, zoneTag: 'zone', errors: [] }; } };
    const bindings: Bindings = { ...testBindings(), EDGE_CACHE_WORKERS_CACHE: stub };
    const other = await liveStory(editor);
    const miss = await fetchSettled(`/api/v1/articles/${other.slug}/live`, undefined, bindings);
    expect(miss.headers.get('cache-status')).toMatch(/detail=workers-cache/);
    expect(miss.headers.get('cache-control')).toMatch(/s-maxage=5/);
    const res = await fetchSettled(`/api/v1/editor/articles/${other.id}/entries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.77' },
      body: JSON.stringify({ body: ENTRIES.uk }),
    }, bindings);
    expect(res.status).toBe(201);
    expect(purged).toEqual([[`live:${other.id}`, 'not-found', 'untagged']]);
  });
});
