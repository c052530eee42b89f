/**
 * /api/v1/editor/articles/:id/entries: post, edit and delete live entries (docs/live.md).
 * Who may: whoever may edit the story (access.ts: contributors their own drafts, editors
 * and admins any). Every write goes through publishing/live-entries and answers its purge receipt.
 */
import { purgeField } from './article-response';
import { Hono } from 'hono';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import type { LiveEntry } from '../../db/schema';
import type { PurgeReceipt } from '../../edge-cache/outbox';
import { absoluteUrl, paths } from '../../model/urls';
import { entryAnchor } from '../../model/live-coverage';
import { deleteLiveEntry, postLiveEntry, updateLiveEntry } from '../../publishing/live-entries';
import { idParamSchema } from '../../schemas/common';
import { createEntrySchema, entryParamSchema, updateEntrySchema } from '../../schemas/live';
import { actorOf, canEditGuard, depsOf } from './access';
import { asHttp } from './publishing-errors';
import { jsonBody, params } from './request-body';


function toEditorEntry(entry: LiveEntry, slug: string, origin: string, purge: PurgeReceipt | null) {
  return {
    id: entry.id,
    articleId: entry.articleId,
    body: entry.bodySource,
    bodyHtml: entry.bodyHtml,
    pinned: entry.pinned,
    keyEvent: entry.keyEvent,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    url: `${absoluteUrl(origin, paths.article(slug))}#${entryAnchor(entry.id)}`,
    ...purgeField(purge),
  };
}

export const liveEntryRoutes = new Hono<EditorEnv>()
  .post('/:id/entries', requireRole('contributor'), params(idParamSchema), ...jsonBody(createEntrySchema), async (c) => {
    const { id } = c.req.valid('param');
    const { entry, purge, slug } = await asHttp(postLiveEntry(c.get('db'), depsOf(c), actorOf(c), id, c.req.valid('json'), canEditGuard(c.get('editor'))));
    return c.json(toEditorEntry(entry, slug, c.get('origin'), purge), 201);
  })
  .patch('/:id/entries/:entryId', requireRole('contributor'), params(entryParamSchema), ...jsonBody(updateEntrySchema), async (c) => {
    const { id, entryId } = c.req.valid('param');
    const { entry, purge, slug } = await asHttp(updateLiveEntry(c.get('db'), depsOf(c), actorOf(c), id, entryId, c.req.valid('json'), canEditGuard(c.get('editor'))));
    return c.json(toEditorEntry(entry, slug, c.get('origin'), purge));
  })
  .delete('/:id/entries/:entryId', requireRole('contributor'), params(entryParamSchema), async (c) => {
    const { id, entryId } = c.req.valid('param');
    const { purge } = await asHttp(deleteLiveEntry(c.get('db'), depsOf(c), actorOf(c), id, entryId, canEditGuard(c.get('editor'))));
    return c.json({ id: entryId, deleted: true as const, ...purgeField(purge) });
  });
