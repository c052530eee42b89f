/**
 * A live story costs readers no more startup than any page: its page and its live JSON load
 * none of the editor side (editor API, publishing) nor the renderer (marked, js-xss), since
 * entries are rendered, and their plain text kept, on write. Same watch as
 * lazy-loading.test.ts: each module records its first evaluation, then the real one runs.
 * (zod is left to lazy-loading.test.ts: nothing of live coverage imports it on the reader side.)
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';

const { loaded, record } = await vi.hoisted(async () => (await import('./module-watch')).moduleWatch());

vi.mock('../../src/routes/editor/index.ts', record('editor API'));
vi.mock('../../src/publishing/index.ts', record('publishing'));
vi.mock('../../src/publishing/live-entries.ts', record('live publishing'));
vi.mock('marked', record('marked'));
vi.mock('xss', record('xss'));

vi.resetModules();
const { default: worker } = await import('../../src/index');

async function request(path: string): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(new URL(path, 'https://news.example'), { redirect: 'manual' }), env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

describe('a live story from a fresh isolate', () => {
  it('renders its page, lite twin and live JSON without loading the editor side or the renderer', async () => {
    // Seeded with SQL: the editor API would load what this test watches.
    const now = Date.now();
    await env.DB.batch([
      env.DB.prepare("insert into sections (slug, name) values ('world', 'World')"),
      env.DB.prepare(
        `insert into articles (slug, title, status, published_at, updated_at, section_id, short_code, live, coverage_started_at)
         values ('live-dorohusk', 'Live: trucks queue for 12 km at the Dorohusk crossing', 'published', ?1, ?1, 1, 'LIVE0001', 1, ?1)`,
      ).bind(now),
      env.DB.prepare(
        `insert into live_entries (article_id, body_source, body_html, body_text, key_event, created_at, updated_at)
         values (1, 'Kolejka ma już **12 km** 🚛', '<p>Kolejka ma już <strong>12 km</strong> 🚛</p>', 'Kolejka ma już 12 km 🚛', 1, ?1, ?1)`,
      ).bind(now),
    ]);
    for (const path of ['/articles/live-dorohusk', '/lite/articles/live-dorohusk', '/api/v1/articles/live-dorohusk/live']) {
      const res = await request(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('12 km');
    }
    expect([...loaded]).toEqual([]);
  });
});
