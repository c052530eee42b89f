import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleTags, articles, auditLog, idempotencyKeys, shareClickVisitors } from '../../src/db/schema';
import worker from '../../src/index';
import { api, createDraft, tokenFor } from './editor-support';
import { db, request, seedSampleNewsroom } from './support';

let editor: string;

beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});

/** Runs the cron handler as the platform would at `scheduledTime`. */
async function runCron(scheduledTime: number) {
  const controller = createScheduledController({ scheduledTime, cron: '* * * * *' });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

describe('scheduled publishing (cron trigger)', () => {
  it('publishes an article once its time has come, through the publishing path', async () => {
    const draft = await createDraft(editor, { title: 'Embargoed budget figures', tags: ['budget'] });
    const at = Date.now() + 60_000;
    const res = await api(`/articles/${draft.id}/publish`, { token: editor, json: { at: new Date(at).toISOString() } });
    expect(res.status).toBe(200);

    await runCron(at - 30_000);
    expect((await request(`/articles/${draft.slug}`)).status).toBe(404);

    await runCron(at + 1_000);
    const page = await request(`/articles/${draft.slug}`);
    expect(page.status).toBe(200);
    const [row] = await db().select().from(articles).where(eq(articles.id, draft.id));
    expect(row).toMatchObject({ status: 'published', scheduledAt: null, revision: 3 });
    const [link] = await db().select().from(articleTags).where(eq(articleTags.articleId, draft.id));
    expect(link!.listedAt!.getTime()).toBe(row!.publishedAt!.getTime());
    const audit = await db().select().from(auditLog).where(eq(auditLog.articleId, draft.id));
    expect(audit.at(-1)).toMatchObject({ actor: 'cron', action: 'publish' });
  });

  it('leaves alone what an editor unscheduled, and the seed\'s future embargoes', async () => {
    const draft = await createDraft(editor);
    const at = Date.now() + 60_000;
    await api(`/articles/${draft.id}/publish`, { token: editor, json: { at: new Date(at).toISOString() } });
    await api(`/articles/${draft.id}/unpublish`, { token: editor, method: 'POST' });
    await runCron(at + 1_000);
    const [row] = await db().select().from(articles).where(eq(articles.id, draft.id));
    expect(row!.status).toBe('draft');
    const embargoed = await db().select().from(articles).where(eq(articles.status, 'scheduled'));
    expect(embargoed.length).toBeGreaterThan(0);
  });
});

describe('hourly housekeeping (same cron trigger)', () => {
  it('on the first run of an hour, forgets day-old idempotency keys and yesterday-but-one share readers', async () => {
    const hour = Date.UTC(2030, 0, 10, 12, 0, 0);
    const { id: tokenId } = await tokenFor('editor');
    await db().insert(idempotencyKeys).values({ tokenId, key: 'ancient', requestHash: 'h', status: 201, responseBody: '{}', createdAt: new Date(hour - 2 * 86_400_000) });
    await db().insert(shareClickVisitors).values([{ day: '2030-01-08', visitor: 'a'.repeat(32) }, { day: '2030-01-10', visitor: 'b'.repeat(32) }]);
    const keyLeft = async () => (await db().select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'ancient'))).length;

    await runCron(hour + 60_000);
    expect(await keyLeft()).toBe(1);
    await runCron(hour);
    expect(await keyLeft()).toBe(0);
    expect((await db().select().from(shareClickVisitors)).map((v) => v.day)).toEqual(['2030-01-10']);
  });
});

describe('purge retries (same cron trigger)', () => {
  it('finishes a purge that never ran because its request died', async () => {
    const { results } = await env.DB.prepare("insert into purge_outbox (tags, reason, created_at) values ('[\"home\"]', 'test: request died', ?) returning id").bind(Date.now() - 120_000).all<{ id: number }>();
    await runCron(Date.now());
    const row = await env.DB.prepare('select done_at, attempts from purge_outbox where id = ?').bind(results[0]!.id).first<{ done_at: number | null; attempts: number }>();
    expect(row?.done_at).toBeGreaterThan(0);
    expect(row?.attempts).toBe(1);
  });
});
