/**
 * Breaking-news alerts in the editor API (docs/alerts.md). The text is a headline: one
 * line, at most MAX_ALERT_CHARACTERS characters counted as readers see them (an emoji or a
 * Ukrainian letter is one), whitespace folded. Whether `url` stays on this site and whether
 * `expiresAt` lies ahead is checked against the site's origin and clock in publishing/alerts.
 */
import * as z from 'zod';
import { articleLanguageTag, MAX_LANGUAGE_TAG_LENGTH } from '../model/language';

export const MAX_ALERT_CHARACTERS = 300;

export { alertPaths } from '../model/urls';

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
export const characterCount = (text: string) => [...graphemes.segment(text)].length;

const alertText = z
  .string()
  .max(4 * MAX_ALERT_CHARACTERS, `at most ${MAX_ALERT_CHARACTERS} characters`)
  // Newlines and tabs from a pasted headline become single spaces: the banner is one line.
  .transform((text) => text.replace(/[\s\p{Cc}]+/gu, ' ').trim())
  .refine((text) => text.length > 0, 'must not be empty')
  .refine((text) => characterCount(text) <= MAX_ALERT_CHARACTERS, `at most ${MAX_ALERT_CHARACTERS} characters`)
  .describe(`The banner's line: plain text, at most ${MAX_ALERT_CHARACTERS} characters (graphemes); whitespace is folded`);

export const createAlertSchema = z.strictObject({
  text: alertText,
  url: z
    .string()
    .trim()
    .min(1)
    .max(2048)
    .optional()
    .describe('Where the banner links: a path on this site ("/articles/x") or an absolute URL of this site; stored as a path'),
  language: z
    .string()
    .trim()
    .max(MAX_LANGUAGE_TAG_LENGTH)
    .transform((tag, ctx) => {
      const canonical = articleLanguageTag(tag);
      if (canonical !== null) return canonical;
      ctx.addIssue({ code: 'custom', message: 'not a BCP 47 language tag ("en", "pl", "uk")', input: tag });
      return z.NEVER;
    })
    .optional()
    .describe('BCP 47 tag of the text; default "en"'),
  expiresAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('ISO 8601 time in the future, at most 7 days ahead; default 6 hours from now'),
});
export type CreateAlertInput = z.output<typeof createAlertSchema>;

export const alertIdParamSchema = z.strictObject({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const ALERT_STATES = ['active', 'expired', 'removed'] as const;

/** An alert as the editor API returns it. */
export const editorAlertSchema = z.object({
  id: z.number().int(),
  text: z.string(),
  url: z.string().nullable().describe('A path on this site'),
  language: z.string(),
  state: z.enum(ALERT_STATES),
  createdAt: z.string(),
  expiresAt: z.string(),
  removedAt: z.string().nullable(),
});

const purgeReceiptSchema = z.object({ id: z.number().int(), tags: z.array(z.string()), status: z.enum(['done', 'pending']), urls: z.array(z.string()) });

/** What a raise or a removal answers: the alert and the receipt of its (tiny) purge. */
export const alertWriteResponseSchema = editorAlertSchema.extend({ purge: purgeReceiptSchema });
export const alertListSchema = z.object({ items: z.array(editorAlertSchema) });
