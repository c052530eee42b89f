/**
 * Live coverage (docs/live.md): the editor API's entry shapes, and the public live JSON the
 * page's script polls. The OpenAPI document and the contract tests read these.
 */
import * as z from 'zod';
import { idSchema } from './common';

/** A live entry is a few paragraphs: room for a long quote, not for an article. */
export const MAX_ENTRY_CHARS = 5_000;

const entryFields = {
  body: z.string().trim().min(1, 'must not be empty').max(MAX_ENTRY_CHARS, `at most ${MAX_ENTRY_CHARS} characters`)
    .describe('Markdown subset: paragraphs, line breaks, **bold**, *italic*, ~~strike~~, `code` and [links](https://…); raw HTML is shown as text'),
  pinned: z.boolean().describe('Shown above every other entry'),
  keyEvent: z.boolean().describe('Listed in the key events summary at the top of the page'),
};

export const createEntrySchema = z.strictObject({
  body: entryFields.body,
  pinned: entryFields.pinned.optional(),
  keyEvent: entryFields.keyEvent.optional(),
});

export const updateEntrySchema = z
  .strictObject({ body: entryFields.body.optional(), pinned: entryFields.pinned.optional(), keyEvent: entryFields.keyEvent.optional() })
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

/** Path parameters `/articles/:id/entries/:entryId`. */
export const entryParamSchema = z.strictObject({ id: idSchema, entryId: idSchema });

export const purgeReceiptSchema = z.object({
  id: z.number().int(),
  tags: z.array(z.string()),
  status: z.enum(['done', 'pending']),
  urls: z.array(z.string()),
});

export const editorEntrySchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  body: z.string(),
  bodyHtml: z.string(),
  pinned: z.boolean(),
  keyEvent: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The entry's anchor on the article page (readers see it once the story is public). */
  url: z.string(),
  /** Only when readers could see the change: the purge it caused (docs/caching.md). */
  purge: purgeReceiptSchema.optional(),
});

export const deletedEntrySchema = z.object({ id: z.number().int(), deleted: z.literal(true), purge: purgeReceiptSchema.optional() });

/** One entry as readers get it: HTML sanitized on write, never the editor's source. */
export const publicEntrySchema = z.object({
  id: z.number().int(),
  /** `entry-<id>`: the element id on the page, for links to the entry. */
  anchor: z.string(),
  html: z.string().describe('Sanitized HTML'),
  text: z.string().describe('The same as plain text'),
  pinned: z.boolean(),
  keyEvent: z.boolean(),
  time: z.string().describe('ISO 8601, when the entry was posted'),
  timeLabel: z.string().describe('The same time, spelled for the story’s language'),
  updatedAt: z.string(),
});

/** `GET /api/v1/articles/{slug}/live`: one URL per story, the same for every reader. */
export const publicLiveSchema = z.object({
  articleId: z.number().int(),
  url: z.string(),
  /** False once coverage closed: the page's script stops polling. */
  open: z.boolean(),
  coverageStartTime: z.string().nullable(),
  coverageEndTime: z.string().nullable(),
  /** How often a client should ask again while open, in seconds. */
  pollSeconds: z.number().int(),
  /** Pinned entries first, then the newest; at most PINNED + RECENT of them. */
  entries: z.array(publicEntrySchema),
});

export type CreateEntryInput = z.output<typeof createEntrySchema>;
export type UpdateEntryInput = z.output<typeof updateEntrySchema>;
export type PublicLive = z.output<typeof publicLiveSchema>;
export type PublicEntry = z.output<typeof publicEntrySchema>;
