/**
 * The local cron fires the scheduled handler through `/cdn-cgi/local/scheduled`, which only
 * local servers have (Miniflare answers it before the Worker; on Cloudflare `/cdn-cgi/` is
 * Cloudflare's own). The Worker itself must not answer it, nor wrangler's older
 * `--test-scheduled` path: a reader asking for them gets a 404 (after a redirect that drops
 * unknown parameters) and publishes nothing.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../src/db/schema';
import worker from '../../src/index';
import { api, createDraft, tokenFor } from './editor-support';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';

let editor: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

describe('trigger endpoints of local servers, asked of the Worker', () => {
  it('are 404s that publish nothing, even with a story due', async () => {
    const draft = await createDraft(editor, { title: 'Rada Miasta: „Nocne tramwaje od grudnia” — Київ чекає на відповідь 🚋' });
    const due = Date.now() + 1_000;
    expect((await api(`/articles/${draft.id}/publish`, { token: editor, json: { at: new Date(due).toISOString() } })).status).toBe(200);
    await new Promise((wait) => setTimeout(wait, due - Date.now() + 50));

    for (const path of [`/cdn-cgi/local/scheduled?cron=${encodeURIComponent('* * * * *')}&format=json`, '/cdn-cgi/handler/scheduled', '/__scheduled?cron=*+*+*+*+*']) {
      // Unknown query parameters first get a 301 to the clean URL (edge-cache): follow it.
      const first = await request(path);
      const location = first.status === 301 ? first.headers.get('location') : null;
      const response = location ? await request(new URL(location, ORIGIN).href.slice(ORIGIN.length)) : first;
      expect(response.status, path).toBe(404);
    }
    const status = async () => (await db().select({ status: articles.status }).from(articles).where(eq(articles.id, draft.id)))[0]!.status;
    expect(await status()).toBe('scheduled');

    // It was due: the scheduled handler itself publishes it.
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await status()).toBe('published');
  });
});
