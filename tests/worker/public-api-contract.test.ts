/**
 * The public content API against its OpenAPI document: every public operation is
 * documented and registered, every status a client can get from it (success, redirects,
 * 304, errors) is validated by the shared `request` helper (contract-validation), the
 * validator itself rejects what it must, and the typed client (`hc<PublicApi>`) works.
 */
import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../src/index';
import type { PublicApi } from '../../src/public-api';
import { PUBLIC_OPERATIONS } from '../../src/schemas/public-operations';
import { checkResponseContract, ContractViolation } from './contract-validation';
import { api, createDraft, tokenFor } from './editor-support';
import { ORIGIN, request, requestUncached, seedSampleNewsroom } from './support';

// A real newsroom headline: Polish, Ukrainian, typographic quotes, an emoji, ~150 characters.
const TITLE = 'Gdańsk i Львів podpisują umowę o nocnym promie: „To zmieni życie tysięcy pasażerów” — mówi burmistrzyni 🚢 (wywiad, część 1 z 3)';
let live: { id: number; slug: string };
let draftSlug: string;
let withdrawnSlug: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  const editor = (await tokenFor('editor')).secret;
  const publish = async (fields: Record<string, unknown>) => {
    const draft = await createDraft(editor, fields);
    const res = await api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST' });
    expect(res.status).toBe(200);
    return draft;
  };
  live = await publish({ title: TITLE, dek: 'Prom „Wisła” popłynie od maja; квитки дешевші за потяг.', body: 'Umowę podpisano w ratuszu. *Pierwszy rejs* w maju.', section: 'world', tags: ['transit'] });
  draftSlug = (await createDraft(editor, { title: 'Embargoed: the harbor budget numbers before the council sees them', section: 'business' })).slug;
  const withdrawn = await publish({ title: 'A story we published and then withdrew after a correction request', section: 'world' });
  expect((await api(`/articles/${withdrawn.id}/unpublish`, { token: editor, method: 'POST' })).status).toBe(200);
  withdrawnSlug = withdrawn.slug;
});

const get = async (path: string, init?: RequestInit) => {
  const res = await requestUncached(path, init);
  return { status: res.status, res };
};

/**
 * Public routes other engineers added in the same change set, for the lead to document
 * (one PUBLIC_OPERATIONS entry each). Anything not listed must be documented; a listed
 * path that gets documented fails until it is taken off this list.
 */
const AWAITING_DOCUMENTATION: string[] = [];

describe('the document covers the public routes', () => {
  it('documents exactly the GET routes the app registers under /api/v1 (outside the editor API)', () => {
    const registered = new Set(
      app.routes
        .filter((r) => r.method === 'GET' && r.path.startsWith('/api/v1/') && !r.path.startsWith('/api/v1/editor'))
        .map((r) => r.path.replace(/:(\w+)/g, '{$1}'))
        .filter((path) => !AWAITING_DOCUMENTATION.includes(path)),
    );
    const documented = new Set(PUBLIC_OPERATIONS.map((op) => op.path).filter((path) => path.startsWith('/api/v1/')));
    expect([...documented].sort()).toEqual([...registered].sort());
    for (const path of AWAITING_DOCUMENTATION) expect(documented.has(path), `${path} is documented now: take it off AWAITING_DOCUMENTATION`).toBe(false);
    const all = new Set(app.routes.map((r) => r.path.replace(/:(\w+)/g, '{$1}')));
    for (const op of PUBLIC_OPERATIONS) expect(all.has(op.path), op.path).toBe(true);
  });
});

describe('every public response matches the document (validated inside request())', () => {
  it('answers every operation with a 200 that validates, the newsroom story included', async () => {
    const storyUrl = encodeURIComponent(`${ORIGIN}/articles/${live.slug}`);
    const paths = [
      '/api/v1/articles', '/api/v1/articles?section=world&tag=transit&limit=2', `/api/v1/articles/${live.slug}`, `/api/v1/articles/${live.slug}/shares`,
      '/api/v1/sections', '/api/v1/tags?limit=1', '/api/v1/authors?limit=2', '/api/v1/search?q=nocnym%20promie', `/oembed?url=${storyUrl}&maxwidth=1200`,
      '/feed.json', '/sections/world/feed.json', '/api/v1/openapi.json', '/api/v1/docs', '/manifest.webmanifest',
    ];
    for (const path of paths) expect((await get(path)).status, path).toBe(200);
    const article = await (await request(`/api/v1/articles/${live.slug}`)).json<{ title: string; tags: { slug: string }[] }>();
    expect(article.title).toBe(TITLE);
    const found = await (await request('/api/v1/search?q=nocnym%20promie')).json<{ items: { slug: string }[] }>();
    expect(found.items.map((i) => i.slug)).toContain(live.slug);
  });

  it('follows a cursor to the next page', async () => {
    const first = await (await get('/api/v1/tags?limit=1')).res.json<{ nextCursor: string }>();
    expect(first.nextCursor).toEqual(expect.any(String));
    expect((await get(`/api/v1/tags?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`)).status).toBe(200);
  });

  it.each([
    ['/api/v1/articles?limit=0', 400], ['/api/v1/articles?cursor=not-ours', 400], ['/api/v1/articles?section=no-such-section', 404],
    ['/api/v1/search', 400], ['/api/v1/tags?limit=abc', 400], ['/api/v1/articles/no-such-story', 404], ['/api/v1/articles/no-such-story/shares', 404],
    ['/oembed', 400], ['/oembed?url=https%3A%2F%2Felsewhere.example%2Farticles%2Fx', 404], ['/oembed?url=x&format=xml', 501],
    ['/sections/no-such-section/feed.json', 404], ['/api/v1/sections?utm_source=x&sort=name', 301],
  ])('%s answers a documented %i', async (path, status) => {
    expect((await get(path)).status).toBe(status);
  });

  it('never shows a draft (404) and says a withdrawn story is gone (410)', async () => {
    const draft = await get(`/api/v1/articles/${draftSlug}`);
    expect(draft.status).toBe(404);
    expect(await draft.res.text()).not.toContain('Embargoed');
    expect((await get(`/api/v1/articles/${withdrawnSlug}`)).status).toBe(410);
  });

  it('answers a conditional request with a documented 304', async () => {
    const first = await get('/api/v1/sections');
    const again = await request('/api/v1/sections', { headers: { 'if-none-match': first.res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});

describe('the contract check fails what it must', () => {
  const json = (body: unknown, status = 200, type = 'application/json; charset=UTF-8') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  const sections = { items: [{ slug: 'world', name: 'World', description: 'News', url: `${ORIGIN}/sections/world`, articlesUrl: `${ORIGIN}/api/v1/articles?section=world` }], nextCursor: null };
  const check = (res: Response, path = '/api/v1/sections', method = 'GET') => checkResponseContract(method, `${ORIGIN}${path}`, res);

  it('passes a conforming body and ignores what the document does not describe', async () => {
    await expect(check(json(sections))).resolves.toBeUndefined();
    await expect(check(json({ anything: true }, 418), '/articles/some-page')).resolves.toBeUndefined();
    await expect(check(json({ anything: true }, 418), '/api/v1/sections', 'POST')).resolves.toBeUndefined();
  });

  it('rejects an undocumented field, naming its pointer', async () => {
    const extra = { ...sections, items: [{ ...sections.items[0], liveBlog: true }] };
    await expect(check(json(extra))).rejects.toThrow(ContractViolation);
    await expect(check(json(extra))).rejects.toThrow(/GET \/api\/v1\/sections .*answered 200.*\n {2}at \/items\/0 .*liveBlog/);
  });

  it('rejects a missing field, a wrong type, an undocumented status and an undocumented media type', async () => {
    await expect(check(json({ items: [] }))).rejects.toThrow(/nextCursor/);
    await expect(check(json({ ...sections, nextCursor: 3 }))).rejects.toThrow(/at \/nextCursor/);
    await expect(check(json({ error: { code: 'x', message: 'y', details: null } }, 502))).rejects.toThrow(/answered 502: status not documented/);
    // A JSON error where only Cloudflare's own 4XX pages are documented (sections has no 4xx of its own).
    await expect(check(json({ error: { code: 'x', message: 'y', details: null } }, 409))).rejects.toThrow(/documented without a body/);
    await expect(check(json(sections, 200, 'text/plain'))).rejects.toThrow(/media type "text\/plain" not documented/);
    await expect(check(json({ error: { code: 'x', message: 'y' } }, 404), `/api/v1/articles/${live.slug}`)).rejects.toThrow(/details/);
  });
});

describe('typed client (hc<PublicApi>)', () => {
  it('lists, reads and searches through the exported route types, every answer checked against the document', async () => {
    const client = hc<PublicApi>(ORIGIN, {
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const sent = new Request(input, init);
        const res = await exports.default.fetch(sent);
        await checkResponseContract(sent.method, sent.url, res);
        return res;
      },
    });
    const list = await client.api.v1.articles.$get({ query: { section: 'world', limit: '5' } });
    expect(list.status).toBe(200);
    const { items } = await list.json();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.section.slug === 'world')).toBe(true);

    const read = await client.api.v1.articles[':slug'].$get({ param: { slug: live.slug } });
    expect(read.status).toBe(200);
    const article = (await read.json()) as { title: string; language: string };
    expect(article.title).toBe(TITLE);

    const shares = await client.api.v1.articles[':slug'].shares.$get({ param: { slug: live.slug } });
    expect((await shares.json()).total).toBe(0);
    const sections = await client.api.v1.sections.$get();
    expect((await sections.json()).items.map((s) => s.slug)).toContain('world');

    // The newsroom's editorial resources are in the same client.
    const front = await client.api.v1.fronts[':front'].$get({ param: { front: 'home' } });
    expect(front.status).toBe(200);
    expect(((await front.json()) as { front: string }).front).toBe('home');
    const alerts = await client.api.v1.alerts.$get();
    expect(((await alerts.json()) as { items: unknown[] }).items).toEqual([]);
  });
});
