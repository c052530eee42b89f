import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleTags, articles, auditLog } from '../../src/db/schema';
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
