/** Request and response shapes of /api/v1/editor/articles/{id}/corrections (docs/corrections.md). */
import * as z from 'zod';
import { CORRECTION_KINDS } from '../db/schema-corrections';
import { editorArticleSchema } from './article';
import { idSchema } from './common';

/** Characters of a note as typed: a correction is a sentence or two, never an article. */
export const MAX_NOTE_CHARS = 2_000;

const kind = z.enum(CORRECTION_KINDS).describe('correction | clarification | update');
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_NOTE_CHARS, `at most ${MAX_NOTE_CHARS} characters`)
  .describe('Plain text or inline Markdown (emphasis, bold, code, strikethrough, links); one paragraph');

export const createCorrectionSchema = z.strictObject({ kind, text });

export const updateCorrectionSchema = z
  .strictObject({ kind: kind.optional(), text: text.optional() })
  .refine((value) => value.kind !== undefined || value.text !== undefined, 'send kind or text');

export const correctionParamSchema = z.strictObject({ id: idSchema, correctionId: idSchema });

export const editorCorrectionSchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  kind: z.enum(CORRECTION_KINDS),
  /** As the editor typed it. */
  text: z.string(),
  /** As readers see it: sanitized inline HTML. */
  textHtml: z.string(),
  publishedAt: z.string(),
  updatedAt: z.string(),
  /** Only on a change readers could see: the purge it caused (docs/caching.md, "Purges"). */
  purge: editorArticleSchema.shape.purge,
});

export const correctionListSchema = z.object({ items: z.array(editorCorrectionSchema) });

export type EditorCorrection = z.output<typeof editorCorrectionSchema>;
