/** Request and response shapes of /api/v1/editor/fronts/{front} (docs/fronts.md). */
import * as z from 'zod';
import { slugSchema } from './common';

/** Top stories a front may hold under its lead. */
export const MAX_TOP_STORIES = 12;

const articleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A slot: an article id, or `{ id, until }` to hand the slot back to the automatic order at `until`. */
const slotInputSchema = z.union([
  articleId,
  z.strictObject({
    id: articleId,
    until: z.iso.datetime({ offset: true }).nullable().optional().describe('When the slot expires (ISO 8601); null or absent: never'),
  }),
]);

export const putFrontSchema = z.strictObject({
  lead: slotInputSchema.nullable().describe('The lead story; null: the newest story (home) or none (sections)'),
  top: z.array(slotInputSchema).max(MAX_TOP_STORIES).describe(`Top stories in order, at most ${MAX_TOP_STORIES}`),
});

export const frontParamSchema = z.strictObject({ front: slugSchema });

/** A slot as the editor API returns it: the story it holds and when it expires. */
const frontSlotSchema = z.object({
  id: z.number().int(),
  until: z.string().nullable(),
  title: z.string(),
  slug: z.string(),
  /** `scheduled`: the story takes its slot when it publishes. */
  status: z.enum(['published', 'scheduled']),
  publishedAt: z.string().nullable(),
  scheduledAt: z.string().nullable(),
});

export const editorFrontSchema = z.object({
  front: z.string(),
  lead: frontSlotSchema.nullable(),
  top: z.array(frontSlotSchema),
  revision: z.number().int(),
  etag: z.string(),
  updatedAt: z.string().nullable(),
  /** Only after a PUT: the purge it caused. */
  purge: z.object({ id: z.number().int(), tags: z.array(z.string()), status: z.enum(['done', 'pending']), urls: z.array(z.string()) }).optional(),
});

export type PutFrontInput = z.output<typeof putFrontSchema>;
export type EditorFront = z.output<typeof editorFrontSchema>;
