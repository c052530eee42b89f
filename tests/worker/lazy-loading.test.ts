/**
 * Readers never pay for the editor side: the editor API, the publishing path, the OpenAPI
 * document, zod, marked and js-xss load on the first request that needs them
 * (routes/editor-gateway, routes/openapi, scheduled). Each watched module records its first
 * evaluation through a vi.mock factory that then hands back the real module, so the Worker
 * behaves exactly as without the watch. The file runs in its own isolate, and its steps in
 * order: what one step loads stays loaded for the next.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';

const { loaded, record } = await vi.hoisted(async () => (await import('./module-watch')).moduleWatch());

vi.mock('../../src/routes/editor/index.ts', record('editor API'));
vi.mock('../../src/publishing/index.ts', record('publishing'));
vi.mock('../../src/schemas/openapi-document.ts', record('OpenAPI document'));
vi.mock('zod', record('zod'));
vi.mock('marked', record('marked'));
vi.mock('xss', record('xss'));
vi.mock('../../src/newsroom/app.tsx', record('newsroom'));
vi.mock('@simplewebauthn/server', record('WebAuthn'));

const EDITOR_SIDE = ['editor API', 'publishing', 'OpenAPI document', 'zod', 'newsroom', 'WebAuthn'];
const ORIGIN = 'https://news.example';

// The pool evaluates the Worker's modules before this file registers its mocks: a fresh
// module registry makes the Worker's own static imports pass through them.
vi.resetModules();
const { default: worker } = await import('../../src/index');

/** Through the freshly imported Worker, its background work (cache stores) finished. */
async function request(path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(new URL(path, ORIGIN), { redirect: 'manual', ...init }), env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

async function statuses(paths: string[]) {
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, (await request(path)).status] as const)));
}

describe('lazy loading of the editor side (one isolate, steps in order)', () => {
  it('serves reader pages, feeds and JSON from a fresh isolate without loading any of it', async () => {
    expect(await statuses(['/', '/search?q=harbor', '/feed.xml', '/sitemap.xml', '/api/v1/articles', '/api/v1/sections', '/articles/no-such-story'])).toEqual({
      '/': 200,
      '/search?q=harbor': 200,
      '/feed.xml': 200,
      '/sitemap.xml': 200,
      '/api/v1/articles': 200,
      '/api/v1/sections': 200,
      '/articles/no-such-story': 404,
    });
    expect([...loaded]).toEqual([]);
  });

  it('keeps the editor API, publishing and zod unloaded while an article body renders', async () => {
    // The seed renders Markdown bodies itself, so marked and js-xss load here; nothing else may.
    const { seedSampleNewsroom } = await import('./support');
    await seedSampleNewsroom();
    const page = await request('/articles/harbor-line-extension-battery-trams');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<article');
    expect(EDITOR_SIDE.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('runs a cron with nothing due without loading the publishing path', async () => {
    const controller = createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
    expect(loaded.has('publishing')).toBe(false);
  });

  it('loads the OpenAPI document on its first request', async () => {
    expect((await request('/api/v1/openapi.json')).status).toBe(200);
    expect(loaded.has('OpenAPI document')).toBe(true);
    expect(loaded.has('editor API')).toBe(false);
  });

  it('loads the editor API on its first request and answers as if it were mounted directly', async () => {
    const anonymous = await request('/api/v1/editor/articles', { headers: { 'cf-connecting-ip': '192.0.2.80' } });
    expect(loaded.has('editor API')).toBe(true);
    expect(anonymous.status).toBe(401);
    // The editor's own middleware ran (no-store, the challenge), and the app's error shape came out.
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store');
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer realm="editor-api"/);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });

    const { tokenFor } = await import('./editor-support');
    const headers = { authorization: `Bearer ${(await tokenFor('editor')).secret}`, 'cf-connecting-ip': '192.0.2.81' };
    const listed = await request('/api/v1/editor/articles', { headers });
    expect(listed.status).toBe(200);
    // Its queries ran on the request's measured D1 session, which the outer middleware opened.
    expect(listed.headers.get('server-timing')).toMatch(/d1;dur=[\d.]+;desc="[1-9]\d* quer/);
    const missing = await request('/api/v1/editor/no-such-resource', { headers });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found', message: 'No route for GET /api/v1/editor/no-such-resource' } });
  });

  it('loads the newsroom (and WebAuthn) on its first request, not with the editor API', async () => {
    expect(loaded.has('newsroom')).toBe(false);
    expect(loaded.has('WebAuthn')).toBe(false);
    const signedOut = await request('/newsroom');
    expect(loaded.has('newsroom')).toBe(true);
    expect(loaded.has('WebAuthn')).toBe(true); // the watch works: the false above meant something
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/newsroom/sign-in');
    expect(signedOut.headers.get('cache-control')).toBe('private, no-store');
    const missing = await request('/newsroom/no-such-page');
    expect(missing.status).toBe(303);
  });
});
