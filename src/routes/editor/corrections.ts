/**
 * /api/v1/editor/articles/{id}/corrections: notes on published stories (docs/corrections.md).
 * Editors add and fix notes; removing one is for admins, and the audit log keeps it whole.
 */
import { purgeField } from './article-response';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { HttpError } from '../../http/errors';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import type { Correction } from '../../db/schema';
import type { PurgeReceipt } from '../../edge-cache/outbox';
import { addNote, editNote, removeNote } from '../../publishing/corrections';
import { listNotesForEditor } from '../../queries/corrections';
import { loadArticleState } from '../../queries/editor-articles';
import { idParamSchema } from '../../schemas/common';
import { correctionParamSchema, createCorrectionSchema, updateCorrectionSchema, type EditorCorrection } from '../../schemas/corrections';
import { actorOf, assertCanRead, depsOf } from './access';
import { idempotent } from './idempotency';
import { asHttp } from './publishing-errors';
import { jsonBody, params } from './request-body';

function toEditorCorrection(note: Correction, purge: PurgeReceipt | null = null): EditorCorrection {
  return {
    id: note.id,
    articleId: note.articleId,
    kind: note.kind,
    text: note.textSource,
    textHtml: note.textHtml,
    publishedAt: note.publishedAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    ...purgeField(purge),
  };
}

const publishing = (c: Context<EditorEnv>) => [c.get('db'), depsOf(c), actorOf(c)] as const;

export const correctionRoutes = new Hono<EditorEnv>()
  .get('/:id/corrections', requireRole('contributor'), params(idParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    const state = await loadArticleState(c.get('db'), id);
    if (!state) throw new HttpError(404, 'not_found', 'Article not found');
    assertCanRead(c.get('editor'), state);
    const notes = await listNotesForEditor(c.get('db'), id);
    return c.json({ items: notes.map((note) => toEditorCorrection(note)) });
  })
  .post('/:id/corrections', requireRole('editor'), params(idParamSchema), ...jsonBody(createCorrectionSchema), (c) =>
    idempotent(c, async () => {
      const { note, purge } = await asHttp(addNote(...publishing(c), c.req.valid('param').id, c.req.valid('json')));
      return { status: 201, body: toEditorCorrection(note, purge) };
    }),
  )
  .patch('/:id/corrections/:correctionId', requireRole('editor'), params(correctionParamSchema), ...jsonBody(updateCorrectionSchema), async (c) => {
    const { id, correctionId } = c.req.valid('param');
    const { note, purge } = await asHttp(editNote(...publishing(c), id, correctionId, c.req.valid('json')));
    return c.json(toEditorCorrection(note, purge));
  })
  .delete('/:id/corrections/:correctionId', requireRole('admin'), params(correctionParamSchema), async (c) => {
    const { id, correctionId } = c.req.valid('param');
    const { note, purge } = await asHttp(removeNote(...publishing(c), id, correctionId));
    return c.json(toEditorCorrection(note, purge));
  });
